/** One row of a gap table: a small scenario, the gap looked for, and what the rep should see. */
import { type CoverageOptions, coverageGaps, type GapId, type Severity } from '../../lib/coverage';
import type { LegacyAccount, Stakeholder } from '../../lib/model';
import { account, OPTIONS } from './scenario';

export interface GapRow {
  name: string;
  situation?: Partial<LegacyAccount>;
  people: Stakeholder[];
  options?: Partial<CoverageOptions>;
  gap: GapId;
  /** The gap's severity and who it names, or null when the rep should not see it. */
  expected: { severity: Severity; about: string[] } | null;
}

/** What the rep sees for the row's gap: its severity and whom it names, or null. */
export function seen({ situation, people, options, gap }: GapRow) {
  const found = coverageGaps(account(situation), people, { ...OPTIONS, ...options }).find(
    (g) => g.id === gap,
  );
  return found ? { severity: found.severity, about: [...found.stakeholderIds].sort() } : null;
}
