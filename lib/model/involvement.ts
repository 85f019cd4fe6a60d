/** A person's part in each deal: reading one deal's view of a person, and changing one part. */
import type { DecisionRole } from './roles';
import type { Involvement, Person, Stakeholder } from './schemas';

/** The person as this deal sees them, or undefined when they take no part in it. */
export function stakeholderIn(person: Person, dealId: string): Stakeholder | undefined {
  const part = person.involvements.find((involvement) => involvement.dealId === dealId);
  return part ? { ...person, ...part } : undefined;
}

/** The people who take part in a deal, as it sees them, in the order given. */
export function stakeholdersIn(people: readonly Person[], dealId: string): Stakeholder[] {
  const inDeal: Stakeholder[] = [];
  for (const person of people) {
    const stakeholder = stakeholderIn(person, dealId);
    if (stakeholder) inDeal.push(stakeholder);
  }
  return inDeal;
}

/** The person with their part in `involvement.dealId` set to it (added, or replacing the old). */
export function withInvolvement<P extends Person>(person: P, involvement: Involvement): P {
  const others = person.involvements.filter((part) => part.dealId !== involvement.dealId);
  return { ...person, involvements: [...others, involvement] };
}

/** Every role the person holds in any deal, each once. */
export function rolesInAnyDeal(person: Person): DecisionRole[] {
  return [...new Set(person.involvements.flatMap((part) => part.roles))];
}

/** The stored person behind a deal's view: the part goes back among their involvements. */
export function personOf(stakeholder: Stakeholder): Person {
  const { dealId, roles, stance, influence, note, ...person } = stakeholder;
  return withInvolvement(person, {
    dealId,
    roles,
    stance,
    influence,
    ...(note !== undefined ? { note } : {}),
  });
}

/**
 * The person as this deal sees them, with a blank part when they take none in it: for views
 * that show the whole account's people (the power map, the table) in one deal's terms.
 */
export function seenIn(person: Person, dealId: string): Stakeholder {
  return (
    stakeholderIn(person, dealId) ?? {
      ...person,
      dealId,
      roles: [],
      stance: 'unknown',
      influence: 'unknown',
    }
  );
}
