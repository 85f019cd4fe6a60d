/** The names coverage speaks in: severities, gap ids and score items. No logic, so i18n can import it. */
import type { DecisionRole } from '../model';

/** Most urgent first; gaps sort in this order. */
export const SEVERITIES = ['critical', 'warning', 'check', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Roles a missing-role rule can ask for. Gatekeepers are never required; champions have their own rules. */
export const REQUIRED_ROLES = [
  'economic-buyer',
  'approver',
  'budget-holder',
  'technical-evaluator',
  'user',
  'procurement',
  'initiator',
  'influencer',
] as const satisfies readonly DecisionRole[];
export type RequiredRole = (typeof REQUIRED_ROLES)[number];

/** Buying-committee functions that must take part, whatever roles their people hold. */
export const COMMITTEE_FUNCTIONS = ['finance', 'it-security', 'legal', 'procurement'] as const;
export type CommitteeFunction = (typeof COMMITTEE_FUNCTIONS)[number];

export const GAP_IDS = [
  ...REQUIRED_ROLES.map((role) => `missing-${role}` as const),
  'no-champion',
  'weak-champion',
  'single-threaded-contact',
  'single-threaded-department',
  'single-threaded-line',
  'high-influence-blocker',
  'high-influence-skeptic',
  'stance-differs-across-deals',
  ...COMMITTEE_FUNCTIONS.map((fn) => `no-${fn}-function` as const),
  'title-contradicts-role',
  'stale-unverified',
  'stale-changed',
  'economic-buyer-no-reporting-line',
] as const;
export type GapId = (typeof GAP_IDS)[number];

/** What the score weighs: each role a preset tracks, plus breadth and the committee's functions. */
export type ScoreItem = DecisionRole | 'breadth' | 'committee-functions';
