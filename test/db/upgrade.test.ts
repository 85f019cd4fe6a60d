/** A map saved by the previous version of the schema opens in this one with nothing lost. */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { accountSummaries } from '../../lib/coverage/standings';
import { openDatabase, readSettings, SETTINGS_KEY } from '../../lib/db';
import { type Account, DEFAULT_DEAL_CONTEXT, DEFAULT_SETTINGS } from '../../lib/model';
import { smallCommittee } from '../powermap/people';

const NOW = Date.UTC(2025, 5, 1);

/** Version 2 exactly as it shipped: accounts, stakeholders, settings. */
function previousVersion(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    accounts: 'id, name, *domains, updatedAt',
    stakeholders: 'id, accountId, profileUrl, [accountId+normalizedName], updatedAt',
  });
  db.version(2).stores({ settings: 'key' });
  return db;
}

describe('opening a version 2 database', () => {
  it('keeps every account, person and setting, and lists the accounts with their scores', async () => {
    const name = `upgrade-${Math.random()}`;
    const acme: Account = {
      id: 'acme',
      name: 'Acme',
      domains: ['acme.example'],
      ...DEFAULT_DEAL_CONTEXT,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const people = smallCommittee();
    const settings = { ...DEFAULT_SETTINGS, staleDays: 30, key: SETTINGS_KEY };
    const old = previousVersion(name);
    await old.table('accounts').put(acme);
    await old.table('stakeholders').bulkPut(people);
    await old.table('settings').put(settings);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.accounts.toArray()).toEqual([acme]);
    expect(await db.stakeholders.orderBy('id').toArray()).toEqual(
      [...people].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, staleDays: 30 });
    const { summaries } = await accountSummaries(db, { now: NOW, staleDays: 30 });
    expect(summaries).toEqual([
      expect.objectContaining({ account: acme, peopleCount: 5, score: expect.any(Number) }),
    ]);
    db.close();
  });
});
