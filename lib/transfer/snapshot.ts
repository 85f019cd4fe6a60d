/** A consistent picture of (part of) the map: what every export writes and every import proposes. */
import type { RolecallDatabase } from '../db';
import type { Account, Deal, Person } from '../model';

export interface Snapshot {
  accounts: Account[];
  /** Every deal's accountId names an account in `accounts`. */
  deals: Deal[];
  /** People, each with their part in the deals of their account. */
  stakeholders: Person[];
}

/** Everything, or one account with its deals and people. */
export type ExportScope = { kind: 'all' } | { kind: 'account'; accountId: string };

/**
 * Reads current data in one read transaction, so an erased person never shows up in a later
 * export and a tag saved mid-export cannot leave a stakeholder without their account.
 */
export function readSnapshot(
  db: RolecallDatabase,
  scope: ExportScope = { kind: 'all' },
): Promise<Snapshot> {
  return db.transaction('r', db.accounts, db.deals, db.stakeholders, async () => {
    if (scope.kind === 'all') {
      const [accounts, deals, stakeholders] = await Promise.all([
        db.accounts.orderBy('id').toArray(),
        db.deals.orderBy('id').toArray(),
        db.stakeholders.orderBy('id').toArray(),
      ]);
      return { accounts, deals, stakeholders };
    }
    const account = await db.accounts.get(scope.accountId);
    if (!account) return { accounts: [], deals: [], stakeholders: [] };
    const [deals, stakeholders] = await Promise.all([
      db.deals.where('accountId').equals(account.id).sortBy('id'),
      db.stakeholders.where('accountId').equals(account.id).sortBy('id'),
    ]);
    return { accounts: [account], deals, stakeholders };
  });
}
