/** coverageGaps(): runs the rules that apply to the account's situation and sorts what they find. */

import { GAP_TEXT, localize } from '../i18n';
import type { Language, Stakeholder } from '../model';
import { collectFacts, type Facts } from './facts';
import { SEVERITIES, type Severity } from './ids';
import { RULES } from './rules';
import { holds, holdsAny } from './stages';
import type { CoverageOptions, CoverageSubject, Gap, Rule } from './types';

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** The rule's severity in this situation: the most urgent of its base and matching escalations. */
export function severityIn(rule: Rule, account: CoverageSubject): Severity {
  return (rule.escalate ?? [])
    .filter((step) => holds(step.when, account))
    .reduce<Severity>(
      (worst, step) => (rank(step.to) < rank(worst) ? step.to : worst),
      rule.severity,
    );
}

export function applicableRules(account: CoverageSubject): readonly Rule[] {
  return RULES.filter((rule) => holdsAny(rule.when, account));
}

export function gapsFromFacts(facts: Facts): Gap[] {
  const gaps: Gap[] = [];
  for (const rule of applicableRules(facts.account)) {
    const finding = rule.detect(facts);
    if (!finding) continue;
    gaps.push({
      id: rule.id,
      severity: severityIn(rule, facts.account),
      stakeholderIds: finding.stakeholderIds,
      questionIds: rule.questions,
      params: finding.params ?? {},
    });
  }
  // Array.prototype.sort is stable, so rule order breaks ties.
  return gaps.sort((a, b) => rank(a.severity) - rank(b.severity));
}

/** Gaps in the account's stakeholder map, most urgent first. */
export function coverageGaps(
  account: CoverageSubject,
  stakeholders: readonly Stakeholder[],
  options: CoverageOptions,
): Gap[] {
  return gapsFromFacts(collectFacts(account, stakeholders, options));
}

/** The gap's one-line explanation in `language`. */
export function explainGap(gap: Gap, language: Language): string {
  return localize(GAP_TEXT[gap.id], language, gap.params);
}
