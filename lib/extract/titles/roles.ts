/** From department and seniority to the decision roles a rep would most likely give: suggestions only. */
import type { DecisionRole, Department } from '../../model';
import type { Seniority } from './seniority';

const TECHNICAL = new Set<Department>(['it', 'engineering', 'security', 'product']);
const PAPER = new Set<Department>(['legal', 'procurement']);

/** The role a function brings to a buying committee, whatever the level. */
function functionalRole(department: Department): DecisionRole | undefined {
  if (department === 'finance') return 'budget-holder';
  if (TECHNICAL.has(department)) return 'technical-evaluator';
  if (PAPER.has(department)) return 'procurement';
  return undefined;
}

/** Most likely first. IT security also guards the door (PRODUCT.md: gatekeeper). */
export function suggestRoles(department: Department, seniority: Seniority): DecisionRole[] {
  const functional = functionalRole(department);
  const roles: DecisionRole[] = [];
  const add = (role: DecisionRole | undefined) => {
    if (role && !roles.includes(role)) roles.push(role);
  };
  switch (seniority) {
    case 'assistant':
      add('gatekeeper');
      break;
    case 'board':
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
    case 'manager':
      add(functional);
      add('influencer');
      if (!functional && seniority === 'manager') add('user');
      break;
    default:
      add(department === 'finance' ? undefined : functional);
      add('user');
  }
  if (department === 'security') add('gatekeeper');
  return roles;
}
