/** Turns a mapped CSV table into accounts and stakeholders, validated, with warnings for the preview. */
import {
  type Account,
  AccountSchema,
  DEFAULT_DEAL_CONTEXT,
  normalizeName,
  type Stakeholder,
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
    if (!hasPerson(reader, row)) continue;
    const person = personFromRow(row, index, account.value, context);
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
    if (earlier !== undefined && anotherRoleOf(reader, earlier, row)) {
      addRoles(people[peopleAt.get(person.value.person.id) ?? -1]?.person, person.value.person);
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
    snapshot: { accounts: [...accounts.values()], stakeholders },
    warnings: capProblems(warnings),
  });
}

/**
 * A contact-roles file (Salesforce's, or ours) repeats a person on one row per role: a row
 * that differs from the person's first row only in its roles adds those roles.
 */
function anotherRoleOf(reader: RowReader, first: readonly string[], row: readonly string[]) {
  if (!reader.has('roles')) return false;
  return reader
    .mappedFields()
    .every((field) => field === 'roles' || reader.raw(first, field) === reader.raw(row, field));
}

function addRoles(known: Stakeholder | undefined, again: Stakeholder): void {
  if (known === undefined) return;
  for (const role of again.roles) if (!known.roles.includes(role)) known.roles.push(role);
}

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
  const time = (field: ImportField, fallbackMs: number) => {
    const text = cell(field).trim();
    if (text === '') return fallbackMs;
    const ms = parseTimestamp(text);
    if (ms === undefined)
      problems.push(
        reader.problem(index, say('transfer.problem.notDate', { got: describe(text) }), field),
      );
    return ms ?? fallbackMs;
  };
  const candidate = {
    id: cell('account-id') || options.newId(),
    name,
    domains,
    stage: cell('account-stage').trim() || DEFAULT_DEAL_CONTEXT.stage,
    decisionMode: cell('account-decision-mode').trim() || DEFAULT_DEAL_CONTEXT.decisionMode,
    channel: cell('account-channel').trim() || DEFAULT_DEAL_CONTEXT.channel,
    preset: cell('account-preset').trim() || DEFAULT_DEAL_CONTEXT.preset,
    questionLanguage: cell('account-language').trim() || DEFAULT_DEAL_CONTEXT.questionLanguage,
    createdAt: time('account-created-at', options.now),
    updatedAt: time('account-updated-at', options.now),
  };
  const checked = AccountSchema.safeParse(candidate, { reportInput: true });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      problems.push(
        reader.problem(
          index,
          issueMessage(issue),
          ACCOUNT_COLUMN[String(issue.path[0])] ?? 'account-name',
        ),
      );
    }
  }
  if (problems.length > 0 || !checked.success) return failMany(problems);
  accounts.set(key, checked.data);
  return ok(checked.data);
}

const ACCOUNT_COLUMN: Partial<Record<string, ImportField>> = {
  id: 'account-id',
  domains: 'account-domains',
  stage: 'account-stage',
  decisionMode: 'account-decision-mode',
  channel: 'account-channel',
  preset: 'account-preset',
  questionLanguage: 'account-language',
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
): Stakeholder[] {
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
