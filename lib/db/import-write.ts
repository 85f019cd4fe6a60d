/** Writing an import: what the import decides, against the map as it is, in one transaction. */
import type { Account, Deal, Person } from '../model';
import type { RolecallDatabase } from './schema';
import { markAccountsChanged } from './standings';

export interface MapWrites<S> {
  accounts: readonly Account[];
  deals: readonly Deal[];
  stakeholders: readonly Person[];
  /** Whatever the caller reports about the writes; handed back once they are committed. */
  summary: S;
}

const WRITE_BATCH = 10_000;

/**
 * Reads the whole map, lets `decide` work out what to write from it, and writes that, all in
 * one transaction: a tag landing meanwhile is seen, and any failure leaves nothing half-written.
 * `decide` must not wait on anything but this database, or IndexedDB commits early.
 */
export function writeImport<S>(
  db: RolecallDatabase,
  decide: (existing: {
    accounts: Account[];
    deals: Deal[];
    stakeholders: Person[];
  }) => MapWrites<S>,
  onWritten?: (done: number, total: number) => void,
): Promise<S> {
  return db.transaction('rw', db.accounts, db.deals, db.stakeholders, db.standings, async () => {
    const existing = {
      accounts: await db.accounts.toArray(),
      deals: await db.deals.toArray(),
      stakeholders: await db.stakeholders.toArray(),
    };
    const writes = decide(existing);
    await db.accounts.bulkPut([...writes.accounts]);
    await db.deals.bulkPut([...writes.deals]);
    const total = writes.stakeholders.length;
    for (let start = 0; start < total; start += WRITE_BATCH) {
      await db.stakeholders.bulkPut(writes.stakeholders.slice(start, start + WRITE_BATCH));
      onWritten?.(Math.min(start + WRITE_BATCH, total), total);
    }
    await markAccountsChanged(db, [
      ...writes.accounts.map((account) => account.id),
      ...writes.deals.map((deal) => deal.accountId),
      ...writes.stakeholders.map((person) => person.accountId),
    ]);
    return writes.summary;
  });
}
