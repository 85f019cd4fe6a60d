/**
 * The dashboard list's standings: right for every account, kept with the account, and computed
 * again only for an account that changed or whose people went stale since.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { accountSummaries, keepStandings } from '../../lib/coverage/standings';
import {
  createDeal,
  eraseAccount,
  eraseStakeholder,
  openDatabase,
  type RolecallDatabase,
  restoreAccountErasure,
  restoreErasure,
  saveDraft,
  updateDeal,
} from '../../lib/db';
import {
  editStakeholder,
  mergeStakeholders,
  moveStakeholder,
  setReportsTo,
} from '../../lib/db/stakeholder-edits';
import { DEFAULT_DEAL_CONTEXT, emptyDraft, type LegacyAccount } from '../../lib/model';
import { person, smallCommittee } from '../powermap/people';
import { putLegacyMap } from '../support/legacy-map';

const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;
const options = { now: NOW, staleDays: 14 };
let db: RolecallDatabase;

function account(id: string, name: string, fields: Partial<LegacyAccount> = {}): LegacyAccount {
  return {
    id,
    name,
    domains: [],
    ...DEFAULT_DEAL_CONTEXT,
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 30 * DAY,
    ...fields,
  };
}

/** Reads the list as the dashboard does, keeps what it computed, and says which accounts it scored. */
async function list(at = options) {
  const read = await accountSummaries(db, at);
  await keepStandings(db, read.computed);
  return {
    by: new Map(read.summaries.map((s) => [s.account.id, s])),
    scored: read.computed.map((row) => row.accountId).sort(),
  };
}

beforeEach(async () => {
  db = openDatabase(`standings-${Math.random()}`);
  await putLegacyMap(
    db,
    [
      account('acme', 'Acme', { stage: 'vendor-evaluation' }),
      account('globex', 'Globex'),
      account('empty', 'Initech', { updatedAt: NOW - 2 * DAY }),
    ],
    [
      ...smallCommittee().map((p) => ({
        ...p,
        evidence: [{ capturedAt: NOW, method: 'page-layout' as const, lastVerifiedAt: NOW }],
      })),
      person('g1', 'Old Contact', {
        accountId: 'globex',
        evidence: [
          { capturedAt: NOW - 90 * DAY, method: 'page-layout', lastVerifiedAt: NOW - 60 * DAY },
        ],
        updatedAt: NOW - 60 * DAY,
      }),
    ],
  );
});

describe('account standings', () => {
  it('give each account its score, people, worst gap, last change and stale people', async () => {
    const { by } = await list();
    const acme = by.get('acme');
    expect(acme?.peopleCount).toBe(5);
    expect(acme?.lastChange).toBe(NOW);
    expect(acme?.personNames).toContain('Bo Kim');
    expect(acme?.score).toBeGreaterThan(0);
    expect(acme?.topGap?.severity).toBeDefined();
    expect(by.get('globex')).toMatchObject({ peopleCount: 1, staleCount: 1 });
    expect(by.get('empty')).toMatchObject({
      peopleCount: 0,
      score: 0,
      staleCount: 0,
      lastChange: NOW - 2 * DAY,
      topGap: expect.objectContaining({ id: 'missing-economic-buyer', severity: 'critical' }),
    });
  });

  it('are read back as stored, the same as computed, with no account scored again', async () => {
    const first = await list();
    const second = await list();
    expect(second.scored).toEqual([]);
    expect([...second.by.values()]).toEqual(expect.arrayContaining([...first.by.values()]));
    expect(second.by.size).toBe(3);
  });

  it('score again only the account whose person changed, and show the change', async () => {
    const before = await list();
    await editStakeholder(
      db,
      'e1',
      {
        dealId: 'acme',
        name: 'Bo Kim',
        title: 'Engineer',
        roles: ['user', 'technical-evaluator'],
        stance: 'unknown',
        influence: 'unknown',
        department: 'it',
        note: '',
        reportsToId: 'cto',
      },
      NOW,
    );
    const after = await list();
    expect(after.scored).toEqual(['acme']);
    expect(after.by.get('acme')?.score).toBeGreaterThan(before.by.get('acme')?.score ?? 100);
  });

  it('score an account again once one of its people has gone unverified too long', async () => {
    await list();
    const later = await list({ now: NOW + 15 * DAY, staleDays: 14 });
    expect(later.scored).toContain('acme');
    expect(later.scored).not.toContain('empty');
    expect(later.by.get('acme')?.staleCount).toBe(5);
  });

  it('score every account again when the stale threshold changes', async () => {
    await list();
    const stricter = await list({ now: NOW, staleDays: 7 });
    expect(stricter.scored).toEqual(['acme', 'empty', 'globex']);
  });

  const writes: Array<[string, () => Promise<unknown>, string[]]> = [
    [
      'a tag',
      () => saveDraft(db, emptyDraft({ name: 'New Person', accountName: 'Globex' })),
      ['globex'],
    ],
    ['erasing a person', () => eraseStakeholder(db, 'g1'), ['globex']],
    ['a reporting line', () => setReportsTo(db, 'e1', 'ceo', NOW), ['acme']],
    ['a merge', () => mergeStakeholders(db, 'e1', 'e2', NOW), ['acme']],
    ['a move', () => moveStakeholder(db, 'g1', 'empty', NOW), ['empty', 'globex']],
    ['the deal context', () => updateDeal(db, 'empty', { stage: 'purchase-decision' }), ['empty']],
    ['a new deal', () => createDeal(db, 'globex', 'Expansion', NOW), ['globex']],
  ];
  it.each(writes)(
    'score again after %s only the accounts it touched',
    async (_, write, touched) => {
      await list();
      await write();
      expect((await list()).scored).toEqual(touched);
    },
  );

  it('follow erasing an account and its undo', async () => {
    await list();
    const erased = await eraseAccount(db, 'globex');
    expect([...(await list()).by.keys()].sort()).toEqual(['acme', 'empty']);
    if (erased) await restoreAccountErasure(db, erased);
    const back = await list();
    expect(back.scored).toEqual(['globex']);
    expect(back.by.get('globex')?.peopleCount).toBe(1);
  });

  it('follow undoing a person’s erasure', async () => {
    const erased = await eraseStakeholder(db, 'g1');
    await list();
    if (erased) await restoreErasure(db, erased);
    expect((await list()).by.get('globex')?.peopleCount).toBe(1);
  });

  it('computed before a change are not stored over it', async () => {
    const read = await accountSummaries(db, options);
    await eraseStakeholder(db, 'g1');
    await keepStandings(db, read.computed);
    expect((await list()).by.get('globex')?.peopleCount).toBe(0);
  });
});
