/** The shapes coverage works with: its inputs, the gaps it reports, and a rule's declaration. */
import type { Params, QuestionId } from '../i18n';
import type { DealContext, DealStage, DecisionMode, MethodologyPreset } from '../model';
import type { Facts } from './facts';
import type { GapId, Severity } from './ids';

/**
 * The deal coverage judges: its context, the account's name (a person seen at another company
 * is compared with it) and the deal's own name, which the call brief shows beside it.
 */
export type CoverageSubject = DealContext & { name: string; dealName?: string };

/** The page shows a person differently from the map (from detection, when it re-sees them). */
export interface TitleChange {
  stakeholderId: string;
  /** The title the page shows now. */
  title?: string;
  /** The company the page shows now. */
  company?: string;
  /** When the page was seen; a change seen before the rep last verified the person is old news. */
  seenAt: number;
}

export interface CoverageOptions {
  /** Epoch milliseconds; passed in so the functions stay pure. */
  now: number;
  /** A person not verified for longer than this is stale. */
  staleDays: number;
  /** Defaults to what pages last showed of the people (Stakeholder.seenDifferently). */
  titleChanges?: readonly TitleChange[];
}

export const DEFAULT_STALE_DAYS = 14;

export interface Gap {
  id: GapId;
  severity: Severity;
  /** The people the gap is about; empty when it is about someone not on the map yet. */
  stakeholderIds: readonly string[];
  /** Discovery questions that would close it, best first. */
  questionIds: readonly QuestionId[];
  /** Values for the placeholders of its explanation. */
  params: Params;
}

/** A situation; a field left out matches anything. */
export interface Condition {
  stages?: readonly DealStage[];
  modes?: readonly DecisionMode[];
  presets?: readonly MethodologyPreset[];
}

export interface Finding {
  stakeholderIds: readonly string[];
  params?: Params;
}

export interface Rule {
  id: GapId;
  severity: Severity;
  /** The rule is checked when any of these holds. */
  when: readonly Condition[];
  /** Situations in which the gap is more urgent; the most urgent match wins. */
  escalate?: readonly { when: Condition; to: Severity }[];
  questions: readonly QuestionId[];
  /** The gap on this account, or undefined when there is none. */
  detect: (facts: Facts) => Finding | undefined;
}
