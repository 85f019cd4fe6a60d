/** Missing-role rules: which roles must be held, from which stage, and how urgent the hole is. */

import type { QuestionId } from '../../i18n';
import { METHODOLOGY_PRESETS } from '../../model';
import type { RequiredRole, Severity } from '../ids';
import { tracksRole } from '../presets';
import { from, until } from '../stages';
import type { Condition, Rule } from '../types';

interface RoleRequirement {
  severity: Severity;
  when: readonly Condition[];
  escalate?: Rule['escalate'];
  questions: readonly QuestionId[];
}

/**
 * Influence shifts toward the decision maker and procurement as the journey advances, so the
 * approver and procurement matter late, the initiator and users early, the economic buyer always.
 */
const REQUIREMENTS: Readonly<Record<RequiredRole, RoleRequirement>> = {
  'economic-buyer': {
    severity: 'critical',
    when: [{}],
    questions: ['eb-final-call', 'eb-budget-owner', 'eb-last-similar', 'eb-priorities'],
  },
  approver: {
    severity: 'warning',
    // Where the top decides, the person who signs is worth finding before the project is approved.
    when: [
      { stages: from('vendor-evaluation') },
      { stages: from('project-approval'), modes: ['top-decides'] },
    ],
    escalate: [
      { when: { stages: ['purchase-decision'] }, to: 'critical' },
      { when: { modes: ['top-decides'] }, to: 'critical' },
    ],
    questions: ['approver-signoff', 'approver-threshold', 'approver-timing'],
  },
  'budget-holder': {
    severity: 'warning',
    when: [{ stages: from('project-approval') }],
    escalate: [{ when: { stages: ['purchase-decision'] }, to: 'critical' }],
    questions: ['budget-exists', 'budget-who', 'budget-cycle'],
  },
  'technical-evaluator': {
    severity: 'info',
    when: [{ stages: from('exploring') }],
    escalate: [
      { when: { stages: from('vendor-evaluation') }, to: 'warning' },
      // When evaluators recommend, their verdict is most of the decision.
      {
        when: { stages: from('project-approval'), modes: ['evaluators-recommend'] },
        to: 'warning',
      },
    ],
    questions: ['tech-who-checks', 'tech-criteria', 'tech-past-veto'],
  },
  user: {
    severity: 'warning',
    when: [{ stages: until('vendor-evaluation') }],
    questions: ['user-daily', 'user-today', 'user-trial'],
  },
  procurement: {
    severity: 'warning',
    when: [{ stages: from('vendor-evaluation') }],
    escalate: [{ when: { stages: ['purchase-decision'] }, to: 'critical' }],
    questions: ['proc-process', 'proc-who', 'proc-docs'],
  },
  initiator: {
    severity: 'info',
    when: [{ stages: until('exploring') }],
    escalate: [{ when: { stages: ['problem-felt'] }, to: 'warning' }],
    questions: ['init-origin', 'init-why-now'],
  },
  influencer: {
    severity: 'info',
    // A scoring committee listens to advisers a rep rarely meets unless they ask.
    when: [
      { stages: from('exploring').filter((s) => s !== 'purchase-decision'), modes: ['committee'] },
    ],
    questions: ['infl-trusted', 'infl-advisers'],
  },
};

/** A role is only required under presets that track it: the team's method decides what counts. */
function missingRole(role: RequiredRole): Rule {
  const requirement = REQUIREMENTS[role];
  const presets = METHODOLOGY_PRESETS.filter((preset) => tracksRole(preset, role));
  return {
    id: `missing-${role}`,
    severity: requirement.severity,
    when: requirement.when.map((condition) => ({ ...condition, presets })),
    escalate: requirement.escalate ?? [],
    questions: requirement.questions,
    detect: (facts) => (facts.holders(role).length === 0 ? { stakeholderIds: [] } : undefined),
  };
}

export const ROLE_RULES: readonly Rule[] = [
  missingRole('economic-buyer'),
  missingRole('approver'),
  missingRole('budget-holder'),
  missingRole('technical-evaluator'),
  missingRole('procurement'),
  missingRole('user'),
  missingRole('initiator'),
  missingRole('influencer'),
];
