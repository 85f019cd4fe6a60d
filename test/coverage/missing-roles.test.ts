import { describe, expect, it } from 'vitest';
import { coverageGaps, type Gap } from '../../lib/coverage';
import type { LegacyAccount } from '../../lib/model';
import { account, fullCommittee, OPTIONS, person } from './scenario';

const missingRoles = (gaps: Gap[]) =>
  Object.fromEntries(
    gaps.filter((g) => g.id.startsWith('missing-')).map((g) => [g.id, g.severity]),
  );

// One neutral contact with no role: every role that matters in the situation is missing.
const lonely = [person('a')];

describe('a required role nobody holds', () => {
  it.each<[string, Partial<LegacyAccount>, Record<string, string>]>([
    [
      'early on, the economic buyer, the initiator and users matter',
      { stage: 'problem-felt' },
      {
        'missing-economic-buyer': 'critical',
        'missing-user': 'warning',
        'missing-initiator': 'warning',
      },
    ],
    [
      'while exploring, a technical evaluator is worth finding',
      { stage: 'exploring' },
      {
        'missing-economic-buyer': 'critical',
        'missing-technical-evaluator': 'info',
        'missing-user': 'warning',
        'missing-initiator': 'info',
      },
    ],
    [
      'at project approval the budget holder is needed; evaluators recommending makes IT urgent',
      { stage: 'project-approval' },
      {
        'missing-economic-buyer': 'critical',
        'missing-budget-holder': 'warning',
        'missing-technical-evaluator': 'warning',
        'missing-user': 'warning',
      },
    ],
    [
      'evaluating vendors brings in the approver and procurement',
      { stage: 'vendor-evaluation' },
      {
        'missing-economic-buyer': 'critical',
        'missing-approver': 'warning',
        'missing-budget-holder': 'warning',
        'missing-technical-evaluator': 'warning',
        'missing-procurement': 'warning',
        'missing-user': 'warning',
      },
    ],
    [
      'at the purchase decision approver, budget and procurement are critical; users no longer asked for',
      { stage: 'purchase-decision' },
      {
        'missing-economic-buyer': 'critical',
        'missing-approver': 'critical',
        'missing-budget-holder': 'critical',
        'missing-technical-evaluator': 'warning',
        'missing-procurement': 'critical',
      },
    ],
    [
      'where the top decides, the approver is needed from project approval, and is critical',
      { stage: 'project-approval', decisionMode: 'top-decides' },
      {
        'missing-economic-buyer': 'critical',
        'missing-approver': 'critical',
        'missing-budget-holder': 'warning',
        'missing-technical-evaluator': 'info',
        'missing-user': 'warning',
      },
    ],
    [
      'a scoring committee listens to influencers',
      { stage: 'exploring', decisionMode: 'committee' },
      {
        'missing-economic-buyer': 'critical',
        'missing-technical-evaluator': 'info',
        'missing-user': 'warning',
        'missing-initiator': 'info',
        'missing-influencer': 'info',
      },
    ],
    [
      'Miller Heiman does not track approver, budget holder or procurement',
      { stage: 'purchase-decision', preset: 'miller-heiman' },
      { 'missing-economic-buyer': 'critical', 'missing-technical-evaluator': 'warning' },
    ],
    [
      'MEDDPICC asks for the paper process (procurement) but not the budget holder',
      { stage: 'purchase-decision', preset: 'meddpicc' },
      {
        'missing-economic-buyer': 'critical',
        'missing-approver': 'critical',
        'missing-technical-evaluator': 'warning',
        'missing-procurement': 'critical',
      },
    ],
    [
      'HubSpot has no technical evaluator among its buying roles',
      { stage: 'vendor-evaluation', preset: 'hubspot' },
      {
        'missing-economic-buyer': 'critical',
        'missing-approver': 'warning',
        'missing-budget-holder': 'warning',
        'missing-procurement': 'warning',
        'missing-user': 'warning',
      },
    ],
  ])('%s', (_name, situation, expected) => {
    expect(missingRoles(coverageGaps(account(situation), lonely, OPTIONS))).toEqual(expected);
  });

  it('tagging the role closes the gap', () => {
    const before = coverageGaps(account({ stage: 'vendor-evaluation' }), lonely, OPTIONS);
    const after = coverageGaps(
      account({ stage: 'vendor-evaluation' }),
      [person('a', { roles: ['procurement'] })],
      OPTIONS,
    );
    expect(before.map((g) => g.id)).toContain('missing-procurement');
    expect(after.map((g) => g.id)).not.toContain('missing-procurement');
  });

  it('a complete committee has no missing roles at any stage', () => {
    for (const stage of ['problem-felt', 'exploring', 'purchase-decision'] as const) {
      const gaps = coverageGaps(
        account({ stage, decisionMode: 'committee' }),
        fullCommittee(),
        OPTIONS,
      );
      expect(missingRoles(gaps)).toEqual({});
    }
  });

  it('missing-role gaps carry questions that ask for that role', () => {
    const gaps = coverageGaps(account({ stage: 'problem-felt' }), [], OPTIONS);
    expect(gaps.find((g) => g.id === 'missing-economic-buyer')?.questionIds).toContain(
      'eb-final-call',
    );
    expect(gaps.find((g) => g.id === 'missing-user')?.questionIds).toContain('user-daily');
  });
});
