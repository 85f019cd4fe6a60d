/**
 * A map saved by any earlier version of the schema (1, 2, 3: one deal context per account, one
 * set of roles per person) opens in this one with nothing lost or changed in meaning: each
 * account's context is its one deal, named after it, and each person's roles, stance,
 * influence and note are their part in it, so that deal's coverage is the old account's.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { assessCoverage } from '../../lib/coverage';
import { accountSummaries, coverageSubject } from '../../lib/coverage/standings';
import { dealsOf, openDatabase, peopleOf, readSettings, SETTINGS_KEY } from '../../lib/db';
import {
  DEFAULT_SETTINGS,
  type LegacyAccount,
  type LegacyStakeholder,
  stakeholdersIn,
} from '../../lib/model';

const NOW = Date.UTC(2025, 5, 1);
const DAY = 24 * 60 * 60 * 1000;

/** Each earlier version exactly as it shipped. */
function earlierVersion(name: string, version: 1 | 2 | 3): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    accounts: 'id, name, *domains, updatedAt',
    stakeholders: 'id, accountId, profileUrl, [accountId+normalizedName], updatedAt',
  });
  if (version >= 2) db.version(2).stores({ settings: 'key' });
  if (version >= 3) db.version(3).stores({ standings: 'accountId' });
  return db;
}

const globex: LegacyAccount = {
  id: 'globex',
  name: 'Globex GmbH',
  domains: ['globex.example', 'globex.de'],
  stage: 'vendor-evaluation',
  decisionMode: 'committee',
  channel: 'referral',
  preset: 'meddpicc',
  questionLanguage: 'de',
  orgNames: ['Globex'],
  createdAt: NOW - 60 * DAY,
  updatedAt: NOW - 2 * DAY,
};
const initech: LegacyAccount = {
  id: 'initech',
  name: 'ООО Инитех',
  domains: [],
  stage: 'problem-felt',
  decisionMode: 'top-decides',
  channel: 'inbound',
  preset: 'decision-chain',
  questionLanguage: 'ru',
  createdAt: NOW - 10 * DAY,
  updatedAt: NOW - DAY,
};

function legacyPerson(
  id: string,
  accountId: string,
  name: string,
  fields: Partial<LegacyStakeholder> = {},
): LegacyStakeholder {
  return {
    id,
    accountId,
    name,
    normalizedName: name.toLowerCase(),
    roles: [],
    stance: 'unknown',
    influence: 'unknown',
    evidence: [
      {
        sourceUrl: `https://${accountId}.example/team`,
        capturedAt: NOW - 30 * DAY,
        method: 'manual-selection',
        lastVerifiedAt: NOW - 20 * DAY,
      },
    ],
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 3 * DAY,
    ...fields,
  };
}

const people: LegacyStakeholder[] = [
  legacyPerson('ceo', 'globex', 'Klaus Müller', {
    title: 'Geschäftsführer',
    department: 'executive',
    roles: ['economic-buyer', 'approver'],
    stance: 'supporter',
    influence: 'high',
    note: 'Entscheidet im Q3.',
    email: 'k.mueller@globex.example',
    phone: '+49 30 1234',
    profileUrl: 'https://www.linkedin.com/in/kmueller',
  }),
  legacyPerson('cfo', 'globex', 'Anna Schmidt', {
    title: 'CFO',
    department: 'finance',
    roles: ['budget-holder'],
    stance: 'skeptic',
    influence: 'high',
    reportsToId: 'ceo',
    seenDifferently: {
      title: 'Chief Financial Officer',
      sourceUrl: 'https://globex.example/team',
      seenAt: NOW - DAY,
    },
  }),
  legacyPerson('it', 'globex', 'Jussi Virtanen', {
    title: 'Head of IT',
    roles: ['technical-evaluator', 'champion'],
    stance: 'champion',
    influence: 'low',
    reportsToId: 'ceo',
  }),
  legacyPerson('gen', 'initech', 'Ольга Иванова', { title: 'Генеральный директор' }),
];

describe.each([1, 2, 3] as const)('opening a version %i database', (version) => {
  it('keeps every account, person and setting, and each account becomes one deal of the same meaning', async () => {
    const name = `upgrade-${version}-${Math.random()}`;
    const old = earlierVersion(name, version);
    await old.table('accounts').bulkPut([globex, initech]);
    await old.table('stakeholders').bulkPut(people);
    if (version >= 2) {
      await old.table('settings').put({ ...DEFAULT_SETTINGS, staleDays: 30, key: SETTINGS_KEY });
    }
    if (version >= 3) await old.table('standings').put({ accountId: 'globex', revision: 4 });
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    const staleDays = version >= 2 ? 30 : DEFAULT_SETTINGS.staleDays;
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, staleDays });

    for (const before of [globex, initech]) {
      const { stage, decisionMode, channel, preset, questionLanguage, ...account } = before;
      expect(await db.accounts.get(before.id)).toEqual(account);
      const deals = await dealsOf(db, before.id);
      expect(deals).toEqual([
        {
          id: before.id,
          accountId: before.id,
          name: before.name,
          stage,
          decisionMode,
          channel,
          preset,
          questionLanguage,
          createdAt: before.createdAt,
          updatedAt: before.updatedAt,
        },
      ]);
      const [deal] = deals;
      if (!deal) throw new Error('no deal');
      const oldPeople = people.filter((p) => p.accountId === before.id);
      const now = await peopleOf(db, before.id);
      // Each person: the same record but for their part, which moved into the deal unchanged.
      for (const was of oldPeople) {
        const { roles, stance, influence, note, ...person } = was;
        expect(now.find((p) => p.id === was.id)).toEqual({
          ...person,
          involvements: [{ dealId: deal.id, roles, stance, influence, ...(note ? { note } : {}) }],
        });
      }
      expect(now).toHaveLength(oldPeople.length);
      // Same meaning: the deal's gaps and score are what the account's were.
      const options = { now: NOW, staleDays };
      const then = assessCoverage(
        before,
        // In the order the popup reads people: by name.
        [...oldPeople]
          .sort((a, b) => (a.name < b.name ? -1 : 1))
          .map((p) => ({ ...p, dealId: deal.id, involvements: [] })),
        options,
      );
      const after = assessCoverage(
        coverageSubject(account, deal),
        stakeholdersIn(now, deal.id),
        options,
      );
      expect(after.gaps).toEqual(then.gaps);
      expect(after.score.score).toBe(then.score.score);
    }
    const { summaries } = await accountSummaries(db, { now: NOW, staleDays });
    expect(summaries.map((s) => [s.account.id, s.peopleCount, s.deals.length]).sort()).toEqual([
      ['globex', 3, 1],
      ['initech', 1, 1],
    ]);
    db.close();
  });
});

describe('opening a version 3 database kept before customer success had its name', () => {
  it('reads the department once stored as customer service as customer success', async () => {
    const name = `upgrade-dept-${Math.random()}`;
    const old = earlierVersion(name, 3);
    await old.table('accounts').put(globex);
    const support = {
      ...legacyPerson('cs', 'globex', 'Mia Wolf', { title: 'Kundenservice', roles: ['user'] }),
      department: 'customer-service',
    };
    await old.table('stakeholders').put(support);
    old.close();

    const db = openDatabase(name);
    await db.open();
    const [person] = await peopleOf(db, 'globex');
    expect(person).toMatchObject({
      id: 'cs',
      department: 'customer-success',
      title: 'Kundenservice',
    });
    expect(person?.involvements).toEqual([expect.objectContaining({ roles: ['user'] })]);
    db.close();
  });
});
