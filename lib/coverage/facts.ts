/** What every rule needs to know about an account, worked out once per evaluation. */
import type { DecisionRole, Stakeholder } from '../model';
import type { CoverageOptions, CoverageSubject, TitleChange } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Facts {
  account: CoverageSubject;
  people: readonly Stakeholder[];
  byId: ReadonlyMap<string, Stakeholder>;
  holders: (role: DecisionRole) => readonly Stakeholder[];
  /** People who sell for us: tagged champion, or whose stance is champion. */
  champions: readonly Stakeholder[];
  isStale: (person: Stakeholder) => boolean;
  lastVerifiedAt: (person: Stakeholder) => number;
  staleDays: number;
  titleChanges: readonly TitleChange[];
}

/** A champion tag on someone we also marked as opposed is a contradiction; the stance wins. */
export function isChampion(person: Pick<Stakeholder, 'roles' | 'stance'>): boolean {
  if (person.stance === 'champion') return true;
  return (
    person.roles.includes('champion') && person.stance !== 'skeptic' && person.stance !== 'blocker'
  );
}

export function isSupporter(person: Pick<Stakeholder, 'roles' | 'stance'>): boolean {
  return isChampion(person) || person.stance === 'supporter';
}

/** Hand-entered people may have no evidence; their last edit is the last time the rep looked. */
function lastVerifiedAt(person: Stakeholder): number {
  return person.evidence.reduce(
    (latest, e) => Math.max(latest, e.lastVerifiedAt),
    person.evidence.length === 0 ? person.updatedAt : 0,
  );
}

/** What a page last showed of a person that the map does not have, as coverage reads it. */
function seenDifferently(person: Stakeholder): TitleChange[] {
  const seen = person.seenDifferently;
  if (!seen) return [];
  return [
    {
      stakeholderId: person.id,
      ...(seen.title !== undefined ? { title: seen.title } : {}),
      ...(seen.company !== undefined ? { company: seen.company } : {}),
      seenAt: seen.seenAt,
    },
  ];
}

export function collectFacts(
  account: CoverageSubject,
  people: readonly Stakeholder[],
  options: CoverageOptions,
): Facts {
  const byRole = new Map<DecisionRole, Stakeholder[]>();
  for (const person of people) {
    for (const role of new Set(person.roles)) {
      const list = byRole.get(role);
      if (list) list.push(person);
      else byRole.set(role, [person]);
    }
  }
  const staleBefore = options.now - options.staleDays * DAY_MS;
  return {
    account,
    people,
    byId: new Map(people.map((person) => [person.id, person])),
    holders: (role) => byRole.get(role) ?? [],
    champions: people.filter(isChampion),
    isStale: (person) => lastVerifiedAt(person) < staleBefore,
    lastVerifiedAt,
    staleDays: options.staleDays,
    titleChanges: options.titleChanges ?? people.flatMap(seenDifferently),
  };
}
