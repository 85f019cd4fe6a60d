/** The one Rolecall database. It lives in the extension origin only (background, popup, pages). */
import Dexie, { type EntityTable } from 'dexie';
import { type Account, type Deal, LEGACY_DEPARTMENTS, type Person, type Settings } from '../model';
import { upgradeToDeals } from './upgrade-deals';

export const DATABASE_NAME = 'rolecall';

/** The settings table holds one row under this key. */
export const SETTINGS_KEY = 'settings';
export type SettingsRow = Settings & { key: typeof SETTINGS_KEY };

/**
 * An account's standing on the dashboard (score, worst gap, counts), kept with the account so the
 * list reads one row per account instead of every person. lib/coverage computes `value`; here it
 * is only stored, and marked out of date (`revision` raised, `value` dropped) by every write that
 * changes the account or its people.
 */
export interface StandingRow {
  accountId: string;
  /** Raised by each change; a standing computed before a change is not stored over it. */
  revision: number;
  /** What the value was computed from (scoring version, stale threshold, the account's last edit). */
  stamp?: string;
  /** The value holds until then (epoch ms): when the next person's verification goes stale. */
  validUntil?: number;
  value?: unknown;
}

export type RolecallDatabase = Dexie & {
  accounts: EntityTable<Account, 'id'>;
  deals: EntityTable<Deal, 'id'>;
  stakeholders: EntityTable<Person, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
  standings: EntityTable<StandingRow, 'accountId'>;
};

/**
 * Versions are only ever added, each with an upgrade function when data must move; old
 * versions stay declared so any installed database can be brought forward.
 */
export function openDatabase(name: string = DATABASE_NAME): RolecallDatabase {
  const db = new Dexie(name) as RolecallDatabase;
  db.version(1).stores({
    accounts: 'id, name, *domains, updatedAt',
    stakeholders: 'id, accountId, profileUrl, [accountId+normalizedName], updatedAt',
  });
  // v2: the rep's settings. New table only, so no data moves.
  db.version(2).stores({ settings: 'key' });
  // v3: each account's standing, so the dashboard need not score every account on every change.
  // New table only: it starts empty and the dashboard fills it the first time it lists accounts.
  db.version(3).stores({ standings: 'accountId' });
  // v4: the department once stored as "customer-service" is "customer-success" (issue 13), and
  // people may carry the seniority the rep set (unindexed). Only that one value moves.
  db.version(4)
    .stores({})
    .upgrade((tx) =>
      tx
        .table<Record<string, unknown>>('stakeholders')
        .toCollection()
        .modify((person) => {
          const upgraded =
            typeof person.department === 'string'
              ? LEGACY_DEPARTMENTS[person.department]
              : undefined;
          if (upgraded) person.department = upgraded;
        }),
    );
  // v5: several deals per account. Each account's context and its people's roles move into one
  // deal named after it (upgrade-deals.ts).
  db.version(5).stores({ deals: 'id, accountId, updatedAt' }).upgrade(upgradeToDeals);
  return db;
}
