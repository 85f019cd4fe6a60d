/** coverageScore(): 0–100 from weighted coverage, with the improvements worth the most points. */
import type { QuestionId } from '../i18n';
import type { DecisionRole, Stakeholder } from '../model';
import { departmentOf } from './department';
import { collectFacts, type Facts } from './facts';
import { gapsFromFacts } from './gaps';
import { COMMITTEE_FUNCTIONS, type GapId, REQUIRED_ROLES, type ScoreItem } from './ids';
import { RULES } from './rules';
import { functionPresent } from './rules/committee';
import { holdsAny } from './stages';
import type { CoverageOptions, CoverageSubject, Gap } from './types';
import { effectiveWeights, SCORE_ITEMS } from './weights';

export interface ScoreLine {
  item: ScoreItem;
  /** Share of the 100 points; 0 for what the preset does not track. */
  weight: number;
  /** 0 (absent) to 1 (fully covered). */
  credit: number;
  /** Whether the account's stage and decision mode need it now. */
  due: boolean;
}

export interface Improvement {
  item: ScoreItem;
  /** Points the score would gain if the item were fully covered. */
  points: number;
  /** find: nobody covers it yet; strengthen: someone does, but stale or with little influence. */
  kind: 'find' | 'strengthen';
  /** The account's current gaps this improvement would close. */
  gapIds: readonly GapId[];
  /** Questions that would find or firm it up, even when no gap is reported yet. */
  questionIds: readonly QuestionId[];
}

export interface CoverageScore {
  score: number;
  lines: readonly ScoreLine[];
  /** Most points first. */
  improvements: readonly Improvement[];
}

const isRequiredRole = (item: ScoreItem): item is (typeof REQUIRED_ROLES)[number] =>
  REQUIRED_ROLES.some((role) => role === item);

const ruleApplies = (id: GapId, account: CoverageSubject) =>
  RULES.some((rule) => rule.id === id && holdsAny(rule.when, account));

const functionGap = (fn: (typeof COMMITTEE_FUNCTIONS)[number]): GapId => `no-${fn}-function`;

function isDue(item: ScoreItem, account: CoverageSubject): boolean {
  if (item === 'champion' || item === 'breadth') return true;
  if (item === 'committee-functions') {
    return COMMITTEE_FUNCTIONS.some((fn) => ruleApplies(functionGap(fn), account));
  }
  return isRequiredRole(item) && ruleApplies(`missing-${item}`, account);
}

/** A stale holder counts half: the rep may be relying on someone who has moved on. */
function holderCredit(person: Stakeholder, facts: Facts, role: DecisionRole): number {
  const freshness = facts.isStale(person) ? 0.5 : 1;
  const weight = role === 'champion' && person.influence === 'low' ? 0.5 : 1;
  return freshness * weight;
}

function credit(item: ScoreItem, facts: Facts): number {
  if (item === 'breadth') {
    const departments = new Set(
      facts.people.flatMap((p) => {
        const department = departmentOf(p);
        return department ? [department] : [];
      }),
    );
    return (Math.min(facts.people.length, 3) / 3 + Math.min(departments.size, 3) / 3) / 2;
  }
  if (item === 'committee-functions') {
    const due = COMMITTEE_FUNCTIONS.filter((fn) => ruleApplies(functionGap(fn), facts.account));
    const counted = due.length > 0 ? due : COMMITTEE_FUNCTIONS;
    return counted.filter((fn) => functionPresent(fn, facts.people)).length / counted.length;
  }
  const holders = item === 'champion' ? facts.champions : facts.holders(item);
  return holders.reduce((best, p) => Math.max(best, holderCredit(p, facts, item)), 0);
}

function relatedGaps(item: ScoreItem, kind: Improvement['kind']): readonly GapId[] {
  if (item === 'breadth') {
    return ['single-threaded-contact', 'single-threaded-department', 'single-threaded-line'];
  }
  if (item === 'committee-functions') return COMMITTEE_FUNCTIONS.map(functionGap);
  if (kind === 'strengthen') {
    return item === 'champion'
      ? ['weak-champion', 'stale-unverified', 'stale-changed']
      : ['stale-unverified', 'stale-changed'];
  }
  if (item === 'champion') return ['no-champion'];
  return isRequiredRole(item) ? [`missing-${item}`] : [];
}

function improvement(line: ScoreLine, gaps: readonly Gap[]): Improvement {
  const kind = line.credit === 0 ? 'find' : 'strengthen';
  const related = relatedGaps(line.item, kind);
  const open = new Set(gaps.map((gap) => gap.id));
  // Questions for gaps the account has now come first; the others still help find the person.
  const rules = RULES.filter((rule) => related.includes(rule.id));
  const questions = [
    ...rules.filter((rule) => open.has(rule.id)),
    ...rules.filter((rule) => !open.has(rule.id)),
  ].flatMap((rule) => rule.questions);
  return {
    item: line.item,
    points: Math.round(line.weight * (1 - line.credit)),
    kind,
    gapIds: related.filter((id) => open.has(id)),
    questionIds: [...new Set(questions)].slice(0, 3),
  };
}

export function scoreFromFacts(facts: Facts, gaps: readonly Gap[], limit = 3): CoverageScore {
  const weights = effectiveWeights(facts.account, (item) => isDue(item, facts.account));
  const lines = SCORE_ITEMS.map((item) => ({
    item,
    weight: weights[item],
    credit: credit(item, facts),
    due: isDue(item, facts.account),
  }));
  const score = Math.round(lines.reduce((sum, line) => sum + line.weight * line.credit, 0));
  const improvements = lines
    .filter((line) => line.credit < 1)
    .map((line) => improvement(line, gaps))
    .filter((step) => step.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, limit);
  return { score, lines, improvements };
}

/** The account's coverage score and the `limit` improvements that would raise it most. */
export function coverageScore(
  account: CoverageSubject,
  stakeholders: readonly Stakeholder[],
  options: CoverageOptions,
  limit = 3,
): CoverageScore {
  const facts = collectFacts(account, stakeholders, options);
  return scoreFromFacts(facts, gapsFromFacts(facts), limit);
}

/** Gaps and score together, working out the account's facts once: what the popup shows. */
export function assessCoverage(
  account: CoverageSubject,
  stakeholders: readonly Stakeholder[],
  options: CoverageOptions,
  limit = 3,
): { gaps: Gap[]; score: CoverageScore } {
  const facts = collectFacts(account, stakeholders, options);
  const gaps = gapsFromFacts(facts);
  return { gaps, score: scoreFromFacts(facts, gaps, limit) };
}
