/** Reading a job title: department, seniority and suggested decision roles, in six languages. */
import type { DecisionRole, Department } from '../../model';
import { DEPARTMENT_RULES } from './departments';
import { matchesAny, normalizeTitle } from './patterns';
import { suggestRoles } from './roles';
import { type Seniority, seniorityOf } from './seniority';

export type { Seniority } from './seniority';
export { SENIORITIES } from './seniority';
export {
  hasRoleWord,
  looksLikeTitle,
  namesAnOffice,
  splitCompanies,
  splitOrgAndTitle,
} from './shape';

export interface TitleReading {
  department: Department;
  seniority: Seniority;
  /** Most likely first; the rep confirms. */
  roles: DecisionRole[];
}

export function departmentOf(normalized: string): Department {
  for (const [department, patterns] of DEPARTMENT_RULES) {
    if (matchesAny(normalized, patterns)) return department;
  }
  return 'other';
}

/** Suggest department, seniority and roles for a title such as "CFO" or "Финансовый директор". */
export function readTitle(title: string): TitleReading {
  const normalized = normalizeTitle(title);
  const seniority = seniorityOf(normalized);
  let department = departmentOf(normalized);
  // A general executive title names no function: the CEO's department is the executive.
  if (department === 'other' && (seniority === 'executive' || seniority === 'board')) {
    department = 'executive';
  }
  return { department, seniority, roles: suggestRoles(department, seniority) };
}
