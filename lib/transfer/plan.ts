/** The import preview: what would be added, updated, left alone, and which people conflict, by class. */
import type { RolecallDatabase } from '../db';
import { type Account, type Deal, normalizeName, type Person } from '../model';
import { mergeAccount, mergeDeal, mergeEvidence, sameRecord } from './merge-records';
import type { ImportProblem } from './result';
import { readSnapshot, type Snapshot } from './snapshot';

/**
 * Why an incoming person collides with one already in the map:
 * - edited-here: the same record, changed here after the file was made;
 * - profile-url, email: another record with the same profile address or email;
 * - name: another record with the same normalised name in the same account.
 */
export const CONFLICT_CLASSES = ['edited-here', 'profile-url', 'email', 'name'] as const;
export type ConflictClass = (typeof CONFLICT_CLASSES)[number];

export const CONFLICT_CHOICES = ['keep-mine', 'take-theirs', 'keep-both'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];
export type ConflictChoices = Record<ConflictClass, ConflictChoice>;

/** Nothing already in the map changes unless the rep says so. */
export const DEFAULT_CHOICES: ConflictChoices = {
  'edited-here': 'keep-mine',
  'profile-url': 'keep-mine',
  email: 'keep-mine',
  name: 'keep-mine',
};

export interface Change<T> {
  before: T;
  after: T;
}

export interface Conflict {
  mine: Person;
  /** Their record, already moved into my matching account and deals. */
  theirs: Person;
  accountName: string;
}

export interface ImportPlan {
  /** What was read, kept so the plan can be applied (and re-checked) later. */
  incoming: Snapshot;
  accounts: { add: Account[]; update: Change<Account>[]; unchanged: Account[] };
  deals: { add: Deal[]; update: Change<Deal>[]; unchanged: Deal[] };
  people: { add: Person[]; update: Change<Person>[]; unchanged: Person[] };
  conflicts: Record<ConflictClass, Conflict[]>;
  /** Their account id → the account it lands in (mine when matched). */
  accountIdMap: Map<string, string>;
  warnings: ImportProblem[];
}

export async function planImport(
  db: RolecallDatabase,
  incoming: Snapshot,
  warnings: ImportProblem[] = [],
): Promise<ImportPlan> {
  return planAgainst(await readSnapshot(db), incoming, warnings);
}

/** Pure: the same inputs always give the same plan, so applying can re-plan inside its transaction. */
export function planAgainst(
  existing: Snapshot,
  incoming: Snapshot,
  warnings: ImportProblem[] = [],
): ImportPlan {
  const accounts = planAccounts(existing.accounts, incoming.accounts);
  const deals = planDeals(existing, incoming, accounts.idMap);
  const plan: ImportPlan = {
    incoming,
    accounts: accounts.plan,
    deals: deals.plan,
    people: { add: [], update: [], unchanged: [] },
    conflicts: { 'edited-here': [], 'profile-url': [], email: [], name: [] },
    accountIdMap: accounts.idMap,
    warnings,
  };
  const index = indexPeople(existing.stakeholders);
  const accountName = new Map(
    [...existing.accounts, ...incoming.accounts].map((a) => [a.id, a.name]),
  );
  for (const person of incoming.stakeholders) {
    const accountId = accounts.idMap.get(person.accountId) ?? person.accountId;
    const moved = person.involvements.some((part) => deals.idMap.get(part.dealId) !== part.dealId);
    // Records are never changed in place, so one that stays in its account needs no copy.
    const theirs =
      accountId === person.accountId && !moved
        ? person
        : {
            ...person,
            accountId,
            involvements: person.involvements.map((part) => ({
              ...part,
              dealId: deals.idMap.get(part.dealId) ?? part.dealId,
            })),
          };
    const sameId = index.byId.get(theirs.id);
    if (sameId) {
      if (sameRecord(sameId, theirs)) plan.people.unchanged.push(sameId);
      else if (theirs.updatedAt >= sameId.updatedAt) {
        plan.people.update.push({
          before: sameId,
          after: { ...theirs, evidence: mergeEvidence(sameId.evidence, theirs.evidence) },
        });
      } else
        plan.conflicts['edited-here'].push({
          mine: sameId,
          theirs,
          accountName: accountName.get(theirs.accountId) ?? '',
        });
      continue;
    }
    const match = findMatch(index, theirs);
    if (match)
      plan.conflicts[match.kind].push({
        mine: match.mine,
        theirs,
        accountName: accountName.get(theirs.accountId) ?? '',
      });
    else plan.people.add.push(theirs);
  }
  return plan;
}

interface PeopleIndex {
  byId: Map<string, Person>;
  byProfile: Map<string, Person>;
  byEmail: Map<string, Person>;
  byName: Map<string, Person>;
}

const nameKey = (person: Person) => `${person.accountId}\n${person.normalizedName}`;

function indexPeople(people: readonly Person[]): PeopleIndex {
  const index: PeopleIndex = {
    byId: new Map(),
    byProfile: new Map(),
    byEmail: new Map(),
    byName: new Map(),
  };
  for (const person of people) {
    index.byId.set(person.id, person);
    if (person.profileUrl) index.byProfile.set(person.profileUrl, person);
    if (person.email) index.byEmail.set(person.email.toLowerCase(), person);
    index.byName.set(nameKey(person), person);
  }
  return index;
}

function findMatch(
  index: PeopleIndex,
  theirs: Person,
): { kind: Exclude<ConflictClass, 'edited-here'>; mine: Person } | undefined {
  const byProfile = theirs.profileUrl ? index.byProfile.get(theirs.profileUrl) : undefined;
  if (byProfile) return { kind: 'profile-url', mine: byProfile };
  const byEmail = theirs.email ? index.byEmail.get(theirs.email.toLowerCase()) : undefined;
  if (byEmail) return { kind: 'email', mine: byEmail };
  const byName = index.byName.get(nameKey(theirs));
  return byName ? { kind: 'name', mine: byName } : undefined;
}

/** Their account is mine when it has my account's id, one of its domains, or its name. */
function planAccounts(mine: readonly Account[], theirs: readonly Account[]) {
  const byId = new Map(mine.map((account) => [account.id, account]));
  const byDomain = new Map(
    mine.flatMap((account) => account.domains.map((domain) => [domain, account] as const)),
  );
  const byName = new Map(mine.map((account) => [account.name.toLowerCase(), account]));
  const merged = new Map<string, Account>();
  const idMap = new Map<string, string>();
  const plan: ImportPlan['accounts'] = { add: [], update: [], unchanged: [] };
  for (const account of theirs) {
    const match =
      byId.get(account.id) ??
      account.domains.map((domain) => byDomain.get(domain)).find((found) => found !== undefined) ??
      byName.get(account.name.toLowerCase());
    if (!match) {
      plan.add.push(account);
      idMap.set(account.id, account.id);
      continue;
    }
    idMap.set(account.id, match.id);
    const owner = (domain: string) => {
      const found = byDomain.get(domain);
      return found !== undefined && found.id !== match.id;
    };
    merged.set(match.id, mergeAccount(merged.get(match.id) ?? match, account, owner));
  }
  for (const [id, after] of merged) {
    const before = byId.get(id);
    if (!before) continue;
    if (sameRecord(before, after)) plan.unchanged.push(before);
    else plan.update.push({ before, after });
  }
  return { plan, idMap };
}

/**
 * Their deal is mine when it has my deal's id, or the same name in the account it lands in, or
 * when both are named after their accounts: a backup of format 1 names its one deal after the
 * account, as the upgrade named mine, and a colleague may spell the company otherwise.
 */
function planDeals(
  existing: Pick<Snapshot, 'accounts' | 'deals'>,
  incoming: Pick<Snapshot, 'accounts' | 'deals'>,
  accountIdMap: ReadonlyMap<string, string>,
) {
  const mine = existing.deals;
  const byId = new Map(mine.map((deal) => [deal.id, deal]));
  const key = (accountId: string, name: string) => `${accountId}\n${normalizeName(name)}`;
  const byName = new Map(mine.map((deal) => [key(deal.accountId, deal.name), deal]));
  const myAccountName = new Map(existing.accounts.map((account) => [account.id, account.name]));
  const theirAccountName = new Map(incoming.accounts.map((account) => [account.id, account.name]));
  const namedAfterAccount = (deal: Deal, names: ReadonlyMap<string, string>) =>
    normalizeName(deal.name) === normalizeName(names.get(deal.accountId) ?? '');
  const idMap = new Map<string, string>();
  const merged = new Map<string, Deal>();
  const plan: ImportPlan['deals'] = { add: [], update: [], unchanged: [] };
  for (const deal of incoming.deals) {
    const accountId = accountIdMap.get(deal.accountId) ?? deal.accountId;
    const direct = byId.get(deal.id) ?? byName.get(key(accountId, deal.name));
    const asMain =
      direct === undefined && namedAfterAccount(deal, theirAccountName)
        ? byName.get(key(accountId, myAccountName.get(accountId) ?? ''))
        : undefined;
    const match = direct ?? asMain;
    if (!match) {
      plan.add.push(accountId === deal.accountId ? deal : { ...deal, accountId });
      idMap.set(deal.id, deal.id);
      continue;
    }
    idMap.set(deal.id, match.id);
    // Matched as the account's main deal: it keeps my name for it, as the account keeps mine.
    const theirs = asMain ? { ...deal, name: match.name } : deal;
    merged.set(match.id, mergeDeal(merged.get(match.id) ?? match, theirs));
  }
  for (const [id, after] of merged) {
    const before = byId.get(id);
    if (!before) continue;
    if (sameRecord(before, after)) plan.unchanged.push(before);
    else plan.update.push({ before, after });
  }
  return { plan, idMap };
}
