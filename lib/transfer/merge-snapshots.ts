/** Merges several maps (a team's backups) into one, the way an import would, newest record winning. */
import { resolvePlan } from './apply';
import { planAgainst } from './plan';
import type { ImportProblem } from './result';
import type { Snapshot } from './snapshot';

/**
 * Each map is imported into the merge of those before it: the same account by id, domain or
 * name; the same person by id, profile URL, email, or name within the account. Where two
 * records of one person disagree, the more recently updated one wins, the other fills gaps.
 */
export function mergeSnapshots(maps: readonly Snapshot[]): {
  snapshot: Snapshot;
  warnings: ImportProblem[];
} {
  let merged: Snapshot = { accounts: [], deals: [], stakeholders: [] };
  const warnings: ImportProblem[] = [];
  for (const map of maps) {
    const plan = planAgainst(merged, map);
    const writes = resolvePlan(plan, merged, {
      choices: { 'edited-here': 'keep-mine' },
      decide: (_kind, { mine, theirs }) =>
        theirs.updatedAt >= mine.updatedAt ? 'take-theirs' : 'keep-mine',
    });
    merged = {
      accounts: upsert(merged.accounts, writes.accounts),
      deals: upsert(merged.deals, writes.deals),
      stakeholders: upsert(merged.stakeholders, writes.stakeholders),
    };
    warnings.push(...writes.summary.warnings);
  }
  return { snapshot: merged, warnings };
}

function upsert<T extends { id: string }>(records: readonly T[], changes: readonly T[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const change of changes) byId.set(change.id, change);
  return [...byId.values()];
}
