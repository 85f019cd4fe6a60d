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
    expect(db.verno).toBe(4);
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

/** Version 3 exactly as it shipped: version 2 and each account's standing. */
function version3(name: string): Dexie {
  const db = previousVersion(name);
  db.version(3).stores({ standings: 'accountId' });
  return db;
}

describe('opening a version 3 database', () => {
  it('keeps every record and reads customer service as customer success', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const acme: Account = {
      id: 'acme',
      name: 'Acme',
      domains: ['acme.example'],
      ...DEFAULT_DEAL_CONTEXT,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const people = smallCommittee();
    const [first, ...rest] = people;
    if (!first) throw new Error('the committee has people');
    // Saved by version 3, when the department was still called "customer-service".
    const legacy = { ...first, department: 'customer-service' };
    const settings = { ...DEFAULT_SETTINGS, staleDays: 21, key: SETTINGS_KEY };
    const standing = { accountId: 'acme', revision: 7, stamp: '1:21:0', value: { score: 40 } };
    const old = version3(name);
    await old.table('accounts').put(acme);
    await old.table('stakeholders').bulkPut([legacy, ...rest]);
    await old.table('settings').put(settings);
    await old.table('standings').put(standing);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.accounts.toArray()).toEqual([acme]);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await db.stakeholders.toArray()).sort(byId)).toEqual(
      [{ ...first, department: 'customer-success' }, ...rest].sort(byId),
    );
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, staleDays: 21 });
    expect(await db.standings.toArray()).toEqual([standing]);
    db.close();
  });
});
