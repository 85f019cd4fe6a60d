/**
 * Coverage of a buying committee: gaps, score, presets' vocabulary and the call brief. Pure; each
 * account's stored standing, which reads the database, is imported from './standings' itself.
 */
export { type BriefFormat, type BriefOptions, callBrief } from './brief';
export { departmentOf, type WorkingDepartment, workingDepartment } from './department';
export { isChampion, isSupporter } from './facts';
export { applicableRules, coverageGaps, explainGap, severityIn } from './gaps';
export * from './ids';
export { isJuniorTitle } from './junior-titles';
export {
  PRESETS,
  type Preset,
  type PresetRole,
  presetName,
  roleLabel,
  tracksRole,
} from './presets';
export { RULES } from './rules';
export {
  assessCoverage,
  type CoverageScore,
  coverageScore,
  type Improvement,
  type ScoreLine,
} from './score';
export {
  type Condition,
  type CoverageOptions,
  DEFAULT_STALE_DAYS,
  type Gap,
  type Rule,
  type TitleChange,
} from './types';
export { BASE_WEIGHTS, effectiveWeights, SCORE_ITEMS } from './weights';
