/** Reading a job title: department, seniority and suggested decision roles, in six languages. */
import type { DecisionRole, Department, Seniority } from '../../model';
import { readPost } from './read';
import { suggestRoles } from './roles';

export {
  hasRoleWord,
  looksLikeTitle,
  namesAnOffice,
  splitCompanies,
  splitOrgAndTitle,
} from './shape';

export interface TitleReading {
  /** `unknown` when the lexicon knows no word of the title: shown blank, never guessed. */
  department: Department | 'unknown';
  seniority: Seniority | 'unknown';
  /** Most likely first; the rep confirms. */
  roles: DecisionRole[];
}

/** Whether a title names an entry-level post (assistant, intern, junior, trainee, coordinator). */
export function readsAsJunior(title: string): boolean {
  return readPost(title).junior;
}

/** Suggest department, seniority and roles for a title such as "CFO" or "Финансовый директор". */
export function readTitle(title: string): TitleReading {
  const { department, seniority } = readPost(title);
  return { department, seniority, roles: suggestRoles(department, seniority) };
}
