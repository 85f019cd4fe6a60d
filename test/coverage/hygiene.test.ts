import { describe, expect, it } from 'vitest';
import { type GapRow, seen } from './gap-row';
import { DAY, NOW, person } from './scenario';

const hygiene: GapRow[] = [
  {
    name: 'an intern tagged economic buyer',
    people: [person('i', { title: 'Marketing Intern', roles: ['economic-buyer'] })],
    gap: 'title-contradicts-role',
    expected: { severity: 'check', about: ['i'] },
  },
  {
    name: 'an executive assistant tagged approver',
    people: [person('ea', { title: 'Executive Assistant to the CEO', roles: ['approver'] })],
    gap: 'title-contradicts-role',
    expected: { severity: 'check', about: ['ea'] },
  },
  {
    name: 'a German assistant tagged budget holder',
    people: [person('a', { title: 'Assistenz der Geschäftsführung', roles: ['budget-holder'] })],
    gap: 'title-contradicts-role',
    expected: { severity: 'check', about: ['a'] },
  },
  {
    name: 'a junior title as a user is fine',
    people: [person('j', { title: 'Junior Analyst', roles: ['user'] })],
    gap: 'title-contradicts-role',
    expected: null,
  },
  {
    name: 'a head of international sales as economic buyer is fine',
    people: [person('h', { title: 'Head of International Sales', roles: ['economic-buyer'] })],
    gap: 'title-contradicts-role',
    expected: null,
  },
  {
    name: 'not verified for 20 days',
    people: [person('a', { verifiedDaysAgo: 20 }), person('b', { verifiedDaysAgo: 3 })],
    gap: 'stale-unverified',
    expected: { severity: 'info', about: ['a'] },
  },
  {
    name: 'stale matters more late',
    situation: { stage: 'purchase-decision' },
    people: [person('a', { verifiedDaysAgo: 20 })],
    gap: 'stale-unverified',
    expected: { severity: 'warning', about: ['a'] },
  },
  {
    name: 'the stale period is a setting',
    people: [person('a', { verifiedDaysAgo: 20 })],
    options: { staleDays: 30 },
    gap: 'stale-unverified',
    expected: null,
  },
  {
    name: 'a hand-entered person with no evidence ages from the last edit',
    people: [person('m', { evidence: [], updatedAt: NOW - 15 * DAY })],
    gap: 'stale-unverified',
    expected: { severity: 'info', about: ['m'] },
  },
  {
    name: 'the page shows a new title',
    people: [person('a', { title: 'CFO' })],
    options: { titleChanges: [{ stakeholderId: 'a', title: 'Advisor', seenAt: NOW }] },
    gap: 'stale-changed',
    expected: { severity: 'warning', about: ['a'] },
  },
  {
    name: 'the page shows a new company',
    people: [person('a', { title: 'CFO' })],
    options: { titleChanges: [{ stakeholderId: 'a', company: 'Globex', seenAt: NOW }] },
    gap: 'stale-changed',
    expected: { severity: 'warning', about: ['a'] },
  },
  {
    name: 'the same company with a suffix is no change',
    people: [person('a')],
    options: {
      titleChanges: [{ stakeholderId: 'a', company: 'Acme Industries GmbH', seenAt: NOW }],
    },
    gap: 'stale-changed',
    expected: null,
  },
  {
    name: 'the same title in other case is no change',
    people: [person('a', { title: 'Chief Financial Officer' })],
    options: {
      titleChanges: [{ stakeholderId: 'a', title: 'chief financial officer', seenAt: NOW }],
    },
    gap: 'stale-changed',
    expected: null,
  },
  {
    name: 'a change the rep has verified since is old news',
    people: [person('a', { title: 'CFO', verifiedDaysAgo: 1 })],
    options: { titleChanges: [{ stakeholderId: 'a', title: 'CEO', seenAt: NOW - 2 * DAY }] },
    gap: 'stale-changed',
    expected: null,
  },
  {
    name: 'a change for someone not on the map is ignored',
    people: [person('a')],
    options: { titleChanges: [{ stakeholderId: 'ghost', title: 'CEO', seenAt: NOW }] },
    gap: 'stale-changed',
    expected: null,
  },
  {
    name: 'economic buyer with nobody above',
    people: [person('eb', { roles: ['economic-buyer'] })],
    gap: 'economic-buyer-no-reporting-line',
    expected: { severity: 'info', about: ['eb'] },
  },
  {
    name: 'where the top decides, the buyer’s boss matters more',
    situation: { decisionMode: 'top-decides' },
    people: [person('eb', { roles: ['economic-buyer'] })],
    gap: 'economic-buyer-no-reporting-line',
    expected: { severity: 'warning', about: ['eb'] },
  },
  {
    name: 'a known boss closes it',
    people: [person('ceo'), person('eb', { roles: ['economic-buyer'], reportsToId: 'ceo' })],
    gap: 'economic-buyer-no-reporting-line',
    expected: null,
  },
  {
    name: 'an economic buyer who is also the approver is the top',
    people: [person('ceo', { roles: ['economic-buyer', 'approver'] })],
    gap: 'economic-buyer-no-reporting-line',
    expected: null,
  },
  {
    name: 'no economic buyer: the missing-role gap says it',
    people: [person('a')],
    gap: 'economic-buyer-no-reporting-line',
    expected: null,
  },
];

describe('trust in the map: titles, staleness, hierarchy', () => {
  it.each(hygiene)('$name', (row) => {
    expect(seen(row)).toEqual(row.expected);
  });
});
