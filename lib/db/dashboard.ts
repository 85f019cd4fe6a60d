/**
 * What the dashboard reads across every account at once: each account's standing, the counts
 * for "erase everything", and erasing it. Edits of people are in stakeholder-edits.ts.
 */
import { assessCoverage, type CoverageOptions, type Gap } from '../coverage';
import type { Account, Stakeholder } from '../model';
import type { RolecallDatabase } from './schema';

export interface AccountSummary {
  account: Account;
  score: number;
  peopleCount: number;
  /** The account's most urgent gap; undefined when coverage finds none. */
  topGap: Gap | undefined;
  /** Latest change to the account or anyone on its map (epoch ms). */
  lastChange: number;
  /** People not verified for longer than the stale threshold. */
  staleCount: number;
  /** Names on the map, so the list can be searched by person. */
  personNames: readonly string[];
  /** The same names normalised (see normalizeName), in the same order. */
  personKeys: readonly string[];
}

/** Every account's standing, read in one transaction so counts and scores agree. */
export function accountSummaries(
  db: RolecallDatabase,
  options: CoverageOptions,
): Promise<AccountSummary[]> {
  return db.transaction('r', db.accounts, db.stakeholders, async () => {
    const [accounts, people] = await Promise.all([
      db.accounts.toArray(),
      db.stakeholders.toArray(),
    ]);
    return summarizeAccounts(accounts, people, options);
  });
}

export function summarizeAccounts(
  accounts: readonly Account[],
  people: readonly Stakeholder[],
  options: CoverageOptions,
): AccountSummary[] {
  const byAccount = new Map<string, Stakeholder[]>();
  for (const person of people) {
    const list = byAccount.get(person.accountId);
    if (list) list.push(person);
    else byAccount.set(person.accountId, [person]);
  }
  return accounts.map((account) => {
    const map = byAccount.get(account.id) ?? [];
    const { gaps, score } = assessCoverage(account, map, options, 0);
    const stale = gaps.find((gap) => gap.id === 'stale-unverified');
    return {
      account,
      score: score.score,
      peopleCount: map.length,
      topGap: gaps[0],
      lastChange: map.reduce((latest, p) => Math.max(latest, p.updatedAt), account.updatedAt),
      staleCount: stale?.stakeholderIds.length ?? 0,
      personNames: map.map((p) => p.name),
      personKeys: map.map((p) => p.normalizedName),
    };
  });
}

export function accountById(db: RolecallDatabase, id: string): Promise<Account | undefined> {
  return db.accounts.get(id);
}

/** Counts for the "erase everything" question. */
export async function dataCounts(
  db: RolecallDatabase,
): Promise<{ accounts: number; stakeholders: number }> {
  const [accounts, stakeholders] = await Promise.all([
    db.accounts.count(),
    db.stakeholders.count(),
  ]);
  return { accounts, stakeholders };
}

/** Erases every account, stakeholder and setting: the settings read as the defaults afterwards. */
export function eraseEverything(db: RolecallDatabase): Promise<void> {
  return db.transaction('rw', db.accounts, db.stakeholders, db.settings, async () => {
    await Promise.all([db.accounts.clear(), db.stakeholders.clear(), db.settings.clear()]);
  });
}
