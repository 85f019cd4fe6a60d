/** Field-level merging of two versions of the same account or person. */
import type { Account, Deal, Evidence, Involvement, Person } from '../model';

/** Same content, whatever the key order: records from a file and from the db are compared. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Evidence is never lost in a merge: every source either side saw stays, freshest verification wins. */
export function mergeEvidence(mine: readonly Evidence[], theirs: readonly Evidence[]): Evidence[] {
  const key = (item: Evidence) => `${item.sourceUrl ?? ''}\n${item.capturedAt}\n${item.method}`;
  const merged = new Map(mine.map((item) => [key(item), item]));
  for (const item of theirs) {
    const known = merged.get(key(item));
    if (!known || known.lastVerifiedAt < item.lastVerifiedAt) merged.set(key(item), item);
  }
  return [...merged.values()];
}

/**
 * Theirs wins field by field, mine fills what theirs leaves empty: "take theirs" for a
 * different record of the same person should not drop my email because their file had none.
 */
export function takeTheirs(mine: Person, theirs: Person): Person {
  return {
    ...mine,
    // Parsed records never hold `undefined`, so a field theirs lacks leaves mine in place.
    ...theirs,
    id: mine.id,
    accountId: mine.accountId,
    createdAt: Math.min(mine.createdAt, theirs.createdAt),
    evidence: mergeEvidence(mine.evidence, theirs.evidence),
    involvements: takeTheirParts(mine.involvements, theirs.involvements),
  };
}

/**
 * Their part in a deal wins there, field by field, with my note kept when theirs has none; my
 * parts in deals their file does not have stay.
 */
export function takeTheirParts(
  mine: readonly Involvement[],
  theirs: readonly Involvement[],
): Involvement[] {
  const myPart = new Map(mine.map((part) => [part.dealId, part]));
  const theirDeals = new Set(theirs.map((part) => part.dealId));
  return [
    ...mine.filter((part) => !theirDeals.has(part.dealId)),
    ...theirs.map((part) => ({ ...myPart.get(part.dealId), ...part })),
  ];
}

/** The same deal seen twice: the side that changed it last wins; it keeps my account. */
export function mergeDeal(mine: Deal, theirs: Deal): Deal {
  const newer = theirs.updatedAt > mine.updatedAt ? theirs : mine;
  return {
    ...newer,
    id: mine.id,
    accountId: mine.accountId,
    createdAt: Math.min(mine.createdAt, theirs.createdAt),
  };
}

/**
 * The same account seen twice: domains are united (except ones another account owns) and the
 * rep's own name for it stays.
 */
export function mergeAccount(
  mine: Account,
  theirs: Account,
  ownedElsewhere: (domain: string) => boolean,
): Account {
  const extraDomains = theirs.domains.filter(
    (domain) => !mine.domains.includes(domain) && !ownedElsewhere(domain),
  );
  return {
    ...mine,
    domains: [...mine.domains, ...extraDomains],
    createdAt: Math.min(mine.createdAt, theirs.createdAt),
    updatedAt: Math.max(mine.updatedAt, theirs.updatedAt),
  };
}
