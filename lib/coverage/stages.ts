/** Stage ranges and condition matching, so rules can say "from vendor evaluation on". */
import { DEAL_STAGES, type DealContext, type DealStage } from '../model';
import type { Condition } from './types';

export function from(stage: DealStage): readonly DealStage[] {
  return DEAL_STAGES.slice(DEAL_STAGES.indexOf(stage));
}

export function until(stage: DealStage): readonly DealStage[] {
  return DEAL_STAGES.slice(0, DEAL_STAGES.indexOf(stage) + 1);
}

export type DealSituation = Pick<DealContext, 'stage' | 'decisionMode' | 'preset'>;

export function holds(condition: Condition, deal: DealSituation): boolean {
  return (
    (condition.stages?.includes(deal.stage) ?? true) &&
    (condition.modes?.includes(deal.decisionMode) ?? true) &&
    (condition.presets?.includes(deal.preset) ?? true)
  );
}

export function holdsAny(conditions: readonly Condition[], deal: DealSituation): boolean {
  return conditions.some((condition) => holds(condition, deal));
}
