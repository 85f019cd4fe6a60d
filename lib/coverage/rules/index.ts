/** The full rule list, in priority order: within a severity, earlier rules are shown first. */
import type { Rule } from '../types';
import { COMMITTEE_RULES } from './committee';
import { HYGIENE_RULES } from './hygiene';
import { ROLE_RULES } from './roles';
import { STANCE_RULES } from './stance';
import { THREADING_RULES } from './threading';

export const RULES: readonly Rule[] = [
  ...ROLE_RULES,
  ...STANCE_RULES,
  ...THREADING_RULES,
  ...COMMITTEE_RULES,
  ...HYGIENE_RULES,
];
