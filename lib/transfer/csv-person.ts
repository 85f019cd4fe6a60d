/** Builds one stakeholder from one CSV row, or says which cell is wrong. */
import type { core } from 'zod/mini';
import { type Evidence, normalizeName, type Stakeholder, StakeholderSchema } from '../model';
import { parseTimestamp, splitList } from './cells';
import type { RowReader } from './csv-cells';
import type { ImportField } from './fields';
import { describe, issueMessage } from './issues';
import { type ImportProblem, say } from './result';
import {
  type Parsed,
  parseDepartment,
  parseInfluence,
  parseMethod,
  parseRoles,
  parseStance,
} from './values';

export interface PersonRow {
  person: Stakeholder;
  /** "Reports to" by name, resolved once every row of the account is known. */
  reportsToName: string;
}

export interface RowContext {
  reader: RowReader;
  index: number;
  accountId: string;
  now: number;
  newId: () => string;
}

const HAN_OR_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/** First and last name back into one: family name first, unspaced, for CJK names. */
export function joinName(first: string, last: string): string {
  if (HAN_OR_KANA.test(first) && HAN_OR_KANA.test(last)) return last + first;
  return [first, last].filter((part) => part !== '').join(' ');
}

const PERSON_FIELDS: readonly ImportField[] = ['person-id', 'name', 'first-name', 'last-name'];

/** Rows without a person keep an account that has nobody mapped yet. */
export function hasPerson(reader: RowReader, row: readonly string[]): boolean {
  return PERSON_FIELDS.some((field) => reader.cell(row, field).trim() !== '');
}

export function personFromRow(
  row: readonly string[],
  context: RowContext,
): { ok: true; value: PersonRow } | { ok: false; problems: ImportProblem[] } {
  const { reader, index, now } = context;
  const cell = (field: ImportField) => reader.cell(row, field);
  const problems: ImportProblem[] = [];
  const take = <T>(field: ImportField, parsed: Parsed<T>, fallback: T): T => {
    if (parsed.ok) return parsed.value;
    problems.push(reader.problem(index, parsed.message, field));
    return fallback;
  };
  const optional = <T>(field: ImportField, parse: (text: string) => Parsed<T>): T | undefined => {
    const text = cell(field).trim();
    return text === '' ? undefined : take(field, parse(text), undefined);
  };
  const time = (field: ImportField, text: string, fallback: number): number => {
    if (text.trim() === '') return fallback;
    const ms = parseTimestamp(text);
    if (ms !== undefined) return ms;
    problems.push(
      reader.problem(index, say('transfer.problem.notDateOrTime', { got: describe(text) }), field),
    );
    return fallback;
  };

  const name = cell('name').trim() || joinName(cell('first-name').trim(), cell('last-name').trim());
  const evidence = evidenceFromRow(
    reader.has('evidence-captured-at'),
    cell,
    now,
    (field, text) => time(field, text, now),
    (text) => take('evidence-method', parseMethod(text.trim()), 'import'),
  );
  const candidate = {
    id: cell('person-id') || context.newId(),
    accountId: context.accountId,
    name,
    normalizedName: normalizeName(name),
    roles: take('roles', parseRoles(cell('roles')), []),
    stance: optional('stance', parseStance) ?? 'unknown',
    influence: optional('influence', parseInfluence) ?? 'unknown',
    evidence,
    createdAt: time('created-at', cell('created-at'), now),
    updatedAt: time('updated-at', cell('updated-at'), now),
  };
  const department = optional('department', parseDepartment);
  const title = filled(cell('title'));
  const note = filled(cell('note'));
  const profileUrl = filled(cell('profile-url'));
  const email = filled(cell('email'));
  const phone = filled(cell('phone'));
  const reportsToId = filled(cell('reports-to-id'));
  // Absent, not empty: an empty cell and a missing field are the same thing in a CSV.
  const withOptional = {
    ...candidate,
    ...(title === undefined ? {} : { title }),
    ...(department === undefined ? {} : { department }),
    ...(note === undefined ? {} : { note }),
    ...(profileUrl === undefined ? {} : { profileUrl }),
    ...(email === undefined ? {} : { email }),
    ...(phone === undefined ? {} : { phone }),
    ...(reportsToId === undefined ? {} : { reportsToId }),
  };
  if (problems.length > 0) return { ok: false, problems };
  const checked = StakeholderSchema.safeParse(withOptional, { reportInput: true });
  if (!checked.success) {
    const located = checked.error.issues.map((issue) =>
      reader.problem(index, issueMessage(issue), ...columnsFor(issue)),
    );
    return { ok: false, problems: located };
  }
  return { ok: true, value: { person: checked.data, reportsToName: cell('reports-to').trim() } };
}

function filled(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/**
 * Evidence columns hold one entry per line; "captured at" decides how many there are. A CSV
 * without evidence records the import itself as the evidence, so every person keeps a source.
 */
function evidenceFromRow(
  hasEvidenceColumns: boolean,
  cell: (field: ImportField) => string,
  now: number,
  time: (field: ImportField, text: string) => number,
  method: (text: string) => Evidence['method'],
): Evidence[] {
  const captured = splitList(cell('evidence-captured-at'));
  if (!hasEvidenceColumns) return [{ capturedAt: now, method: 'import', lastVerifiedAt: now }];
  const sources = splitList(cell('evidence-source-url'));
  const methods = splitList(cell('evidence-method'));
  const verified = splitList(cell('evidence-last-verified-at'));
  return captured.map((capturedText, i) => {
    const capturedAt = time('evidence-captured-at', capturedText);
    const entry: Evidence = {
      capturedAt,
      method: methods[i] ? method(methods[i]) : 'import',
      lastVerifiedAt: verified[i] ? time('evidence-last-verified-at', verified[i]) : capturedAt,
    };
    const source = sources[i];
    return source ? { sourceUrl: source, ...entry } : entry;
  });
}

const COLUMN_OF: Partial<Record<string, ImportField[]>> = {
  id: ['person-id'],
  name: ['name', 'first-name', 'last-name'],
  normalizedName: ['name', 'first-name', 'last-name'],
  title: ['title'],
  note: ['note'],
  profileUrl: ['profile-url'],
  email: ['email'],
  phone: ['phone'],
  reportsToId: ['reports-to-id'],
  createdAt: ['created-at'],
  updatedAt: ['updated-at'],
  sourceUrl: ['evidence-source-url'],
  capturedAt: ['evidence-captured-at'],
  lastVerifiedAt: ['evidence-last-verified-at'],
};

function columnsFor(issue: core.$ZodIssue): ImportField[] {
  const key = String(issue.path[0] === 'evidence' ? issue.path[2] : issue.path[0]);
  return COLUMN_OF[key] ?? [];
}
