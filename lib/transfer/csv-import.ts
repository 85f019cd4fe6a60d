import type { z } from 'zod/mini';
/** Turns a mapped CSV table into accounts and stakeholders, validated, with warnings for the preview. */
import {
  type Account,
  AccountSchema,
  DEFAULT_DEAL_CONTEXT,
  type Deal,
  DealSchema,
  normalizeName,
  type Person,
} from '../model';
import { parseTimestamp, splitList } from './cells';
import { RowReader } from './csv-cells';
import { hasPerson, type PersonRow, personFromRow } from './csv-person';
import type { ImportField } from './fields';
import { looksLikeFormula } from './formula';
import { capProblems, describe, issueMessage } from './issues';
import { type ColumnMapping, isOwnCsv, mappingProblems } from './mapping';
import { type CsvTable, spreadsheetRow } from './read-csv';
import { failMany, type ImportProblem, ok, problem, type Result, say } from './result';
import type { Snapshot } from './snapshot';
import { type ProgressListener, timeSlicer } from './yield';

export interface CsvImportOptions {
  now: number;
  newId: () => string;
  /** The account for rows that name none, chosen by the rep in the mapping step. */
  fallbackAccountName?: string;
  onProgress?: ProgressListener;
}

export interface CsvImport {
  snapshot: Snapshot;
  /** Things the rep should know but that do not stop the import. */
  warnings: ImportProblem[];
}

/** Row by row, yielding to the event loop now and then, so 200,000 rows never hold the page. */
export async function csvToSnapshot(
  table: CsvTable,
  mapping: ColumnMapping,
  options: CsvImportOptions,
): Promise<Result<CsvImport>> {
  const fallback = options.fallbackAccountName?.trim() || undefined;
  const unmapped = mappingProblems(mapping, fallback !== undefined);
  if (unmapped.length > 0) {
    return failMany(
      unmapped.map((message) => problem(table.file, say('transfer.where.mapping'), message)),
    );
  }
  const reader = new RowReader(table.file, table.headers, mapping);
  const accounts = new Map<string, Account>();
  const deals = new Map<string, Deal>();
  const people: PersonRow[] = [];
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const rowOf = new Map<string, number>();
  const peopleAt = new Map<string, number>();
  const foreign = !isOwnCsv(mapping);
  const context = { reader, now: options.now, newId: options.newId };

  const pause = timeSlicer();
  for (const [index, row] of table.rows.entries()) {
    if (index % 200 === 0) {
      options.onProgress?.({ phase: 'checking', done: index, total: table.rows.length });
      await pause();
    }
    if (row.every((cell) => cell.trim() === '')) continue;
    if (foreign) warnings.push(...formulaWarnings(reader, row, index));
    const account = accountFor(reader, row, index, accounts, fallback, options);
    if (!account.ok) {
      problems.push(...account.problems);
      continue;
    }
    const deal = dealFor(reader, row, index, account.value, deals, options);
    if (!deal.ok) {
      problems.push(...deal.problems);
      continue;
    }
    if (!hasPerson(reader, row)) continue;
    const person = personFromRow(row, index, account.value, deal.value?.id, context);
    if (!person.ok) {
      problems.push(...person.problems);
      continue;
    }
    if (person.value.person.reportsToId === person.value.person.id) {
      problems.push(reader.problem(index, say('transfer.problem.reportsToSelf'), 'reports-to-id'));
      continue;
    }
    const first = rowOf.get(person.value.person.id);
    const earlier = first === undefined ? undefined : table.rows[first];
    if (earlier !== undefined && anotherPartOf(reader, earlier, row)) {
      addPart(people[peopleAt.get(person.value.person.id) ?? -1]?.person, person.value.person);
      continue;
    }
    if (first !== undefined) {
      problems.push(
        reader.problem(
          index,
          say('transfer.problem.samePersonRow', { row: spreadsheetRow(first) }),
          'person-id',
        ),
      );
      continue;
    }
    rowOf.set(person.value.person.id, index);
    peopleAt.set(person.value.person.id, people.length);
    people.push(person.value);
  }
  if (problems.length > 0) return failMany(capProblems(problems));
  const stakeholders = resolveReportsTo(reader, people, rowOf, accounts, warnings);
  return ok({
    snapshot: { accounts: [...accounts.values()], deals: [...deals.values()], stakeholders },
    warnings: capProblems(warnings),
  });
}

/** What may differ between two rows of one person: their part, and the deal it is in. */
const PART_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>([
  'roles',
  'stance',
  'influence',
  'note',
  'deal-id',
  'deal-name',
  'account-stage',
  'account-decision-mode',
  'account-channel',
  'account-preset',
  'account-language',
  'deal-amount',
  'deal-close-date',
  'deal-crm-id',
  'deal-created-at',
  'deal-updated-at',
]);

/**
 * A contact-roles file (Salesforce's, or ours) repeats a person on one row per role, and our
 * CSV on one row per deal: a row that differs from the person's first row only in their part
 * and its deal adds that part (or, in the same deal, those roles).
 */
function anotherPartOf(reader: RowReader, first: readonly string[], row: readonly string[]) {
  if (!reader.has('roles')) return false;
  return reader
    .mappedFields()
    .every(
      (field) => PART_FIELDS.has(field) || reader.raw(first, field) === reader.raw(row, field),
    );
}

function addPart(known: Person | undefined, again: Person): void {
  if (known === undefined) return;
  for (const part of again.involvements) {
    const same = known.involvements.find((mine) => mine.dealId === part.dealId);
    if (!same) known.involvements.push(part);
    else for (const role of part.roles) if (!same.roles.includes(role)) same.roles.push(role);
  }
}

const DEAL_FIELDS: readonly ImportField[] = ['deal-id', 'deal-name', 'deal-crm-id'];

/**
 * The row's deal: by our deal id, else by name (or CRM id) within the account. A file with no
 * deal columns at all (an older CSV of ours, another tool's) puts each account's people in one
 * deal named after it, as the upgrade to deals did; a row whose deal cells are empty in a file
 * that has them names no deal.
 */
function dealFor(
  reader: RowReader,
  row: readonly string[],
  index: number,
  account: Account,
  deals: Map<string, Deal>,
  options: CsvImportOptions,
): Result<Deal | undefined> {
  const cell = (field: ImportField) => reader.cell(row, field).trim();
  const withColumns = DEAL_FIELDS.some((field) => reader.has(field));
  // Ids are kept exactly as written, as account and person ids are: another Rolecall made them.
  const rawId = reader.cell(row, 'deal-id');
  const id = rawId.trim() === '' ? '' : rawId;
  const crmId = cell('deal-crm-id');
  const name = cell('deal-name') || (withColumns ? crmId : account.name);
  if (withColumns && id === '' && name === '') return ok(undefined);
  const key = id ? `id:${id}` : `name:${account.id}\n${normalizeName(name)}`;
  const known = deals.get(key);
  if (known) return ok(known);
  const problems: ImportProblem[] = [];
  // A deal's own times when the file has them (ours does), else its account's.
  const time = timeReader(reader, row, index, problems);
  const candidate = {
    id: id || (withColumns ? options.newId() : account.id),
    accountId: account.id,
    name,
    stage: cell('account-stage') || DEFAULT_DEAL_CONTEXT.stage,
    decisionMode: cell('account-decision-mode') || DEFAULT_DEAL_CONTEXT.decisionMode,
    channel: cell('account-channel') || DEFAULT_DEAL_CONTEXT.channel,
    preset: cell('account-preset') || DEFAULT_DEAL_CONTEXT.preset,
    questionLanguage: cell('account-language') || DEFAULT_DEAL_CONTEXT.questionLanguage,
    createdAt: time('deal-created-at', account.createdAt),
    updatedAt: time('deal-updated-at', account.updatedAt),
    ...(cell('deal-amount') ? { amount: Number(cell('deal-amount').replace(/[\s,]/gu, '')) } : {}),
    ...(cell('deal-close-date') ? { closeDate: cell('deal-close-date').slice(0, 10) } : {}),
    ...(crmId ? { crmOpportunityId: crmId } : {}),
  };
  const checked = checkRecord(
    DealSchema,
    candidate,
    { reader, index, problems },
    (path) => DEAL_COLUMN[path] ?? 'deal-name',
  );
  if (checked.ok) deals.set(key, checked.value);
  return checked;
}

const DEAL_COLUMN: Partial<Record<string, ImportField>> = {
  id: 'deal-id',
  stage: 'account-stage',
  decisionMode: 'account-decision-mode',
  channel: 'account-channel',
  preset: 'account-preset',
  questionLanguage: 'account-language',
  amount: 'deal-amount',
  closeDate: 'deal-close-date',
  crmOpportunityId: 'deal-crm-id',
};

const ACCOUNT_FIELDS: readonly ImportField[] = ['account-id', 'account-domains', 'account-name'];

/** Rows join one account by account id, else by first domain, else by name. */
function accountFor(
  reader: RowReader,
  row: readonly string[],
  index: number,
  accounts: Map<string, Account>,
  fallback: string | undefined,
  options: CsvImportOptions,
): Result<Account> {
  const id = reader.cell(row, 'account-id');
  // Our own CSV names the account by id on every row: no need to read its domains again.
  const byId = id ? accounts.get(`id:${id}`) : undefined;
  if (byId) return ok(byId);
  const cell = (field: ImportField) => reader.cell(row, field);
  const domains = domainsOf(cell('account-domains'));
  const name = cell('account-name').trim() || fallback || domains[0] || '';
  const key = id ? `id:${id}` : domains[0] ? `domain:${domains[0]}` : `name:${name.toLowerCase()}`;
  const known = accounts.get(key);
  if (known) return ok(known);
  if (name === '') {
    return failMany([reader.problem(index, say('transfer.problem.noCompany'), ...ACCOUNT_FIELDS)]);
  }
  const problems: ImportProblem[] = [];
  const time = timeReader(reader, row, index, problems);
  const candidate = {
    id: cell('account-id') || options.newId(),
    name,
    domains,
    createdAt: time('account-created-at', options.now),
    updatedAt: time('account-updated-at', options.now),
  };
  const checked = checkRecord(
    AccountSchema,
    candidate,
    { reader, index, problems },
    (path) => ACCOUNT_COLUMN[path] ?? 'account-name',
  );
  if (checked.ok) accounts.set(key, checked.value);
  return checked;
}

/** Where a row's problems are told, and the ones found so far. */
interface RowProblems {
  reader: RowReader;
  index: number;
  problems: ImportProblem[];
}

/** A time cell: empty gives `fallbackMs`; a cell that is no date adds a problem and the fallback. */
function timeReader(
  reader: RowReader,
  row: readonly string[],
  index: number,
  problems: ImportProblem[],
): (field: ImportField, fallbackMs: number) => number {
  return (field, fallbackMs) => {
    const text = reader.cell(row, field).trim();
    if (text === '') return fallbackMs;
    const ms = parseTimestamp(text);
    if (ms === undefined) {
      problems.push(
        reader.problem(index, say('transfer.problem.notDate', { got: describe(text) }), field),
      );
    }
    return ms ?? fallbackMs;
  };
}

/** The record a row builds, checked with its schema; each issue is told at its column. */
function checkRecord<S extends z.ZodMiniType>(
  schema: S,
  candidate: unknown,
  { reader, index, problems }: RowProblems,
  columnOf: (path: string) => ImportField,
): Result<z.output<S>> {
  const checked = schema.safeParse(candidate, { reportInput: true });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      problems.push(reader.problem(index, issueMessage(issue), columnOf(String(issue.path[0]))));
    }
  }
  if (problems.length > 0 || !checked.success) return failMany(problems);
  return ok(checked.data);
}

const ACCOUNT_COLUMN: Partial<Record<string, ImportField>> = {
  id: 'account-id',
  domains: 'account-domains',
};

/**
 * Our CSV writes one domain per line; other files write "acme.com, acme.de" or a website
 * address, so those are cut down to the bare lower-case host.
 */
function domainsOf(cell: string): string[] {
  const items = cell.includes('\n') ? splitList(cell) : cell.split(/[,;\s]+/u);
  const hosts = items
    .map((item) =>
      item
        .trim()
        .toLowerCase()
        .replace(/^[a-z]+:\/\//u, '')
        .replace(/^www\./u, '')
        .replace(/[/?#].*$/u, ''),
    )
    .filter((item) => item !== '');
  return [...new Set(hosts)];
}

function formulaWarnings(
  reader: RowReader,
  row: readonly string[],
  index: number,
): ImportProblem[] {
  return reader
    .mappedFields()
    .filter((field) => looksLikeFormula(reader.raw(row, field)))
    .map((field) => reader.problem(index, say('transfer.problem.formula'), field));
}

/** "Reports to" by name points at the person of that name in the same account, if there is one. */
function resolveReportsTo(
  reader: RowReader,
  people: PersonRow[],
  rowOf: Map<string, number>,
  accounts: Map<string, Account>,
  warnings: ImportProblem[],
): Person[] {
  // Built on first use: our own CSV points by id, and most files name nobody's boss.
  let byName: Map<string, string> | undefined;
  let accountName: Map<string, string> | undefined;
  return people.map(({ person, reportsToName }) => {
    if (person.reportsToId !== undefined || reportsToName === '') return person;
    byName ??= new Map(
      people.map(({ person }) => [`${person.accountId}\n${person.normalizedName}`, person.id]),
    );
    accountName ??= new Map([...accounts.values()].map((account) => [account.id, account.name]));
    const boss = byName.get(`${person.accountId}\n${normalizeName(reportsToName)}`);
    if (boss !== undefined && boss !== person.id) return { ...person, reportsToId: boss };
    const row = rowOf.get(person.id) ?? 0;
    warnings.push(
      reader.problem(
        row,
        say('transfer.problem.nobodyCalled', {
          name: describe(reportsToName),
          account: accountName.get(person.accountId) ?? '',
        }),
        'reports-to',
      ),
    );
    return person;
  });
}
