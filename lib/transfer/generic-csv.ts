/**
 * Our generic CSV: one row per person and deal they take part in (the deal's columns, then the
 * person's and their part in it), readable in a spreadsheet, and complete enough (ids,
 * timestamps, every evidence entry) that our own import restores the same map. A deal without
 * people gets one row with the person columns empty, and a person in no deal one row with the
 * deal columns empty, so both survive too.
 */
import { type Account, type Deal, type Person, type Stakeholder, stakeholderIn } from '../model';
import { formatTimestamp, joinList } from './cells';
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from './fields';
import { type NameParts, splitName } from './name-parts';
import type { Snapshot } from './snapshot';
import { type CsvOptions, writeCsv } from './write-csv';

interface RowContext {
  account: Account;
  deal: Deal | undefined;
  /** The person, with their part in the row's deal when there is one. */
  person: (Person & Partial<Stakeholder>) | undefined;
  reportsTo: Person | undefined;
  /** Split once per row: two columns need it. */
  nameParts: NameParts;
}

type Writer = (row: RowContext) => string;

const personText =
  (read: (person: Person & Partial<Stakeholder>) => string | undefined): Writer =>
  ({ person }) =>
    person ? (read(person) ?? '') : '';

const WRITERS: Record<ImportField, Writer> = {
  'account-name': ({ account }) => account.name,
  'account-domains': ({ account }) => joinList(account.domains),
  'first-name': ({ nameParts }) => nameParts.first,
  'last-name': ({ nameParts }) => nameParts.last,
  name: personText((p) => p.name),
  title: personText((p) => p.title),
  department: personText((p) => p.department),
  seniority: personText((p) => p.seniority),
  roles: personText((p) => p.roles?.join('; ')),
  stance: personText((p) => p.stance),
  influence: personText((p) => p.influence),
  'reports-to': ({ reportsTo }) => reportsTo?.name ?? '',
  email: personText((p) => p.email),
  phone: personText((p) => p.phone),
  'profile-url': personText((p) => p.profileUrl),
  'evidence-source-url': personText((p) => joinList(p.evidence.map((e) => e.sourceUrl ?? ''))),
  'evidence-captured-at': personText((p) =>
    joinList(p.evidence.map((e) => formatTimestamp(e.capturedAt))),
  ),
  'evidence-method': personText((p) => joinList(p.evidence.map((e) => e.method))),
  'evidence-last-verified-at': personText((p) =>
    joinList(p.evidence.map((e) => formatTimestamp(e.lastVerifiedAt))),
  ),
  note: personText((p) => p.note),
  'created-at': personText((p) => formatTimestamp(p.createdAt)),
  'updated-at': personText((p) => formatTimestamp(p.updatedAt)),
  'deal-name': ({ deal }) => deal?.name ?? '',
  'account-stage': ({ deal }) => deal?.stage ?? '',
  'account-decision-mode': ({ deal }) => deal?.decisionMode ?? '',
  'account-channel': ({ deal }) => deal?.channel ?? '',
  'account-preset': ({ deal }) => deal?.preset ?? '',
  'account-language': ({ deal }) => deal?.questionLanguage ?? '',
  'deal-amount': ({ deal }) => (deal?.amount === undefined ? '' : String(deal.amount)),
  'deal-close-date': ({ deal }) => deal?.closeDate ?? '',
  'deal-crm-id': ({ deal }) => deal?.crmOpportunityId ?? '',
  'deal-id': ({ deal }) => deal?.id ?? '',
  'account-created-at': ({ account }) => formatTimestamp(account.createdAt),
  'account-updated-at': ({ account }) => formatTimestamp(account.updatedAt),
  'deal-created-at': ({ deal }) => (deal ? formatTimestamp(deal.createdAt) : ''),
  'deal-updated-at': ({ deal }) => (deal ? formatTimestamp(deal.updatedAt) : ''),
  'person-id': personText((p) => p.id),
  'account-id': ({ account }) => account.id,
  'reports-to-id': personText((p) => p.reportsToId),
};

const NO_NAME: NameParts = { first: '', last: '' };

/** Rows in account order, people in the order given; no header. */
export function genericRows(snapshot: Snapshot): string[][] {
  const byId = new Map(snapshot.stakeholders.map((person) => [person.id, person]));
  const peopleOf = groupBy(snapshot.stakeholders, (person) => person.accountId);
  const dealsOf = groupBy(snapshot.deals, (deal) => deal.accountId);
  const rows: string[][] = [];
  const writers = IMPORT_FIELDS.map((field) => WRITERS[field]);
  const write = (account: Account, deal: Deal | undefined, person: RowContext['person']) => {
    const reportsTo = person?.reportsToId ? byId.get(person.reportsToId) : undefined;
    const nameParts = person ? splitName(person.name, account.domains) : NO_NAME;
    const context = { account, deal, person, reportsTo, nameParts };
    rows.push(writers.map((writer) => writer(context)));
  };
  for (const account of snapshot.accounts) {
    const people = peopleOf.get(account.id) ?? [];
    const deals = dealsOf.get(account.id) ?? [];
    for (const deal of deals) {
      const inDeal = people.flatMap((person) => stakeholderIn(person, deal.id) ?? []);
      if (inDeal.length === 0) write(account, deal, undefined);
      for (const person of inDeal) write(account, deal, person);
    }
    for (const person of people) {
      if (!deals.some((deal) => stakeholderIn(person, deal.id))) write(account, undefined, person);
    }
    if (deals.length === 0 && people.length === 0) write(account, undefined, undefined);
  }
  return rows;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export const GENERIC_HEADERS: readonly string[] = IMPORT_FIELDS.map((field) => FIELD_LABELS[field]);

export function genericCsv(snapshot: Snapshot, options?: CsvOptions): string {
  return writeCsv(GENERIC_HEADERS, genericRows(snapshot), options);
}
