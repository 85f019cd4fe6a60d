/** Buying-committee rules: finance, IT and security, legal and procurement must take part. */
import { type Department, METHODOLOGY_PRESETS, type Stakeholder } from '../../model';
import { departmentOf } from '../department';
import type { CommitteeFunction } from '../ids';
import { tracksRole } from '../presets';
import { from } from '../stages';
import type { Rule } from '../types';

const DEPARTMENTS_OF: Readonly<Record<CommitteeFunction, readonly Department[]>> = {
  finance: ['finance'],
  'it-security': ['it', 'security'],
  legal: ['legal'],
  procurement: ['procurement'],
};

/** Whether someone on the map speaks for the function. */
export function functionPresent(fn: CommitteeFunction, people: readonly Stakeholder[]): boolean {
  const departments = DEPARTMENTS_OF[fn];
  return people.some((p) => {
    const department = departmentOf(p);
    return (
      (department !== undefined && departments.includes(department)) ||
      // Whoever runs the purchase is the procurement function, whatever their department.
      (fn === 'procurement' && p.roles.includes('procurement'))
    );
  });
}

const absent =
  (fn: CommitteeFunction): Rule['detect'] =>
  ({ people }) =>
    functionPresent(fn, people) ? undefined : { stakeholderIds: [] };

/** Presets that track the procurement role already report it missing; saying it twice is noise. */
const PRESETS_WITHOUT_PROCUREMENT = METHODOLOGY_PRESETS.filter(
  (p) => !tracksRole(p, 'procurement'),
);

export const COMMITTEE_RULES: readonly Rule[] = [
  {
    id: 'no-finance-function',
    severity: 'info',
    when: [{ stages: from('exploring') }],
    escalate: [
      { when: { stages: from('project-approval') }, to: 'warning' },
      { when: { modes: ['committee'] }, to: 'warning' },
    ],
    questions: ['fin-case', 'fin-who'],
    detect: absent('finance'),
  },
  {
    id: 'no-it-security-function',
    severity: 'info',
    when: [{ stages: from('exploring') }],
    escalate: [
      { when: { stages: from('vendor-evaluation') }, to: 'warning' },
      { when: { modes: ['committee'] }, to: 'warning' },
    ],
    questions: ['it-review', 'it-integrate', 'tech-who-checks'],
    detect: absent('it-security'),
  },
  {
    id: 'no-legal-function',
    severity: 'info',
    when: [{ stages: from('project-approval') }],
    escalate: [{ when: { stages: from('vendor-evaluation') }, to: 'warning' }],
    questions: ['legal-review', 'legal-compliance'],
    detect: absent('legal'),
  },
  {
    id: 'no-procurement-function',
    severity: 'info',
    when: [{ stages: from('project-approval'), presets: PRESETS_WITHOUT_PROCUREMENT }],
    escalate: [
      { when: { stages: from('vendor-evaluation') }, to: 'warning' },
      { when: { stages: ['purchase-decision'] }, to: 'critical' },
    ],
    questions: ['proc-process', 'proc-who', 'proc-docs'],
    detect: absent('procurement'),
  },
];
