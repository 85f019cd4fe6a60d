import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RolecallDatabase, readSettings, updateSettings } from '../../lib/db';
import { dataCounts, eraseEverything } from '../../lib/db/dashboard';
import {
  editStakeholder,
  mergeStakeholders,
  moveStakeholder,
  setReportsTo,
} from '../../lib/db/stakeholder-edits';
import {
  DEFAULT_DEAL_CONTEXT,
  type LegacyAccount,
  personOf,
  type Stakeholder,
  seenIn,
} from '../../lib/model';
import { person, smallCommittee } from '../powermap/people';
import { peopleOf, putLegacyMap } from '../support/legacy-map';

const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;
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

/** The person as their account's one deal sees them (each account here has one, its own id). */
const get = async (id: string): Promise<Stakeholder> => {
  const found = await db.stakeholders.get(id);
  if (!found) throw new Error(`no ${id}`);
  return seenIn(found, found.accountId);
};

beforeEach(async () => {
  db = openDatabase(`dashboard-${Math.random()}`);
  await putLegacyMap(
    db,
    [
      account('acme', 'Acme', { stage: 'vendor-evaluation' }),
      account('globex', 'Globex'),
      account('empty', 'Initech', { updatedAt: NOW - 2 * DAY }),
    ],
    smallCommittee(),
  );
});

describe('setting whom someone reports to', () => {
  it('saves the line and touches the account', async () => {
    await expect(setReportsTo(db, 'cfo', 'cto', NOW + 1)).resolves.toEqual({
      kind: 'set',
      childId: 'cfo',
      managerId: 'cto',
    });
    expect((await get('cfo')).reportsToId).toBe('cto');
    expect((await db.accounts.get('acme'))?.updatedAt).toBe(NOW + 1);
  });

  it('clears the line when there is no manager', async () => {
    await setReportsTo(db, 'e1', undefined, NOW + 1);
    expect(await get('e1')).not.toHaveProperty('reportsToId');
  });

  it('refuses a line that closes a loop, and says through whom', async () => {
    await expect(setReportsTo(db, 'ceo', 'e1')).resolves.toEqual({
      kind: 'refuse',
      childId: 'ceo',
      managerId: 'e1',
      through: ['cto'],
    });
    expect(await get('ceo')).not.toHaveProperty('reportsToId');
  });

  it('changes nothing for a manager in another account or a person who is gone', async () => {
    await db.stakeholders.put(personOf(person('x', 'Other Firm', { accountId: 'globex' })));
    await expect(setReportsTo(db, 'e1', 'x')).resolves.toEqual({ kind: 'none' });
    await expect(setReportsTo(db, 'nobody', 'ceo')).resolves.toEqual({ kind: 'none' });
    expect((await get('e1')).reportsToId).toBe('cto');
  });
});

describe('editing a person in place', () => {
  const edit = {
    dealId: 'acme',
    name: '  Bo  Kim ',
    title: 'Staff Engineer',
    roles: ['user', 'technical-evaluator', 'user'] as const,
    stance: 'supporter' as const,
    influence: 'medium' as const,
    department: 'engineering' as const,
    note: '',
    reportsToId: 'cfo',
  };

  it('saves the fields and the new manager together, in the same account', async () => {
    await putLegacyMap(db, [account('acme-2', 'Acme')]);
    const outcome = await editStakeholder(db, 'e1', { ...edit, roles: [...edit.roles] }, NOW + 3);
    expect(outcome.kind).toBe('saved');
    await expect(get('e1')).resolves.toMatchObject({
      accountId: 'acme',
      name: 'Bo  Kim',
      normalizedName: 'bo kim',
      title: 'Staff Engineer',
      roles: ['user', 'technical-evaluator'],
      stance: 'supporter',
      influence: 'medium',
      department: 'engineering',
      reportsToId: 'cfo',
      updatedAt: NOW + 3,
    });
    expect((await db.accounts.get('acme'))?.updatedAt).toBe(NOW + 3);
  });

  it('clears what was emptied', async () => {
    await db.stakeholders.update('e1', (stored) => {
      stored.department = 'it';
      stored.involvements = stored.involvements.map((part) => ({ ...part, note: 'old note' }));
    });
    await editStakeholder(db, 'e1', {
      ...edit,
      roles: [],
      title: ' ',
      department: undefined,
      reportsToId: undefined,
    });
    const saved = await get('e1');
    for (const field of ['title', 'note', 'department', 'reportsToId']) {
      expect(saved, field).not.toHaveProperty(field);
    }
  });

  it('saves nothing when the new manager would close a loop', async () => {
    const outcome = await editStakeholder(db, 'cto', {
      ...edit,
      name: 'Ann Lee',
      roles: [],
      reportsToId: 'e2',
    });
    expect(outcome).toMatchObject({ kind: 'refused', decision: { managerId: 'e2' } });
    await expect(get('cto')).resolves.toMatchObject({ title: 'CTO', reportsToId: 'ceo' });
  });
});

describe('merging two entries for the same person', () => {
  it("keeps one entry, adds the other one's roles, evidence and note, and hands over reports", async () => {
    await db.stakeholders.bulkPut(
      peopleOf([
        person('dup', 'Ann  Lee', {
          title: 'Chief Technology Officer',
          roles: ['technical-evaluator'],
          stance: 'supporter',
          department: 'it',
          email: 'ann@acme.example',
          note: 'Met at the summit.',
          evidence: [
            {
              sourceUrl: 'https://acme.example/team',
              capturedAt: 1,
              method: 'page-layout',
              lastVerifiedAt: 2,
            },
          ],
          createdAt: NOW - 10 * DAY,
        }),
        person('intern', 'Dee Intern', { reportsToId: 'dup' }),
      ]),
    );
    const outcome = await mergeStakeholders(db, 'cto', 'dup', NOW + 5);
    expect(outcome.kind).toBe('merged');
    const kept = await get('cto');
    expect(kept).toMatchObject({
      name: 'Ann Lee',
      title: 'CTO',
      roles: ['technical-evaluator'],
      stance: 'skeptic',
      department: 'it',
      email: 'ann@acme.example',
      note: 'Met at the summit.',
      reportsToId: 'ceo',
      createdAt: NOW - 10 * DAY,
      updatedAt: NOW + 5,
    });
    expect(kept.evidence).toHaveLength(1);
    await expect(db.stakeholders.get('dup')).resolves.toBeUndefined();
    expect((await get('intern')).reportsToId).toBe('cto');
  });

  it("drops the other entry's manager when it sits below the kept person", async () => {
    await db.stakeholders.put(personOf(person('dup', 'Max Roe', { reportsToId: 'cfo' })));
    await mergeStakeholders(db, 'ceo', 'dup');
    expect(await get('ceo')).not.toHaveProperty('reportsToId');
  });

  it('refuses entries in different accounts, or the same entry twice', async () => {
    await db.stakeholders.put(personOf(person('x', 'Ann Lee', { accountId: 'globex' })));
    await expect(mergeStakeholders(db, 'cto', 'x')).resolves.toEqual({
      kind: 'refused',
      reason: 'different-accounts',
    });
    await expect(mergeStakeholders(db, 'cto', 'cto')).resolves.toMatchObject({ kind: 'refused' });
    await expect(db.stakeholders.count()).resolves.toBe(6);
  });
});

describe('moving a person to another account', () => {
  it('moves them, clears the lines that crossed accounts, and points out a namesake', async () => {
    await db.stakeholders.put(personOf(person('g-ann', 'Ann Lee', { accountId: 'globex' })));
    const outcome = await moveStakeholder(db, 'cto', 'globex', NOW + 9);
    expect(outcome).toMatchObject({
      kind: 'moved',
      namesake: expect.objectContaining({ id: 'g-ann' }),
      reportsCleared: ['e1', 'e2'],
    });
    const moved = await get('cto');
    expect(moved.accountId).toBe('globex');
    expect(moved).not.toHaveProperty('reportsToId');
    expect(await get('e1')).not.toHaveProperty('reportsToId');
    expect((await db.accounts.get('acme'))?.updatedAt).toBe(NOW + 9);
    expect((await db.accounts.get('globex'))?.updatedAt).toBe(NOW + 9);
  });

  it('refuses a move into the same account', async () => {
    await expect(moveStakeholder(db, 'cto', 'acme')).resolves.toEqual({
      kind: 'refused',
      reason: 'same-account',
    });
  });
});

describe('erasing everything', () => {
  it('removes every account, person and setting', async () => {
    await updateSettings(db, { staleDays: 30, recognitionSites: ['linkedin.com'] });
    await expect(dataCounts(db)).resolves.toEqual({ accounts: 3, stakeholders: 5 });
    await eraseEverything(db);
    await expect(dataCounts(db)).resolves.toEqual({ accounts: 0, stakeholders: 0 });
    await expect(readSettings(db)).resolves.toMatchObject({ staleDays: 14, recognitionSites: [] });
  });
});
