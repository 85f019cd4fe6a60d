/** The account's deal context: what changes what "covered" means (PRODUCT.md, "each account"). */

/** The buyer's journey, in order; influence shifts toward the decision maker and procurement as it advances. */
export const DEAL_STAGES = [
  'problem-felt',
  'exploring',
  'project-approval',
  'vendor-evaluation',
  'purchase-decision',
] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

/** How this company decides. */
export const DECISION_MODES = ['committee', 'evaluators-recommend', 'top-decides'] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];

export const DEAL_CHANNELS = ['inbound', 'outbound', 'referral', 'partner'] as const;
export type DealChannel = (typeof DEAL_CHANNELS)[number];

/** Vocabularies a team may already use; all map onto the same stored roles. */
export const METHODOLOGY_PRESETS = [
  'decision-chain',
  'miller-heiman',
  'meddpicc',
  'hubspot',
  'salesforce',
] as const;
export type MethodologyPreset = (typeof METHODOLOGY_PRESETS)[number];

/** Languages of the UI and of the discovery questions. */
export const LANGUAGES = ['en', 'ru', 'zh', 'id', 'fi', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The supported language a BCP 47 tag names ("de-AT" is German; "in" is Indonesian's old
 * code), or undefined for any other.
 */
export function supportedLanguage(tag: string | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/u)[0];
  const code = primary === 'in' ? 'id' : primary;
  return LANGUAGES.find((language) => language === code);
}

/**
 * The question language a new account starts with: the customer's, as the page where its first
 * person was captured shows it; else the rep's chosen default, or ('auto') their interface's.
 */
export function startingQuestionLanguage(
  pageLanguage: string | undefined,
  chosenDefault: Language | 'auto',
  interfaceLanguage: Language,
): Language {
  return (
    supportedLanguage(pageLanguage) ??
    (chosenDefault === 'auto' ? interfaceLanguage : chosenDefault)
  );
}

export interface DealContext {
  stage: DealStage;
  decisionMode: DecisionMode;
  channel: DealChannel;
  preset: MethodologyPreset;
  questionLanguage: Language;
}

export const DEFAULT_DEAL_CONTEXT: DealContext = {
  stage: 'exploring',
  decisionMode: 'evaluators-recommend',
  channel: 'outbound',
  preset: 'decision-chain',
  questionLanguage: 'en',
};
