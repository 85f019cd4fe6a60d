/** How much each part of the map is worth in the score, per preset, stage and decision mode. */
import { DECISION_ROLES, type DecisionMode, type MethodologyPreset } from '../model';
import type { ScoreItem } from './ids';
import type { DealSituation } from './stages';

export const SCORE_ITEMS: readonly ScoreItem[] = [
  ...DECISION_ROLES,
  'breadth',
  'committee-functions',
];

/** What each preset values, summing to 100; a preset weighs only the roles it tracks. */
export const BASE_WEIGHTS: Readonly<Record<MethodologyPreset, Partial<Record<ScoreItem, number>>>> =
  {
    'decision-chain': {
      'economic-buyer': 16,
      champion: 12,
      'technical-evaluator': 10,
      approver: 8,
      'budget-holder': 8,
      user: 8,
      procurement: 8,
      influencer: 4,
      initiator: 4,
      gatekeeper: 2,
      breadth: 10,
      'committee-functions': 10,
    },
    'miller-heiman': {
      'economic-buyer': 25,
      champion: 20,
      user: 15,
      'technical-evaluator': 15,
      breadth: 15,
      'committee-functions': 10,
    },
    meddpicc: {
      'economic-buyer': 22,
      champion: 20,
      procurement: 12,
      'technical-evaluator': 10,
      approver: 8,
      initiator: 8,
      breadth: 10,
      'committee-functions': 10,
    },
    hubspot: {
      'economic-buyer': 18,
      champion: 15,
      approver: 10,
      'budget-holder': 10,
      user: 10,
      procurement: 10,
      influencer: 7,
      breadth: 10,
      'committee-functions': 10,
    },
    salesforce: {
      'economic-buyer': 20,
      'technical-evaluator': 12,
      approver: 10,
      'budget-holder': 10,
      user: 10,
      influencer: 8,
      breadth: 15,
      'committee-functions': 15,
    },
  };

/** How the company decides moves weight: to the top when it decides, to breadth when a committee does. */
const MODE_FACTORS: Readonly<Record<DecisionMode, Partial<Record<ScoreItem, number>>>> = {
  'top-decides': { 'economic-buyer': 2, approver: 2, breadth: 0.75 },
  committee: { breadth: 2, 'committee-functions': 2, influencer: 1.5 },
  'evaluators-recommend': { 'technical-evaluator': 1.5, user: 1.25, champion: 1.25 },
};

/** Spelt out so the type checker proves every item has a weight. */
const NO_WEIGHTS: Readonly<Record<ScoreItem, number>> = {
  'economic-buyer': 0,
  approver: 0,
  'budget-holder': 0,
  'technical-evaluator': 0,
  influencer: 0,
  user: 0,
  procurement: 0,
  gatekeeper: 0,
  initiator: 0,
  champion: 0,
  breadth: 0,
  'committee-functions': 0,
};

/** Not needed yet at this stage: still worth something, so early work shows, but little. */
export const NOT_DUE_FACTOR = 0.25;

/**
 * Integer weights summing to exactly 100 (largest remainder), so a fully covered map scores
 * 100 and each improvement's points add up to what the rep sees move.
 */
export function effectiveWeights(
  deal: DealSituation,
  isDue: (item: ScoreItem) => boolean,
): Record<ScoreItem, number> {
  const base = BASE_WEIGHTS[deal.preset];
  const raw = SCORE_ITEMS.map((item) => {
    const mode = MODE_FACTORS[deal.decisionMode][item] ?? 1;
    return (base[item] ?? 0) * mode * (isDue(item) ? 1 : NOT_DUE_FACTOR);
  });
  const total = raw.reduce((a, b) => a + b, 0);
  const exact = raw.map((w) => (total === 0 ? 0 : (w * 100) / total));
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((w, i) => ({ i, rest: w - Math.floor(w) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  const weights = { ...NO_WEIGHTS };
  SCORE_ITEMS.forEach((item, i) => {
    weights[item] = floors[i] ?? 0;
  });
  return weights;
}
