/** Small builders for coverage scenarios: an account in a situation and the people on its map. */

import type { CoverageOptions } from '../../lib/coverage';
import type { DecisionRole, LegacyAccount, Stakeholder } from '../../lib/model';
import { DEFAULT_DEAL_CONTEXT, normalizeName } from '../../lib/model';

export const NOW = Date.UTC(2025, 5, 1);
export const DAY = 24 * 60 * 60 * 1000;
export const OPTIONS: CoverageOptions = { now: NOW, staleDays: 14 };

/** An account with the context of its one deal, as coverage judges it. */
export function account(overrides: Partial<LegacyAccount> = {}): LegacyAccount {
  return {
    id: 'acme',
    name: 'Acme Industries',
    domains: ['acme.example'],
    ...DEFAULT_DEAL_CONTEXT,
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - DAY,
    ...overrides,
  };
}

type PersonOverrides = Partial<Omit<Stakeholder, 'roles'>> & {
  roles?: DecisionRole[];
  /** Days since the rep last verified this person. */
  verifiedDaysAgo?: number;
};

export function person(id: string, overrides: PersonOverrides = {}): Stakeholder {
  const { verifiedDaysAgo = 1, ...fields } = overrides;
  const name = fields.name ?? `Person ${id}`;
  return {
    id,
    accountId: 'acme',
    dealId: fields.accountId ?? 'acme',
    involvements: [],
    name,
    normalizedName: normalizeName(name),
    roles: [],
    stance: 'neutral',
    influence: 'medium',
    evidence: [
      {
        sourceUrl: `https://acme.example/team#${id}`,
        capturedAt: NOW - 40 * DAY,
        method: 'structured-data',
        lastVerifiedAt: NOW - verifiedDaysAgo * DAY,
      },
    ],
    createdAt: NOW - 40 * DAY,
    updatedAt: NOW - verifiedDaysAgo * DAY,
    ...fields,
  };
}

/** A map that covers every role and function, all fresh, so a test can take one piece away. */
export function fullCommittee(): Stakeholder[] {
  return [
    person('ceo', {
      roles: ['approver'],
      department: 'executive',
      influence: 'high',
      stance: 'supporter',
    }),
    person('cfo', {
      roles: ['economic-buyer', 'budget-holder'],
      department: 'finance',
      influence: 'high',
      reportsToId: 'ceo',
    }),
    person('cio', {
      roles: ['technical-evaluator', 'gatekeeper'],
      department: 'it',
      reportsToId: 'ceo',
    }),
    person('ops', {
      roles: ['champion', 'initiator', 'influencer'],
      department: 'operations',
      stance: 'champion',
      influence: 'high',
    }),
    person('agent', { roles: ['user'], department: 'customer-success', reportsToId: 'ops' }),
    person('buyer', { roles: ['procurement'], department: 'procurement', reportsToId: 'cfo' }),
    person('counsel', { department: 'legal', reportsToId: 'ceo' }),
  ];
}
