/**
 * What dropping one person onto another (or onto "no manager") means, decided before anything
 * is saved. Decisions carry ids, not sentences: the view words them in the rep's language.
 */
import { managementChain } from './forest';

export interface ReportingPerson {
  id: string;
  reportsToId?: string | undefined;
}

export type DropDecision =
  | { kind: 'set'; childId: string; managerId: string | undefined }
  /**
   * The manager already reports to the child, so the line would close a loop. `through` lists
   * the people in between, manager's side first ("reports to Max through Ann"), to say why.
   */
  | { kind: 'refuse'; childId: string; managerId: string; through: string[] }
  /** Nothing would change: dropped on itself, on the manager they already have, or on nobody known. */
  | { kind: 'none' };

export function decideManager(
  people: readonly ReportingPerson[],
  childId: string,
  managerId: string | undefined,
): DropDecision {
  const child = people.find((p) => p.id === childId);
  if (!child || childId === managerId || child.reportsToId === managerId) return { kind: 'none' };
  if (managerId === undefined) return { kind: 'set', childId, managerId };
  if (!people.some((p) => p.id === managerId)) return { kind: 'none' };
  const chain = managementChain(people, managerId);
  const at = chain.indexOf(childId);
  if (at >= 0) return { kind: 'refuse', childId, managerId, through: chain.slice(1, at) };
  return { kind: 'set', childId, managerId };
}
