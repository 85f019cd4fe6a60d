/** Single-threading rules: one contact, one department, or one chain of command. */
import type { Stakeholder } from '../../model';
import { departmentOf } from '../department';
import { from } from '../stages';
import type { Rule } from '../types';

function allInOneDepartment(people: readonly Stakeholder[]): boolean {
  const first = people[0] && departmentOf(people[0]);
  return (
    people.length >= 2 && first !== undefined && people.every((p) => departmentOf(p) === first)
  );
}

/** True when the people form one unbranched chain: each reports to the next, up to one top. */
function allInOneLine(people: readonly Stakeholder[]): boolean {
  if (people.length < 2) return false;
  const ids = new Set(people.map((p) => p.id));
  const childOf = new Map<string, string>();
  let top: string | undefined;
  for (const person of people) {
    const boss = person.reportsToId;
    if (boss === undefined || !ids.has(boss)) {
      if (top !== undefined) return false;
      top = person.id;
    } else {
      if (childOf.has(boss)) return false;
      childOf.set(boss, person.id);
    }
  }
  // Walking down from the top must reach everyone, or part of the "chain" is a loop.
  let seen = 0;
  for (let at = top; at !== undefined && seen <= people.length; at = childOf.get(at)) seen++;
  return seen === people.length;
}

const allIds = (people: readonly Stakeholder[]) => people.map((p) => p.id);

export const THREADING_RULES: readonly Rule[] = [
  {
    id: 'single-threaded-contact',
    severity: 'warning',
    when: [{}],
    escalate: [{ when: { stages: from('project-approval') }, to: 'critical' }],
    questions: ['thread-who-else', 'thread-affected', 'thread-next-meeting'],
    detect: ({ people }) => (people.length === 1 ? { stakeholderIds: allIds(people) } : undefined),
  },
  {
    id: 'single-threaded-department',
    severity: 'warning',
    // A scoring committee spans departments by design; knowing one of them is knowing a fraction.
    escalate: [{ when: { modes: ['committee'] }, to: 'critical' }],
    when: [{}],
    questions: ['thread-other-teams', 'thread-affected', 'thread-who-else'],
    detect: ({ people }) =>
      allInOneDepartment(people) ? { stakeholderIds: allIds(people) } : undefined,
  },
  {
    id: 'single-threaded-line',
    severity: 'warning',
    when: [{}],
    questions: ['thread-peers', 'thread-other-teams', 'thread-next-meeting'],
    // One department is already reported, and says the same thing louder.
    detect: ({ people }) =>
      allInOneLine(people) && !allInOneDepartment(people)
        ? { stakeholderIds: allIds(people) }
        : undefined,
  },
];
