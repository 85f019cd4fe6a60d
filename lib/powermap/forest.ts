/** The reporting lines as a forest: who is whose manager once unknown managers and cycles are set aside. */

/** The least the power map needs to know about a person to place them. */
export interface MapPerson {
  id: string;
  reportsToId?: string | undefined;
}

export interface Forest {
  /** Manager of each placed person, only when that manager is on the map and no cycle runs through the line. */
  parent: ReadonlyMap<string, string>;
  /** Direct reports, in input order so the picture does not reshuffle when nothing changed. */
  children: ReadonlyMap<string, readonly string[]>;
  /** People with reports first, then people alone, each group in input order. */
  roots: readonly string[];
  /** People whose reporting line was ignored to break a cycle. */
  cycleBreaks: readonly string[];
}

/**
 * Builds the forest. A cycle (A reports to B, B reports to A) can only come from data edited
 * elsewhere, since the map refuses such drops; it is broken at the member whose id sorts first,
 * so the same data always gives the same picture whatever order it arrives in.
 */
export function buildForest(people: readonly MapPerson[]): Forest {
  const ids = new Set(people.map((p) => p.id));
  const parent = new Map<string, string>();
  for (const person of people) {
    const manager = person.reportsToId;
    if (manager !== undefined && manager !== person.id && ids.has(manager)) {
      parent.set(person.id, manager);
    }
  }
  const cycleBreaks = breakCycles(people, parent);
  const children = new Map<string, string[]>();
  for (const person of people) {
    const manager = parent.get(person.id);
    if (manager === undefined) continue;
    const list = children.get(manager);
    if (list) list.push(person.id);
    else children.set(manager, [person.id]);
  }
  const topLevel = people.filter((p) => !parent.has(p.id)).map((p) => p.id);
  const roots = [
    ...topLevel.filter((id) => children.has(id)),
    ...topLevel.filter((id) => !children.has(id)),
  ];
  return { parent, children, roots, cycleBreaks };
}

/** Walks up from each person once (colouring visited people), removing one line per cycle found. */
function breakCycles(people: readonly MapPerson[], parent: Map<string, string>): string[] {
  const done = new Set<string>();
  const broken: string[] = [];
  for (const start of people) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | undefined = start.id;
    while (current !== undefined && !done.has(current)) {
      if (onPath.has(current)) {
        const cycle = path.slice(path.indexOf(current));
        // Sorted as strings, so the cut does not depend on where the walk entered the cycle.
        const cut = [...cycle].sort()[0] ?? current;
        parent.delete(cut);
        broken.push(cut);
        break;
      }
      onPath.add(current);
      path.push(current);
      current = parent.get(current);
    }
    for (const id of path) done.add(id);
  }
  return broken;
}

/**
 * True when making `newManagerId` the manager of `childId` would make someone their own
 * manager, directly or through others. Stops on cycles already in the data.
 */
export function wouldCreateCycle(
  people: readonly MapPerson[],
  childId: string,
  newManagerId: string,
): boolean {
  return managementChain(people, newManagerId).includes(childId);
}

/** `id` followed by their manager, their manager's manager, and so on; ends before any repeat. */
export function managementChain(people: readonly MapPerson[], id: string): string[] {
  const managerOf = new Map(people.map((p) => [p.id, p.reportsToId]));
  const chain: string[] = [];
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    chain.push(current);
    current = managerOf.get(current);
  }
  return chain;
}
