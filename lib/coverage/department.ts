/**
 * A person's department as coverage counts it and the views show it: the one the rep set, else
 * the one their title reads as ("CFO" is finance), marked so the view can say it was read.
 */
import { readTitle } from '../extract/titles';
import type { Department, Stakeholder } from '../model';

export interface WorkingDepartment {
  department: Department;
  /** True when the rep has not set it and it was read from the title. */
  fromTitle: boolean;
}

/** Titles repeat across people and evaluations; reading one costs a few dozen pattern tests. */
const readings = new Map<string, Department | undefined>();

function departmentInTitle(title: string): Department | undefined {
  if (readings.has(title)) return readings.get(title);
  const { department } = readTitle(title);
  // "other" says the title named no function, "unknown" that it was not understood: nothing to count.
  const read = department === 'other' || department === 'unknown' ? undefined : department;
  if (readings.size > 10_000) readings.clear();
  readings.set(title, read);
  return read;
}

export function workingDepartment(
  person: Pick<Stakeholder, 'department' | 'title'>,
): WorkingDepartment | undefined {
  if (person.department) return { department: person.department, fromTitle: false };
  const read = person.title ? departmentInTitle(person.title) : undefined;
  return read ? { department: read, fromTitle: true } : undefined;
}

/** Just the department, for counting. */
export function departmentOf(
  person: Pick<Stakeholder, 'department' | 'title'>,
): Department | undefined {
  return workingDepartment(person)?.department;
}
