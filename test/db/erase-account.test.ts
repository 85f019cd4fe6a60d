/** Erasing an account removes it and everyone in it, leaves other accounts alone, and undoes exactly. */
import { beforeEach, describe, expect, it } from 'vitest';
import { eraseAccount, type RolecallDatabase, restoreAccountErasure } from '../../lib/db';
import { exportFiles, readSnapshot } from '../../lib/transfer';
import { contents, freshDb, person, sampleMap, seed } from '../transfer/helpers';

let db: RolecallDatabase;

beforeEach(async () => {
  db = freshDb();
  const map = sampleMap();
  // Someone at Acme still reports to Ivan at Yandex (he moved there): a cross-account line.
  map.stakeholders.push(person({ id: 'p-moved', name: 'Mo Ved', reportsToId: 'p-ivan' }));
  await seed(db, map);
});

describe('eraseAccount', () => {
  it('removes the account and every person in it, and no later export mentions them', async () => {
    const erasure = await eraseAccount(db, 'acc-yandex');
    expect(erasure?.account.name).toBe('Яндекс');
    expect(erasure?.stakeholders.map((p) => p.id).sort()).toEqual(['p-ivan', 'p-zhang']);
    const left = await contents(db);
    expect(left.accounts.map((a) => a.id)).toEqual(['acc-acme']);
    expect(left.stakeholders.map((p) => p.id)).toEqual(['p-bob', 'p-jane', 'p-moved']);
    const snapshot = await readSnapshot(db);
    for (const target of ['json', 'csv', 'hubspot', 'salesforce'] as const) {
      for (const file of exportFiles(snapshot, target, { now: new Date() })) {
        expect(file.text).not.toMatch(/Яндекс|yandex|Иван|张三|p-ivan|p-zhang/);
      }
    }
  });

  it('clears "reports to" pointing into the erased account, so no record keeps their id', async () => {
    await eraseAccount(db, 'acc-yandex');
    const moved = await db.stakeholders.get('p-moved');
    expect(moved).toBeDefined();
    expect(moved && 'reportsToId' in moved).toBe(false);
  });

  it('undo puts back exactly what was there, reporting lines included', async () => {
    const before = await contents(db);
    const erasure = await eraseAccount(db, 'acc-yandex');
    if (!erasure) throw new Error('nothing erased');
    await restoreAccountErasure(db, erasure);
    expect(await contents(db)).toStrictEqual(before);
  });

  it('an unknown account erases nothing', async () => {
    const before = await contents(db);
    expect(await eraseAccount(db, 'acc-gone')).toBeUndefined();
    expect(await contents(db)).toStrictEqual(before);
  });
});
