/** From department and seniority to the decision roles a rep would most likely give: suggestions only. */
import type { DecisionRole, Department, Seniority } from '../../model';

const TECHNICAL = new Set<Department>(['it', 'engineering', 'security', 'product', 'research']);
const PAPER = new Set<Department>(['legal', 'procurement']);

/** The role a function brings to a buying committee, whatever the level. */
function functionalRole(department: Department | 'unknown'): DecisionRole | undefined {
  if (department === 'finance') return 'budget-holder';
  if (department !== 'unknown' && TECHNICAL.has(department)) return 'technical-evaluator';
  if (department !== 'unknown' && PAPER.has(department)) return 'procurement';
  return undefined;
}

/** Most likely first. IT security and assistants also guard the door (PRODUCT.md: gatekeeper). */
export function suggestRoles(
  department: Department | 'unknown',
  seniority: Seniority | 'unknown',
): DecisionRole[] {
  const functional = functionalRole(department);
  const roles: DecisionRole[] = [];
  const add = (role: DecisionRole | undefined) => {
    if (role && !roles.includes(role)) roles.push(role);
  };
  switch (seniority) {
    case 'unknown':
      return [];
    case 'assistant':
      add('gatekeeper');
      break;
    case 'board':
      add('approver');
      break;
    case 'owner':
      add('economic-buyer');
      add('approver');
      break;
    case 'executive':
      add(functional);
      add('economic-buyer');
      if (department === 'executive') add('approver');
      break;
    case 'vp':
      add(functional);
      add(functional ? 'influencer' : 'economic-buyer');
      add('influencer');
      break;
    case 'director':
    case 'head':
    case 'manager':
      add(functional);
      add('influencer');
      if (!functional && seniority === 'manager') add('user');
      break;
    case 'adviser':
      add('influencer');
      break;
    default:
      add(department === 'finance' ? undefined : functional);
      add('user');
  }
  if (department === 'security') add('gatekeeper');
  return roles;
}
