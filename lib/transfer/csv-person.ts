/** Builds one stakeholder from one CSV row, or says which cell is wrong. */
import type { core } from 'zod/mini';
import {
  type DecisionRole,
  type Department,
  type Evidence,
  type Influence,
  LegacyStakeholderSchema,
  normalizeName,
  type Person,
  type Seniority,
  type Stance,
} from '../model';
import { parseTimestamp, splitList } from './cells';
import type { RowReader } from './csv-cells';
import type { ImportField } from './fields';
import { describe, issueMessage } from './issues';
import { joinName } from './name-parts';
import { type ImportProblem, say } from './result';
import {
  type Parsed,
  parseDepartment,
  parseInfluence,
  parseMethod,
  parseRoles,
  parseSeniority,
  parseStance,
  stanceInRoles,
} from './values';

export interface PersonRow {
  /** With their part in the row's deal, when the row has one. */
  person: Person;
  /** "Reports to" by name, resolved once every row of the account is known. */
  reportsToName: string;
}

export interface RowContext {
  reader: RowReader;
  now: number;
  newId: () => string;
}

const PERSON_FIELDS: readonly ImportField[] = ['person-id', 'name', 'first-name', 'last-name'];

/** Rows without a person keep an account that has nobody mapped yet. */
export function hasPerson(reader: RowReader, row: readonly string[]): boolean {
  for (const field of PERSON_FIELDS) if (reader.cell(row, field).trim() !== '') return true;
  return false;
}

/**
 * Letters and digits with single spaces between: nothing for normalizeName to fold, drop or
 * collapse but the case, so a big file of plain names skips its Unicode passes.
 */
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

function nameKey(name: string): string {
  return PLAIN_NAME.test(name) ? name.toLowerCase() : normalizeName(name);
}

/** What a row is checked as: the record, with the optional fields present only when filled. */
interface Candidate {
  id: string;
  accountId: string;
  name: string;
  normalizedName: string;
  roles: DecisionRole[];
  stance: Stance;
  influence: Influence;
  evidence: Evidence[];
  createdAt: number;
  updatedAt: number;
  title?: string;
  department?: Department;
  seniority?: Seniority;
  note?: string;
  profileUrl?: string;
  email?: string;
  phone?: string;
  reportsToId?: string;
}

/** One row's problems, in the order the row's cells are read. */
class RowProblems {
  readonly list: ImportProblem[] = [];

  constructor(
    readonly reader: RowReader,
    readonly index: number,
  ) {}

  take<T>(field: ImportField, parsed: Parsed<T>, fallback: T): T {
    if (parsed.ok) return parsed.value;
    this.list.push(this.reader.problem(this.index, parsed.message, field));
    return fallback;
  }

  time(field: ImportField, text: string, fallback: number): number {
    if (text.trim() === '') return fallback;
    const ms = parseTimestamp(text);
    if (ms !== undefined) return ms;
    this.list.push(
      this.reader.problem(
        this.index,
        say('transfer.problem.notDateOrTime', { got: describe(text) }),
        field,
      ),
    );
    return fallback;
  }
}

function optional<T>(
  row: readonly string[],
  problems: RowProblems,
  field: ImportField,
  parse: (text: string) => Parsed<T>,
): T | undefined {
  const text = problems.reader.cell(row, field).trim();
  return text === '' ? undefined : problems.take(field, parse(text), undefined);
}

/** `account` is the row's: its domains help put a first and last name back in order. */
export function personFromRow(
  row: readonly string[],
  index: number,
  account: { id: string; domains: readonly string[] },
  dealId: string | undefined,
  context: RowContext,
): { ok: true; value: PersonRow } | { ok: false; problems: ImportProblem[] } {
  const { reader, now } = context;
  const problems = new RowProblems(reader, index);

  const name =
    reader.cell(row, 'name').trim() ||
    joinName(
      reader.cell(row, 'first-name').trim(),
      reader.cell(row, 'last-name').trim(),
      account.domains,
    );
  const evidence = evidenceFromRow(row, problems, now);
  const candidate: Candidate = {
    id: reader.cell(row, 'person-id') || context.newId(),
    accountId: account.id,
    name,
    normalizedName: nameKey(name),
    roles: problems.take('roles', parseRoles(reader.cell(row, 'roles')), []),
    stance:
      optional(row, problems, 'stance', parseStance) ??
      stanceInRoles(reader.cell(row, 'roles')) ??
      'unknown',
    influence: optional(row, problems, 'influence', parseInfluence) ?? 'unknown',
    evidence,
    createdAt: problems.time('created-at', reader.cell(row, 'created-at'), now),
    updatedAt: problems.time('updated-at', reader.cell(row, 'updated-at'), now),
  };
  const department = optional(row, problems, 'department', parseDepartment);
  // Absent, not empty: an empty cell and a missing field are the same thing in a CSV.
  const title = filled(reader.cell(row, 'title'));
  if (title !== undefined) candidate.title = title;
  if (department !== undefined) candidate.department = department;
  const seniority = optional(row, problems, 'seniority', parseSeniority);
  if (seniority !== undefined) candidate.seniority = seniority;
  const note = filled(reader.cell(row, 'note'));
  if (note !== undefined) candidate.note = note;
  const profileUrl = filled(reader.cell(row, 'profile-url'));
  if (profileUrl !== undefined) candidate.profileUrl = profileUrl;
  const email = filled(reader.cell(row, 'email'));
  if (email !== undefined) candidate.email = email;
  const phone = filled(reader.cell(row, 'phone'));
  if (phone !== undefined) candidate.phone = phone;
  const reportsToId = filled(reader.cell(row, 'reports-to-id'));
  if (reportsToId !== undefined) candidate.reportsToId = reportsToId;
  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  const checked = LegacyStakeholderSchema.safeParse(candidate, { reportInput: true });
  if (!checked.success) {
    const located = checked.error.issues.map((issue) =>
      reader.problem(index, issueMessage(issue), ...columnsFor(issue)),
    );
    return { ok: false, problems: located };
  }
  // A row carries one part: in the row's deal, or none for a row that names no deal.
  const { roles, stance, influence, note: partNote, ...person } = checked.data;
  const part = { roles, stance, influence, ...(partNote !== undefined ? { note: partNote } : {}) };
  return {
    ok: true,
    value: {
      person: { ...person, involvements: dealId === undefined ? [] : [{ dealId, ...part }] },
      reportsToName: reader.cell(row, 'reports-to').trim(),
    },
  };
}

function filled(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/**
 * Evidence columns hold one entry per line; "captured at" decides how many there are. A CSV
 * without evidence records the import itself as the evidence, so every person keeps a source.
 */
function evidenceFromRow(row: readonly string[], problems: RowProblems, now: number): Evidence[] {
  const { reader } = problems;
  if (!reader.has('evidence-captured-at'))
    return [{ capturedAt: now, method: 'import', lastVerifiedAt: now }];
  const captured = splitList(reader.cell(row, 'evidence-captured-at'));
  const sources = splitList(reader.cell(row, 'evidence-source-url'));
  const methods = splitList(reader.cell(row, 'evidence-method'));
  const verified = splitList(reader.cell(row, 'evidence-last-verified-at'));
  const evidence: Evidence[] = [];
  for (const [i, capturedText] of captured.entries()) {
    const capturedAt = problems.time('evidence-captured-at', capturedText, now);
    const methodText = methods[i];
    const method = methodText
      ? problems.take('evidence-method', parseMethod(methodText.trim()), 'import')
      : 'import';
    const verifiedText = verified[i];
    const lastVerifiedAt = verifiedText
      ? problems.time('evidence-last-verified-at', verifiedText, now)
      : capturedAt;
    const source = sources[i];
    evidence.push(
      source
        ? { sourceUrl: source, capturedAt, method, lastVerifiedAt }
        : { capturedAt, method, lastVerifiedAt },
    );
  }
  return evidence;
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
