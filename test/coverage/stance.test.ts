import { describe, expect, it } from 'vitest';
import { type GapRow, seen } from './gap-row';
import { person } from './scenario';

const stance: GapRow[] = [
  {
    name: 'nobody sells for us',
    people: [person('a'), person('b')],
    gap: 'no-champion',
    expected: { severity: 'warning', about: [] },
  },
  {
    name: 'no champion while evaluating vendors is critical',
    situation: { stage: 'vendor-evaluation' },
    people: [person('a')],
    gap: 'no-champion',
    expected: { severity: 'critical', about: [] },
  },
  {
    name: 'a champion stance counts',
    people: [person('a', { stance: 'champion' })],
    gap: 'no-champion',
    expected: null,
  },
  {
    name: 'a champion tag counts',
    people: [person('a', { roles: ['champion'] })],
    gap: 'no-champion',
    expected: null,
  },
  {
    name: 'a champion tag on a blocker does not',
    people: [person('a', { roles: ['champion'], stance: 'blocker' })],
    gap: 'no-champion',
    expected: { severity: 'warning', about: [] },
  },
  {
    name: 'the only champion has low influence',
    people: [person('a', { stance: 'champion', influence: 'low' }), person('b')],
    gap: 'weak-champion',
    expected: { severity: 'warning', about: ['a'] },
  },
  {
    name: 'one strong champion is enough',
    people: [
      person('a', { stance: 'champion', influence: 'low' }),
      person('b', { roles: ['champion'], influence: 'high' }),
    ],
    gap: 'weak-champion',
    expected: null,
  },
  {
    name: 'unknown influence is not called weak',
    people: [person('a', { stance: 'champion', influence: 'unknown' })],
    gap: 'weak-champion',
    expected: null,
  },
  {
    name: 'influential blocker, nobody of equal weight',
    people: [
      person('cfo', { stance: 'blocker', influence: 'high' }),
      person('fan', { stance: 'supporter', influence: 'medium' }),
    ],
    gap: 'high-influence-blocker',
    expected: { severity: 'critical', about: ['cfo'] },
  },
  {
    name: 'influential blocker answered by an influential supporter',
    people: [
      person('cfo', { stance: 'blocker', influence: 'high' }),
      person('coo', { stance: 'supporter', influence: 'high' }),
    ],
    gap: 'high-influence-blocker',
    expected: null,
  },
  {
    name: 'a medium-influence blocker is not this gap',
    people: [person('x', { stance: 'blocker', influence: 'medium' })],
    gap: 'high-influence-blocker',
    expected: null,
  },
  {
    name: 'influential skeptic, unanswered',
    people: [person('cio', { stance: 'skeptic', influence: 'high' })],
    gap: 'high-influence-skeptic',
    expected: { severity: 'warning', about: ['cio'] },
  },
  {
    name: 'influential skeptic at purchase decision is critical',
    situation: { stage: 'purchase-decision' },
    people: [person('cio', { stance: 'skeptic', influence: 'high' })],
    gap: 'high-influence-skeptic',
    expected: { severity: 'critical', about: ['cio'] },
  },
];

describe('champions and opposition', () => {
  it.each(stance)('$name', (row) => {
    expect(seen(row)).toEqual(row.expected);
  });
});
