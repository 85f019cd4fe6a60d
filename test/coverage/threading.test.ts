import { describe, expect, it } from 'vitest';
import { type GapRow, seen } from './gap-row';
import { person } from './scenario';

const sales = (id: string, extra: Parameters<typeof person>[1] = {}) =>
  person(id, { department: 'sales', ...extra });

const threading: GapRow[] = [
  {
    name: 'one contact early',
    people: [person('a')],
    gap: 'single-threaded-contact',
    expected: { severity: 'warning', about: ['a'] },
  },
  {
    name: 'one contact late is critical',
    situation: { stage: 'vendor-evaluation' },
    people: [person('a')],
    gap: 'single-threaded-contact',
    expected: { severity: 'critical', about: ['a'] },
  },
  {
    name: 'two contacts are not one',
    people: [person('a'), person('b')],
    gap: 'single-threaded-contact',
    expected: null,
  },
  {
    name: 'everyone in sales',
    people: [sales('a'), sales('b'), sales('c')],
    gap: 'single-threaded-department',
    expected: { severity: 'warning', about: ['a', 'b', 'c'] },
  },
  {
    name: 'one department in a committee deal is critical',
    situation: { decisionMode: 'committee' },
    people: [sales('a'), sales('b')],
    gap: 'single-threaded-department',
    expected: { severity: 'critical', about: ['a', 'b'] },
  },
  {
    name: 'an unknown department is not proof of one department',
    people: [sales('a'), person('b')],
    gap: 'single-threaded-department',
    expected: null,
  },
  {
    name: 'two departments',
    people: [sales('a'), person('b', { department: 'finance' })],
    gap: 'single-threaded-department',
    expected: null,
  },
  {
    name: 'a chain of command across departments',
    people: [
      person('vp', { department: 'executive' }),
      person('dir', { department: 'operations', reportsToId: 'vp' }),
      person('mgr', { department: 'customer-success', reportsToId: 'dir' }),
    ],
    gap: 'single-threaded-line',
    expected: { severity: 'warning', about: ['dir', 'mgr', 'vp'] },
  },
  {
    name: 'two reports of one boss are two threads',
    people: [
      person('boss'),
      person('x', { reportsToId: 'boss' }),
      person('y', { reportsToId: 'boss' }),
    ],
    gap: 'single-threaded-line',
    expected: null,
  },
  {
    name: 'a loop in reports-to is not a chain',
    people: [person('a', { reportsToId: 'b' }), person('b', { reportsToId: 'a' })],
    gap: 'single-threaded-line',
    expected: null,
  },
  {
    name: 'one department is reported instead of the line it also forms',
    people: [sales('a'), sales('b', { reportsToId: 'a' })],
    gap: 'single-threaded-line',
    expected: null,
  },
];

describe('single-threading', () => {
  it.each(threading)('$name', (row) => {
    expect(seen(row)).toEqual(row.expected);
  });
});
