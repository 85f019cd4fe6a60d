/** Erasing a whole account (right to erasure): the account, everyone in it, and an undo for a short time. */
import type { Account, Deal, Person } from '../model';
import type { RolecallDatabase } from './schema';
import { markAccountsChanged } from './standings';

export interface AccountErasure {
  account: Account;
  deals: Deal[];
  stakeholders: Person[];
  /**
   * People in other accounts who reported to someone erased here (a person moved to a
   * subsidiary keeps their old boss): their "reports to" is cleared and put back on undo.
   */
  reportsCleared: { id: string; reportsToId: string }[];
}

/** Erases the account and every record of its people, in one transaction. */
export function eraseAccount(
  db: RolecallDatabase,
  accountId: string,
): Promise<AccountErasure | undefined> {
  return db.transaction('rw', db.accounts, db.deals, db.stakeholders, db.standings, async () => {
    const account = await db.accounts.get(accountId);
    if (!account) return undefined;
    const deals = await db.deals.where('accountId').equals(accountId).toArray();
    await db.deals.bulkDelete(deals.map((deal) => deal.id));
    const stakeholders = await db.stakeholders.where('accountId').equals(accountId).toArray();
    const erased = new Set(stakeholders.map((person) => person.id));
    const pointing = await db.stakeholders
      .filter(
        (other) =>
          other.accountId !== accountId &&
          other.reportsToId !== undefined &&
          erased.has(other.reportsToId),
      )
      .toArray();
    await db.stakeholders.bulkDelete([...erased]);
    await db.accounts.delete(accountId);
    await db.stakeholders.bulkPut(pointing.map(({ reportsToId: _, ...other }) => other));
    await db.standings.delete(accountId);
    await markAccountsChanged(
      db,
      pointing.map((other) => other.accountId),
    );
    return {
      account,
      deals,
      stakeholders,
      reportsCleared: pointing.flatMap(({ id, reportsToId }) =>
        reportsToId === undefined ? [] : [{ id, reportsToId }],
      ),
    };
  });
}

/** Undoes eraseAccount, for the short time the UI offers it. */
export function restoreAccountErasure(
  db: RolecallDatabase,
  { account, deals, stakeholders, reportsCleared }: AccountErasure,
): Promise<void> {
  return db.transaction('rw', db.accounts, db.deals, db.stakeholders, db.standings, async () => {
    await db.accounts.put(account);
    await db.deals.bulkPut(deals);
    await db.stakeholders.bulkPut(stakeholders);
    for (const { id, reportsToId } of reportsCleared) {
      await db.stakeholders.update(id, { reportsToId });
    }
    const others = await db.stakeholders.bulkGet(reportsCleared.map(({ id }) => id));
    await markAccountsChanged(db, [
      account.id,
      ...others.flatMap((other) => (other ? [other.accountId] : [])),
    ]);
  });
}
