import { describe, expect, it } from 'vitest';
import {
  type AccountFilter,
  isFiltered,
  listAccounts,
  listDeals,
  NO_FILTER,
} from '../../../components/dashboard/accountList';
import type { AccountSummary, DealSummary } from '../../../lib/coverage/standings';
import { DEFAULT_DEAL_CONTEXT, type DealStage, normalizeName } from '../../../lib/model';

interface DealFields {
  name: string;
  stage: DealStage;
  score: number;
  closeDate?: string;
}

function dealSummary(accountId: string, fields: DealFields, index: number): DealSummary {
  return {
    deal: {
      id: `${accountId}-${index}`,
      accountId,
      ...DEFAULT_DEAL_CONTEXT,
      name: fields.name,
      stage: fields.stage,
      ...(fields.closeDate ? { closeDate: fields.closeDate } : {}),
      createdAt: 0,
      updatedAt: 100 - index,
    },
    score: fields.score,
    peopleCount: 0,
    topGap: undefined,
  };
}

/** An account whose first deal (the one last worked on) has the stage and score given. */
function summary(
  name: string,
  fields: {
    stage?: DealStage;
    score?: number;
    people?: string[];
    stale?: number;
    at?: number;
    more?: DealFields[];
  },
): AccountSummary {
  const people = fields.people ?? [];
  const first = { name, stage: fields.stage ?? 'exploring', score: fields.score ?? 50 };
  return {
    account: { id: name, name, domains: [], createdAt: 0, updatedAt: 0 },
    deals: [first, ...(fields.more ?? [])].map((deal, index) => dealSummary(name, deal, index)),
    score: fields.score ?? 50,
    peopleCount: people.length,
    topGap: undefined,
    lastChange: fields.at ?? 0,
    staleCount: fields.stale ?? 0,
    personNames: people,
    personKeys: people.map(normalizeName),
  };
}

const ALL = [
  summary('Northwind', {
    stage: 'vendor-evaluation',
    score: 62,
    people: ['Bo Kim', 'Ann Lee'],
    at: 5,
    more: [
      { name: 'Northwind expansion', stage: 'problem-felt', score: 20, closeDate: '2026-03-31' },
    ],
  }),
  summary('Contoso', {
    stage: 'purchase-decision',
    score: 18,
    people: ['José Núñez'],
    stale: 1,
    at: 9,
  }),
  summary('Acme', { stage: 'vendor-evaluation', score: 35, people: [], at: 1 }),
  summary('Ünicorn GmbH', {
    stage: 'exploring',
    score: 90,
    people: ['Anna Lee', 'Li Wei', 'Bo Park'],
    at: 3,
  }),
];

const names = (filter: Partial<AccountFilter>) =>
  listAccounts(ALL, { ...NO_FILTER, ...filter }).map((item) => item.summary.account.name);

describe('the accounts list', () => {
  it('shows the most recently changed first by default', () => {
    expect(names({})).toEqual(['Contoso', 'Northwind', 'Ünicorn GmbH', 'Acme']);
  });

  it('sorts by name, score either way, and people', () => {
    expect(names({ sort: 'name' })).toEqual(['Acme', 'Contoso', 'Northwind', 'Ünicorn GmbH']);
    expect(names({ sort: 'score-low' })).toEqual(['Contoso', 'Acme', 'Northwind', 'Ünicorn GmbH']);
    expect(names({ sort: 'score-high' })).toEqual(['Ünicorn GmbH', 'Northwind', 'Acme', 'Contoso']);
    expect(names({ sort: 'people' })).toEqual(['Ünicorn GmbH', 'Northwind', 'Contoso', 'Acme']);
  });

  it('finds accounts by part of their name, ignoring case and accents', () => {
    expect(names({ query: 'north' })).toEqual(['Northwind']);
    expect(names({ query: 'UNICORN' })).toEqual(['Ünicorn GmbH']);
  });

  it('finds accounts by a person on the map, and says who matched', () => {
    const found = listAccounts(ALL, { ...NO_FILTER, query: 'lee' });
    expect(found.map((f) => [f.summary.account.name, f.matchedPeople])).toEqual([
      ['Northwind', ['Ann Lee']],
      ['Ünicorn GmbH', ['Anna Lee']],
    ]);
    expect(names({ query: 'jose nunez' })).toEqual(['Contoso']);
  });

  it('filters by stage, by score below a number, and by stale people', () => {
    expect(names({ stage: 'vendor-evaluation' })).toEqual(['Northwind', 'Acme']);
    expect(names({ scoreBelow: 36 })).toEqual(['Contoso', 'Acme']);
    expect(names({ scoreBelow: 35 })).toEqual(['Contoso']);
    expect(names({ staleOnly: true })).toEqual(['Contoso']);
    expect(names({ stage: 'vendor-evaluation', scoreBelow: 50, query: 'ac' })).toEqual(['Acme']);
  });

  it('knows when anything narrows the list', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, sort: 'name' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, staleOnly: true })).toBe(true);
  });
});

describe('the deals list', () => {
  const deals = (filter: Partial<AccountFilter>, sort: 'score' | 'stage' | 'close') =>
    listDeals(ALL, { ...NO_FILTER, ...filter }, sort).map(
      (row) => `${row.accountName}: ${row.summary.deal.name}`,
    );

  it('lists every deal of every account, each with its own score, lowest first', () => {
    expect(deals({}, 'score')).toEqual([
      'Contoso: Contoso',
      'Northwind: Northwind expansion',
      'Acme: Acme',
      'Northwind: Northwind',
      'Ünicorn GmbH: Ünicorn GmbH',
    ]);
  });

  it('sorts by stage, furthest along first, and by close date, undated last', () => {
    expect(deals({}, 'stage')[0]).toBe('Contoso: Contoso');
    expect(deals({}, 'stage').at(-1)).toBe('Northwind: Northwind expansion');
    expect(deals({}, 'close')[0]).toBe('Northwind: Northwind expansion');
  });

  it('filters by the deal’s own stage and score, and finds a deal by its name', () => {
    expect(deals({ stage: 'problem-felt' }, 'score')).toEqual(['Northwind: Northwind expansion']);
    expect(deals({ scoreBelow: 30 }, 'score')).toEqual([
      'Contoso: Contoso',
      'Northwind: Northwind expansion',
    ]);
    expect(deals({ query: 'expansion' }, 'score')).toEqual(['Northwind: Northwind expansion']);
  });
});
