/** callBrief(): a short "prepare for call" note, plain text or Markdown, in the chosen language. */
import {
  BRIEF_TEXT,
  DECISION_MODE_TEXT,
  INFLUENCE_TEXT,
  localize,
  NO_ROLE_TALKING_POINT,
  type Params,
  QUESTIONS,
  type QuestionId,
  SEVERITY_TEXT,
  STAGE_TEXT,
  STANCE_TEXT,
  TALKING_POINTS,
} from '../i18n';
import type { DecisionRole, Influence, Language, Stakeholder } from '../model';
import { explainGap } from './gaps';
import { roleLabel } from './presets';
import type { CoverageSubject, Gap } from './types';

export type BriefFormat = 'text' | 'markdown';

export interface BriefOptions {
  /** The coverage score to show in the header, when the caller has it. */
  score?: number;
  /** Beyond this many people the brief says how many more there are. */
  maxPeople?: number;
  questionsPerGap?: number;
  maxQuestions?: number;
}

/** Whose concerns lead the talking point when a person holds several roles. */
const TALKING_ORDER: readonly DecisionRole[] = [
  'economic-buyer',
  'approver',
  'budget-holder',
  'champion',
  'technical-evaluator',
  'procurement',
  'user',
  'influencer',
  'initiator',
  'gatekeeper',
];

const INFLUENCE_ORDER: readonly Influence[] = ['high', 'medium', 'unknown', 'low'];

/** The people worth reading about first: influential ones, then those with a role. */
function byImportance(a: Stakeholder, b: Stakeholder): number {
  const influence = INFLUENCE_ORDER.indexOf(a.influence) - INFLUENCE_ORDER.indexOf(b.influence);
  if (influence !== 0) return influence;
  const roles = Number(b.roles.length > 0) - Number(a.roles.length > 0);
  return roles !== 0 ? roles : a.name.localeCompare(b.name);
}

/** Names and titles come from web pages: in Markdown they must not turn into links or emphasis. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-!|~]/g, '\\$&');
}

class Writer {
  private readonly lines: string[] = [];
  constructor(
    private readonly language: Language,
    readonly markdown: boolean,
  ) {}
  say(entry: keyof typeof BRIEF_TEXT, params: Params = {}): string {
    return localize(BRIEF_TEXT[entry], this.language, params);
  }
  safe(text: string): string {
    return this.markdown ? escapeMarkdown(text) : text;
  }
  heading(text: string, level: 2 | 3): void {
    if (this.lines.length > 0) this.lines.push('');
    this.lines.push(this.markdown ? `${'#'.repeat(level)} ${text}` : text);
  }
  line(text: string): void {
    this.lines.push(text);
  }
  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

function describePerson(
  person: Stakeholder,
  account: CoverageSubject,
  w: Writer,
  language: Language,
) {
  const roles = person.roles.map((role) => roleLabel(account.preset, role, language));
  const name = w.safe(person.name);
  const who = [w.markdown ? `**${name}**` : name, person.title ? w.safe(person.title) : undefined]
    .filter(Boolean)
    .join(', ');
  const facts = [
    roles.length > 0 ? roles.join(', ') : w.say('noRole'),
    STANCE_TEXT[person.stance][language],
    INFLUENCE_TEXT[person.influence][language],
  ];
  const lead = TALKING_ORDER.find((role) => person.roles.includes(role));
  const point = lead ? TALKING_POINTS[lead] : NO_ROLE_TALKING_POINT;
  w.line(`- ${who}: ${facts.join(' · ')}`);
  w.line(`  ${w.markdown ? '- ' : '→ '}${point[language]}`);
}

/**
 * The first question of every gap before anyone's second: on a short call, one question
 * about each hole beats two about the first hole.
 */
function pickQuestions(gaps: readonly Gap[], perGap: number, max: number): QuestionId[] {
  const picked = new Set<QuestionId>();
  for (let round = 0; round < perGap; round++) {
    for (const gap of gaps) {
      const next = gap.questionIds.filter((q) => !picked.has(q))[0];
      if (next !== undefined && picked.size < max && gap.questionIds.indexOf(next) <= round) {
        picked.add(next);
      }
    }
  }
  return [...picked];
}

export function callBrief(
  account: CoverageSubject,
  stakeholders: readonly Stakeholder[],
  gaps: readonly Gap[],
  language: Language,
  format: BriefFormat,
  options: BriefOptions = {},
): string {
  const { score, maxPeople = 12, questionsPerGap = 2, maxQuestions = 8 } = options;
  const w = new Writer(language, format === 'markdown');
  const names = new Map(stakeholders.map((p) => [p.id, p.name]));

  const title =
    account.dealName && account.dealName !== account.name
      ? `${account.name} — ${account.dealName}`
      : account.name;
  w.heading(w.say('title', { account: w.safe(title) }), 2);
  const context = [
    STAGE_TEXT[account.stage][language],
    DECISION_MODE_TEXT[account.decisionMode][language],
  ];
  if (score !== undefined) context.push(w.say('coverage', { score }));
  w.line(context.join(' · '));

  w.heading(w.say('whoIsWho'), 3);
  const people = [...stakeholders].sort(byImportance);
  for (const person of people.slice(0, maxPeople)) describePerson(person, account, w, language);
  if (people.length === 0) w.line(w.say('noPeople'));
  if (people.length > maxPeople) w.line(w.say('morePeople', { count: people.length - maxPeople }));

  w.heading(w.say('gaps'), 3);
  for (const gap of gaps) {
    const about = gap.stakeholderIds.flatMap((id) => names.get(id) ?? []).slice(0, 3);
    const suffix = about.length > 0 ? ` (${about.map((n) => w.safe(n)).join(', ')})` : '';
    w.line(`- ${SEVERITY_TEXT[gap.severity][language]}: ${explainGap(gap, language)}${suffix}`);
  }
  if (gaps.length === 0) w.line(w.say('noGaps'));

  const questions = pickQuestions(gaps, questionsPerGap, maxQuestions);
  if (questions.length > 0) {
    w.heading(w.say('questions'), 3);
    questions.forEach((id, i) => {
      w.line(`${i + 1}. ${localize(QUESTIONS[id], language)}`);
    });
  }
  return w.toString();
}
