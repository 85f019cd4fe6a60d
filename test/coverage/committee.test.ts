import { describe, expect, it } from 'vitest';
import { type GapRow, seen } from './gap-row';
import { person } from './scenario';

const committee: GapRow[] = [
  {
    name: 'no finance before the problem is explored is not asked',
    situation: { stage: 'problem-felt' },
    people: [person('a')],
    gap: 'no-finance-function',
    expected: null,
  },
  {
    name: 'no finance while exploring is a note',
    people: [person('a')],
    gap: 'no-finance-function',
    expected: { severity: 'info', about: [] },
  },
  {
    name: 'no finance at project approval is a warning',
    situation: { stage: 'project-approval' },
    people: [person('a')],
    gap: 'no-finance-function',
    expected: { severity: 'warning', about: [] },
  },
  {
    name: 'a committee needs finance early',
    situation: { decisionMode: 'committee' },
    people: [person('a')],
    gap: 'no-finance-function',
    expected: { severity: 'warning', about: [] },
  },
  {
    name: 'someone in finance closes it',
    people: [person('a', { department: 'finance' })],
    gap: 'no-finance-function',
    expected: null,
  },
  {
    name: 'security counts as IT/security',
    people: [person('a', { department: 'security' })],
    gap: 'no-it-security-function',
    expected: null,
  },
  {
    name: 'no IT while evaluating vendors',
    situation: { stage: 'vendor-evaluation' },
    people: [person('a')],
    gap: 'no-it-security-function',
    expected: { severity: 'warning', about: [] },
  },
  {
    name: 'legal is not asked for while exploring',
    people: [person('a')],
    gap: 'no-legal-function',
    expected: null,
  },
  {
    name: 'no legal while evaluating vendors',
    situation: { stage: 'vendor-evaluation' },
    people: [person('a')],
    gap: 'no-legal-function',
    expected: { severity: 'warning', about: [] },
  },
  {
    name: 'procurement function where the preset has no procurement role',
    situation: { stage: 'purchase-decision', preset: 'salesforce' },
    people: [person('a')],
    gap: 'no-procurement-function',
    expected: { severity: 'critical', about: [] },
  },
  {
    name: 'a procurement role covers the function',
    situation: { stage: 'purchase-decision', preset: 'miller-heiman' },
    people: [person('a', { roles: ['procurement'] })],
    gap: 'no-procurement-function',
    expected: null,
  },
  {
    name: 'not said twice where the preset asks for the role',
    situation: { stage: 'purchase-decision' },
    people: [person('a')],
    gap: 'no-procurement-function',
    expected: null,
  },
];

describe('buying-committee functions', () => {
  it.each(committee)('$name', (row) => {
    expect(seen(row)).toEqual(row.expected);
  });
});
