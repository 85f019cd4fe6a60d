/**
 * Our generic CSV: one row per stakeholder, readable in a spreadsheet, and complete enough
 * (ids, timestamps, every evidence entry) that our own import restores the same map. An
 * account without people gets one row with the person columns empty, so it survives too.
 */
import type { Account, Stakeholder } from '../model';
import { formatTimestamp, joinList } from './cells';
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from './fields';
import { type NameParts, splitName } from './name-parts';
import type { Snapshot } from './snapshot';
import { type CsvOptions, writeCsv } from './write-csv';

interface RowContext {
  account: Account;
  person: Stakeholder | undefined;
  reportsTo: Stakeholder | undefined;
  /** Split once per row: two columns need it. */
  nameParts: NameParts;
}

type Writer = (row: RowContext) => string;

const personText =
  (read: (person: Stakeholder) => string | undefined): Writer =>
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
  roles: personText((p) => p.roles.join('; ')),
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
  'account-stage': ({ account }) => account.stage,
  'account-decision-mode': ({ account }) => account.decisionMode,
  'account-channel': ({ account }) => account.channel,
  'account-preset': ({ account }) => account.preset,
  'account-language': ({ account }) => account.questionLanguage,
  'account-created-at': ({ account }) => formatTimestamp(account.createdAt),
  'account-updated-at': ({ account }) => formatTimestamp(account.updatedAt),
  'person-id': personText((p) => p.id),
  'account-id': ({ account }) => account.id,
  'reports-to-id': personText((p) => p.reportsToId),
};

const NO_NAME: NameParts = { first: '', last: '' };

/** Rows in account order, people in the order given; no header. */
export function genericRows(snapshot: Snapshot): string[][] {
  const byId = new Map(snapshot.stakeholders.map((person) => [person.id, person]));
  const peopleOf = new Map<string, Stakeholder[]>();
  for (const person of snapshot.stakeholders) {
    const list = peopleOf.get(person.accountId);
    if (list) list.push(person);
    else peopleOf.set(person.accountId, [person]);
  }
  const rows: string[][] = [];
  const writers = IMPORT_FIELDS.map((field) => WRITERS[field]);
  for (const account of snapshot.accounts) {
    const people = peopleOf.get(account.id) ?? [undefined];
    for (const person of people) {
      const reportsTo = person?.reportsToId ? byId.get(person.reportsToId) : undefined;
      const nameParts = person ? splitName(person.name, account.domains) : NO_NAME;
      const context = { account, person, reportsTo, nameParts };
      rows.push(writers.map((write) => write(context)));
    }
  }
  return rows;
}

export const GENERIC_HEADERS: readonly string[] = IMPORT_FIELDS.map((field) => FIELD_LABELS[field]);

export function genericCsv(snapshot: Snapshot, options?: CsvOptions): string {
  return writeCsv(GENERIC_HEADERS, genericRows(snapshot), options);
}
