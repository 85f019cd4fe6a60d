/** Storing each account's standing (see StandingRow) and marking it out of date when the account changes. */
import type { Account, Deal, Person } from '../model';
import type { RolecallDatabase, StandingRow } from './schema';

/**
 * Marks the standings of these accounts out of date. Call inside the write's own transaction
 * (with db.standings in its scope), so a change and its mark commit together.
 */
export async function markAccountsChanged(
  db: RolecallDatabase,
  accountIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(accountIds)];
  if (ids.length === 0) return;
  const rows = await db.standings.bulkGet(ids);
  await db.standings.bulkPut(
    ids.map((accountId, i) => ({ accountId, revision: (rows[i]?.revision ?? 0) + 1 })),
  );
}

/** Every account with its deals and stored standing, read together so they agree. */
export function accountsWithStandings(db: RolecallDatabase): Promise<{
  accounts: Account[];
  deals: Map<string, Deal[]>;
  standings: Map<string, StandingRow>;
}> {
  return db.transaction('r', db.accounts, db.deals, db.standings, async () => {
    const [accounts, deals, rows] = await Promise.all([
      db.accounts.toArray(),
      db.deals.toArray(),
      db.standings.toArray(),
    ]);
    const byAccount = new Map<string, Deal[]>();
    for (const deal of deals) {
      const list = byAccount.get(deal.accountId);
      if (list) list.push(deal);
      else byAccount.set(deal.accountId, [deal]);
    }
    return {
      accounts,
      deals: byAccount,
      standings: new Map(rows.map((row) => [row.accountId, row])),
    };
  });
}

/** Above this many accounts, one pass over every person is cheaper than a lookup per account. */
const LOOKUPS_AT_MOST = 50;

/** The people of some accounts: by index for a few (what a change needs), else in one pass. */
export async function peopleOfAccounts(
  db: RolecallDatabase,
  accountIds: readonly string[],
): Promise<Person[]> {
  if (accountIds.length <= LOOKUPS_AT_MOST) {
    return db.stakeholders.where('accountId').anyOf(accountIds).toArray();
  }
  const wanted = new Set(accountIds);
  return (await db.stakeholders.toArray()).filter((person) => wanted.has(person.accountId));
}

/**
 * Stores freshly computed standings, each only if its account has not changed since it was
 * read (same revision) and still exists; a skipped one is recomputed on the next read.
 */
export function storeStandings(db: RolecallDatabase, rows: readonly StandingRow[]): Promise<void> {
  return db.transaction('rw', db.accounts, db.standings, async () => {
    const ids = rows.map((row) => row.accountId);
    const [current, accounts] = await Promise.all([
      db.standings.bulkGet(ids),
      db.accounts.bulkGet(ids),
    ]);
    const keep = rows.filter(
      (row, i) => accounts[i] !== undefined && (current[i]?.revision ?? 0) === row.revision,
    );
    await db.standings.bulkPut(keep);
  });
}
