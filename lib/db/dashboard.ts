/**
 * What the dashboard reads and erases across every account at once. Each account's standing is
 * in standings.ts (stored here, scored by lib/coverage); edits of people are in stakeholder-edits.ts.
 */
import type { Account } from '../model';
import type { RolecallDatabase } from './schema';

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
  return db.transaction(
    'rw',
    [db.accounts, db.deals, db.stakeholders, db.settings, db.standings],
    async () => {
      await Promise.all([
        db.accounts.clear(),
        db.deals.clear(),
        db.stakeholders.clear(),
        db.settings.clear(),
        db.standings.clear(),
      ]);
    },
  );
}
