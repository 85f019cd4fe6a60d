/**
 * lib/db is the one write path for accounts and stakeholders: what pages show of known people
 * and what imports bring reach the dashboard's list, because they are written there too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { knownPeople } from '../../lib/capture/known';
import { accountSummaries, keepStandings } from '../../lib/coverage/standings';
import { openDatabase, type RolecallDatabase, saveDraft } from '../../lib/db';
import { emptyDraft } from '../../lib/model';
import { applyImport, backupJson, planImport, readIncoming } from '../../lib/transfer';
import { mapOf } from '../support/legacy-map';
import { account, person } from '../transfer/helpers';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

const WRITE =
  /\.(accounts|stakeholders|standings)\s*\.(put|bulkPut|add|bulkAdd|update|delete|bulkDelete|clear)\(|\.modify\(/u;

describe('the one write path', () => {
  it('no code outside lib/db writes to the map’s tables', () => {
    const writers = ['lib', 'components', 'entrypoints']
      .flatMap((dir) => sources(join(root, dir)))
      .filter((path) => !relative(root, path).startsWith('lib/db/'))
      .filter((path) => WRITE.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(writers).toEqual([]);
  });
});

describe('writes from elsewhere reach the dashboard list', () => {
  let db: RolecallDatabase;
  const now = Date.UTC(2025, 5, 1);
  const options = { now, staleDays: 14 };

  async function listed() {
    const read = await accountSummaries(db, options);
    await keepStandings(db, read.computed);
    return new Map(read.summaries.map((s) => [s.account.name, s]));
  }

  beforeEach(async () => {
    db = openDatabase(`write-path-${Math.random()}`);
    await saveDraft(
      db,
      emptyDraft({
        name: 'Tomás Okafor',
        title: 'Chief Financial Officer',
        accountName: 'Northwind',
        accountDomain: 'northwind.example',
        roles: ['budget-holder'],
      }),
      { now: () => now, newId: () => `id-${Math.random()}` },
    );
  });

  it('a page showing a known person with another title flags the account in the list', async () => {
    expect((await listed()).get('Northwind')?.topGap?.id).not.toBe('stale-changed');
    await knownPeople(
      db,
      {
        pageUrl: 'https://northwind.example/team',
        people: [{ key: 't', name: 'Tomás Okafor', title: 'Chief Executive Officer' }],
      },
      now,
    );
    const gaps = await accountSummaries(db, options);
    expect(gaps.computed.map((row) => row.accountId)).toHaveLength(1);
  });

  it('an import shows in the list with its people', async () => {
    expect((await listed()).get('Acme')).toBeUndefined();
    const json = backupJson(
      mapOf([account()], [person({ id: 'p-1', name: 'Ann Lee' })]),
      new Date(now),
    );
    const read = await readIncoming({ name: 'backup.json', data: new Blob([json]) });
    if (!read.ok) throw new Error('the backup was refused');
    const applied = await applyImport(db, await planImport(db, read.value.snapshot));
    expect(applied.ok).toBe(true);
    expect((await listed()).get('Acme')).toMatchObject({
      peopleCount: 1,
      personNames: ['Ann Lee'],
    });
  });
});
