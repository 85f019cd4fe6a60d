/** The import preview and the conflict choices, and the all-or-nothing write. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RolecallDatabase } from '../../lib/db';
import { applyImport, type ConflictClass, planImport, type Snapshot } from '../../lib/transfer';
import { mapOf } from '../support/legacy-map';
import { account, contents, freshDb, person, sampleMap, seed } from './helpers';

let db: RolecallDatabase;

beforeEach(async () => {
  db = freshDb();
  await seed(db, sampleMap());
});

const LATER = Date.UTC(2024, 5, 1);

/** A colleague's map of the same company, under their own ids. */
function theirMap(): Snapshot {
  return mapOf(
    [
      account({
        id: 'their-acme',
        name: 'ACME Inc',
        domains: ['acme.com', 'acme.de'],
        stage: 'vendor-evaluation',
        updatedAt: LATER,
      }),
    ],
    [
      person({
        id: 't-bob',
        accountId: 'their-acme',
        name: 'Robert Smith',
        profileUrl: 'https://www.linkedin.com/in/bob',
        title: 'CTO',
        updatedAt: LATER,
      }),
      person({
        id: 't-jane',
        accountId: 'their-acme',
        name: 'J. Doe',
        email: 'JANE@acme.com',
        title: 'Chief Financial Officer',
        updatedAt: LATER,
        evidence: [],
      }),
      person({
        id: 't-dan',
        accountId: 'their-acme',
        name: 'Jane Doe',
        updatedAt: LATER,
        evidence: [],
      }),
      person({
        id: 't-new',
        accountId: 'their-acme',
        name: 'Nina New',
        reportsToId: 't-bob',
        evidence: [],
      }),
    ],
  );
}

const conflictCounts = (plan: Awaited<ReturnType<typeof planImport>>) =>
  Object.fromEntries(
    Object.entries(plan.conflicts).map(([kind, list]) => [
      kind,
      list.map((c) => `${c.theirs.id}→${c.mine.id}`),
    ]),
  );

describe('planImport', () => {
  it('matches their account to mine by domain and sorts people into add and conflict classes', async () => {
    const plan = await planImport(db, theirMap());
    expect(plan.accounts.add).toEqual([]);
    expect(plan.accounts.update.map((c) => c.after)).toEqual([
      expect.objectContaining({ id: 'acc-acme', name: 'Acme', domains: ['acme.com', 'acme.de'] }),
    ]);
    // Their deal is the same sale as mine (both named after the account): it lands in mine.
    expect(plan.deals.add).toEqual([]);
    expect(plan.deals.update.map((c) => c.after)).toEqual([
      expect.objectContaining({ id: 'acc-acme', stage: 'vendor-evaluation' }),
    ]);
    expect(plan.people.add.map((p) => p.id)).toEqual(['t-new']);
    expect(conflictCounts(plan)).toEqual({
      'edited-here': [],
      'profile-url': ['t-bob→p-bob'],
      email: ['t-jane→p-jane'],
      name: ['t-dan→p-jane'],
    });
  });

  it('re-importing my own backup changes nothing', async () => {
    const plan = await planImport(db, await contents(db));
    expect(plan.people.unchanged).toHaveLength(4);
    expect(plan.accounts.unchanged).toHaveLength(2);
    expect([
      ...plan.people.add,
      ...plan.people.update,
      ...Object.values(plan.conflicts).flat(),
    ]).toEqual([]);
  });

  it('the same record: newer in the file is an update, newer here is a conflict', async () => {
    const mine = await contents(db);
    const [jane, bob] = mine.stakeholders
      .filter((p) => p.accountId === 'acc-acme')
      .sort((a, b) => (a.id < b.id ? 1 : -1));
    if (!jane || !bob) throw new Error('fixture');
    await db.stakeholders.update(bob.id, { updatedAt: LATER + 1 });
    const file = {
      accounts: mine.accounts,
      deals: mine.deals,
      stakeholders: [
        { ...jane, title: 'CEO', updatedAt: LATER },
        { ...bob, title: 'VP' },
      ],
    };
    const plan = await planImport(db, file);
    expect(plan.people.update.map((c) => c.after.title)).toEqual(['CEO']);
    expect(plan.conflicts['edited-here'].map((c) => c.theirs.title)).toEqual(['VP']);
  });
});

describe('applyImport', () => {
  const names = async () =>
    (await db.stakeholders.toArray()).map((p) => `${p.id}:${p.name}:${p.title ?? ''}`).sort();

  it('keep mine (the default) adds only the new person, pointing "reports to" at my record', async () => {
    const result = await applyImport(db, await planImport(db, theirMap()));
    expect(result).toMatchObject({
      ok: true,
      value: { peopleAdded: 1, peopleKept: 3, accountsUpdated: 1 },
    });
    const nina = await db.stakeholders.get('t-new');
    expect(nina).toMatchObject({ accountId: 'acc-acme', reportsToId: 'p-bob' });
  });

  it('take theirs merges into my record: their fields win, mine fill gaps, evidence kept', async () => {
    const choices: Partial<Record<ConflictClass, 'take-theirs'>> = {
      'profile-url': 'take-theirs',
      email: 'take-theirs',
    };
    await applyImport(db, await planImport(db, theirMap()), { choices });
    const bob = await db.stakeholders.get('p-bob');
    expect(bob).toMatchObject({ name: 'Robert Smith', title: 'CTO', reportsToId: 'p-jane' });
    expect(bob?.involvements).toEqual([
      expect.objectContaining({
        dealId: 'acc-acme',
        note: '=HYPERLINK("http://evil.example","click")',
      }),
    ]);
    expect(bob?.evidence).toHaveLength(1);
    const jane = await db.stakeholders.get('p-jane');
    expect(jane).toMatchObject({
      name: 'J. Doe',
      title: 'Chief Financial Officer',
      phone: '+1 555 0100',
    });
    expect(jane?.evidence).toHaveLength(1);
    expect(await db.stakeholders.get('t-bob')).toBeUndefined();
  });

  it('keep both adds their record alongside mine', async () => {
    await applyImport(db, await planImport(db, theirMap()), { choices: { name: 'keep-both' } });
    expect(await names()).toContain('t-dan:Jane Doe:');
    expect(await names()).toContain('p-jane:Jane Doe:CFO');
  });

  it('a failing write leaves nothing behind: accounts written before it are rolled back', async () => {
    const before = await contents(db);
    const plan = await planImport(
      db,
      mapOf(
        [account({ id: 'acc-new', name: 'Newco', domains: ['new.co'] })],
        [person({ id: 'p-new', accountId: 'acc-new', name: 'Nora' })],
      ),
    );
    const failing = vi
      .spyOn(db.stakeholders, 'bulkPut')
      .mockRejectedValue(new Error('QuotaExceededError'));
    const result = await applyImport(db, plan);
    failing.mockRestore();
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          file: '',
          where: '',
          message:
            "Nothing was imported: the browser's database refused the write (QuotaExceededError). Your map is unchanged.",
        },
      ],
    });
    expect(await contents(db)).toStrictEqual(before);
  });
});
