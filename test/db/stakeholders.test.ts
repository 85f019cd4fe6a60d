import { beforeEach, describe, expect, it } from 'vitest';
import {
  eraseStakeholder,
  listAccounts,
  openDatabase,
  type RolecallDatabase,
  restoreErasure,
  saveDraft,
  stakeholdersOfDeal,
  updateSettings,
} from '../../lib/db';
import { dealsOf, dealToShow } from '../../lib/db/deals';
import { emptyDraft, type StakeholderDraft } from '../../lib/model';

let db: RolecallDatabase;
let tick = 0;
let ids = 0;
const clock = { now: () => 1_700_000_000_000 + tick++ * 1000, newId: () => `id-${ids++}` };

const draft = (fields: Partial<StakeholderDraft>) =>
  emptyDraft({
    accountName: 'Example',
    accountDomain: 'example.com',
    sourceUrl: 'https://example.com/team',
    ...fields,
  });

beforeEach(async () => {
  db = openDatabase(`test-${Math.random()}`);
  await db.open();
});

describe('saving a tag', () => {
  it('creates the account from the page and files the person under it', async () => {
    const outcome = await saveDraft(
      db,
      draft({ name: 'Jane Doe', roles: ['economic-buyer'] }),
      clock,
    );
    expect(outcome.created).toBe(true);
    const [account] = await listAccounts(db);
    expect(account).toMatchObject({ name: 'Example', domains: ['example.com'] });
    const deal = await dealToShow(db, account?.id ?? '');
    // A new account's first deal is named after it.
    expect(deal).toMatchObject({ name: 'Example', stage: 'exploring' });
    if (!deal) throw new Error('no deal');
    expect(outcome.deal.id).toBe(deal.id);
    const people = await stakeholdersOfDeal(db, deal);
    expect(people.map((p) => [p.name, p.roles])).toEqual([['Jane Doe', ['economic-buyer']]]);
    expect(people[0]?.evidence).toEqual([
      expect.objectContaining({
        sourceUrl: 'https://example.com/team',
        method: 'manual-selection',
      }),
    ]);
  });

  it('starts a new account with the methodology and question language from the settings', async () => {
    await updateSettings(db, { defaultPreset: 'meddpicc', defaultQuestionLanguage: 'fi' });
    await saveDraft(db, draft({ name: 'Jane Doe' }), clock);
    const [account] = await listAccounts(db);
    expect(await dealToShow(db, account?.id ?? '')).toMatchObject({
      preset: 'meddpicc',
      questionLanguage: 'fi',
    });
  });

  it('updates the same person instead of adding a duplicate (same name, other spelling)', async () => {
    await saveDraft(db, draft({ name: 'Jane Doe', roles: ['user'] }), clock);
    const second = await saveDraft(
      db,
      draft({ name: 'JANE  DOE', roles: ['champion'], sourceUrl: 'https://example.com/news' }),
      clock,
    );
    expect(second.created).toBe(false);
    const people = await db.stakeholders.toArray();
    expect(people).toHaveLength(1);
    expect(people[0]?.involvements.map((part) => part.roles)).toEqual([['champion']]);
    expect(people[0]?.evidence.map((e) => e.sourceUrl)).toEqual([
      'https://example.com/team',
      'https://example.com/news',
    ]);
  });

  it('re-verifies evidence when the person is tagged again on the same page', async () => {
    await saveDraft(db, draft({ name: 'Jane Doe' }), clock);
    await saveDraft(db, draft({ name: 'Jane Doe' }), clock);
    const [person] = await db.stakeholders.toArray();
    expect(person?.evidence).toHaveLength(1);
    expect(person?.evidence[0]?.lastVerifiedAt).toBeGreaterThan(
      person?.evidence[0]?.capturedAt ?? 0,
    );
  });

  it('recognises a person by profile URL even under another spelling', async () => {
    const profileUrl = 'https://www.linkedin.com/in/jane-doe';
    await saveDraft(db, draft({ name: 'Jane Doe', profileUrl }), clock);
    await saveDraft(db, draft({ name: 'Jane M. Doe-Smith', profileUrl }), clock);
    expect(await db.stakeholders.count()).toBe(1);
  });

  it('keeps people with the same name in different accounts apart', async () => {
    await saveDraft(db, draft({ name: 'Jane Doe' }), clock);
    await saveDraft(
      db,
      draft({ name: 'Jane Doe', accountName: 'Other', accountDomain: 'other.com' }),
      clock,
    );
    expect(await db.stakeholders.count()).toBe(2);
  });

  it('files a person under an existing account chosen by name, whatever its case', async () => {
    await saveDraft(db, draft({ name: 'Jane Doe' }), clock);
    await saveDraft(
      db,
      draft({ name: 'Max Roe', accountName: 'example', accountDomain: 'example.de' }),
      clock,
    );
    const accounts = await listAccounts(db);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.domains).toEqual(['example.com', 'example.de']);
  });
});

describe('tagging for one of several deals', () => {
  const partsOf = async (name: string) => {
    const person = (await db.stakeholders.toArray()).find((p) => p.name === name);
    const deals = await db.deals.toArray();
    const dealName = (id: string) => deals.find((deal) => deal.id === id)?.name;
    return Object.fromEntries(
      (person?.involvements ?? []).map((part) => [dealName(part.dealId), part.roles]),
    );
  };

  it('a new deal named in the tag is added to the account and tagged for', async () => {
    await saveDraft(db, draft({ name: 'Jane Doe', roles: ['champion'] }), clock);
    const outcome = await saveDraft(
      db,
      draft({ name: 'Max Roe', roles: ['economic-buyer'], newDealName: 'Finance project' }),
      clock,
    );
    expect(outcome.deal.name).toBe('Finance project');
    expect((await dealsOf(db, outcome.deal.accountId)).map((deal) => deal.name)).toEqual([
      'Finance project',
      'Example',
    ]);
    expect(await partsOf('Max Roe')).toEqual({ 'Finance project': ['economic-buyer'] });
  });

  it('a known person tagged for another deal gets roles there and stays one person', async () => {
    await saveDraft(
      db,
      draft({ name: 'Jane Doe', roles: ['champion'], stance: 'champion' }),
      clock,
    );
    const renewal = await saveDraft(
      db,
      draft({ name: 'Jane Doe', roles: ['gatekeeper'], stance: 'blocker', newDealName: 'Renewal' }),
      clock,
    );
    expect(renewal.created).toBe(false);
    expect(await db.stakeholders.count()).toBe(1);
    expect(await partsOf('Jane Doe')).toEqual({ Example: ['champion'], Renewal: ['gatekeeper'] });
  });

  it('a tag with no deal goes to the deal last worked on', async () => {
    const first = await saveDraft(db, draft({ name: 'Jane Doe' }), clock);
    await saveDraft(db, draft({ name: 'Max Roe', newDealName: 'Renewal' }), clock);
    await saveDraft(db, draft({ name: 'Ann Lee', roles: ['user'] }), clock);
    expect(await partsOf('Ann Lee')).toEqual({ Renewal: ['user'] });
    await saveDraft(db, draft({ name: 'Bo Kim', dealId: first.deal.id }), clock);
    expect(Object.keys(await partsOf('Bo Kim'))).toEqual(['Example']);
    expect((await dealToShow(db, first.deal.accountId))?.name).toBe('Example');
  });
});

describe('erasing a person', () => {
  it('removes them and every reporting line pointing at them, and undo puts all back', async () => {
    const boss = await saveDraft(db, draft({ name: 'Boss Person' }), clock);
    const report = await saveDraft(db, draft({ name: 'Report Person' }), clock);
    await db.stakeholders.update(report.person.id, { reportsToId: boss.person.id });

    const erasure = await eraseStakeholder(db, boss.person.id);
    expect(await db.stakeholders.get(boss.person.id)).toBeUndefined();
    expect((await db.stakeholders.get(report.person.id))?.reportsToId).toBeUndefined();
    expect(JSON.stringify(await db.stakeholders.toArray())).not.toContain('Boss Person');

    if (!erasure) throw new Error('nothing erased');
    await restoreErasure(db, erasure);
    expect((await db.stakeholders.get(boss.person.id))?.name).toBe('Boss Person');
    expect((await db.stakeholders.get(report.person.id))?.reportsToId).toBe(boss.person.id);
  });
});
