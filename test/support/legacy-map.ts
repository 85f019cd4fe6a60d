/**
 * The stored map (accounts, their deals, people with their parts) built from test data written
 * one deal per account: each account's context is its one deal, with the account's id, as the
 * upgrade makes it; each stakeholder is a person's part in the deal it names.
 */
import type { RolecallDatabase } from '../../lib/db';
import {
  accountOfLegacy,
  dealOfLegacyAccount,
  type LegacyAccount,
  type Person,
  personOf,
  type Stakeholder,
  withInvolvement,
} from '../../lib/model';
import type { Snapshot } from '../../lib/transfer';

/** People as stored: one record per id, holding each part the stakeholders give them. */
export function peopleOf(stakeholders: readonly Stakeholder[]): Person[] {
  const people = new Map<string, Person>();
  for (const stakeholder of stakeholders) {
    const person = personOf(stakeholder);
    const known = people.get(person.id);
    const part = person.involvements.find((p) => p.dealId === stakeholder.dealId);
    people.set(person.id, known && part ? withInvolvement(known, part) : person);
  }
  return [...people.values()];
}

export function mapOf(
  accounts: readonly LegacyAccount[],
  stakeholders: readonly Stakeholder[],
): Snapshot {
  return {
    accounts: accounts.map(accountOfLegacy),
    deals: accounts.map(dealOfLegacyAccount),
    stakeholders: peopleOf(stakeholders),
  };
}

/** Writes a map into the database, as a restore would. */
export function putMap(db: RolecallDatabase, map: Snapshot): Promise<void> {
  return db.transaction('rw', db.accounts, db.deals, db.stakeholders, async () => {
    await db.accounts.bulkPut(map.accounts);
    await db.deals.bulkPut(map.deals);
    await db.stakeholders.bulkPut(map.stakeholders);
  });
}

/** The account with one deal in its context, and these people's parts in it. */
export function putLegacyMap(
  db: RolecallDatabase,
  accounts: readonly LegacyAccount[],
  stakeholders: readonly Stakeholder[] = [],
): Promise<void> {
  return putMap(db, mapOf(accounts, stakeholders));
}
