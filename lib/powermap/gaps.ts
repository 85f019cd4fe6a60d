/** Which roles the power map shows as empty dashed slots: the ones coverage says are missing. */
import type { Gap } from '../coverage';
import { DECISION_ROLES, type DecisionRole } from '../model';

/**
 * Roles a current gap asks for, in the catalogue's order (most decisive first). Only gaps the
 * account's stage makes relevant are passed in, so a slot means "look for this person now".
 */
export function missingRoles(gaps: readonly Pick<Gap, 'id'>[]): DecisionRole[] {
  const wanted = new Set<string>(
    gaps.flatMap((gap) =>
      gap.id === 'no-champion'
        ? ['champion']
        : gap.id.startsWith('missing-')
          ? [gap.id.slice('missing-'.length)]
          : [],
    ),
  );
  return DECISION_ROLES.filter((role) => wanted.has(role));
}
