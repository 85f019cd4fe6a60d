/** Every translated entry in the app, named, so the completeness tests can walk them all. */
import { PRESETS } from '../../lib/coverage';
import {
  BRIEF_TEXT,
  CHANNEL_TEXT,
  DECISION_MODE_TEXT,
  DEPARTMENT_TEXT,
  GAP_TEXT,
  INFLUENCE_TEXT,
  type Localized,
  NO_ROLE_TALKING_POINT,
  QUESTIONS,
  ROLE_TEXT,
  SEVERITY_TEXT,
  STAGE_TEXT,
  STANCE_TEXT,
  TALKING_POINTS,
} from '../../lib/i18n';
import { DECISION_ROLES, METHODOLOGY_PRESETS } from '../../lib/model';

type Entry = [name: string, text: Localized];

const named = (prefix: string, table: Readonly<Record<string, Localized>>): Entry[] =>
  Object.entries(table).map(([key, text]) => [`${prefix} ${key}`, text]);

/** Full sentences a rep reads or says: these must really be written in each language. */
export const SENTENCES: Entry[] = [
  ...named('question', QUESTIONS),
  ...named('gap', GAP_TEXT),
  ...named('talking point', TALKING_POINTS),
  ['talking point (no role)', NO_ROLE_TALKING_POINT],
  ...Object.entries(ROLE_TEXT).map(
    ([role, text]): Entry => [`role ${role} description`, text.description],
  ),
];

/** Labels and headings: short, and sometimes the same word in several languages (IT, Champion). */
export const LABELS: Entry[] = [
  ...Object.entries(ROLE_TEXT).map(([role, text]): Entry => [`role ${role}`, text.label]),
  ...named('stance', STANCE_TEXT),
  ...named('influence', INFLUENCE_TEXT),
  ...named('department', DEPARTMENT_TEXT),
  ...named('stage', STAGE_TEXT),
  ...named('decision mode', DECISION_MODE_TEXT),
  ...named('channel', CHANNEL_TEXT),
  ...named('severity', SEVERITY_TEXT),
  ...named('brief', BRIEF_TEXT),
  ...METHODOLOGY_PRESETS.flatMap((preset): Entry[] => [
    [`preset ${preset}`, PRESETS[preset].name],
    ...DECISION_ROLES.map(
      (role): Entry => [`preset ${preset} ${role}`, PRESETS[preset].roles[role].label],
    ),
  ]),
];
