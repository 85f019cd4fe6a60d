/** The one Rolecall database. It lives in the extension origin only (background, popup, pages). */
import Dexie, { type EntityTable } from 'dexie';
import type { Account, Settings, Stakeholder } from '../model';

export const DATABASE_NAME = 'rolecall';

/** The settings table holds one row under this key. */
export const SETTINGS_KEY = 'settings';
export type SettingsRow = Settings & { key: typeof SETTINGS_KEY };

export type RolecallDatabase = Dexie & {
  accounts: EntityTable<Account, 'id'>;
  stakeholders: EntityTable<Stakeholder, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
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
  return db;
}
