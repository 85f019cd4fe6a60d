/**
 * The one table from the product's levels to the label vocabulary of real-title sets
 * (../shared/corpus/titles-dev.json): where the product is finer or names a level otherwise,
 * the label it counts as. Shown in the README ("Measuring title reading").
 */
import type { Department, Seniority } from '../lib/model';

export const DEPARTMENT_AS_LABEL: Readonly<Partial<Record<Department, string>>> = {
  // IT security is IT in the labels; the product keeps it apart to suggest a gatekeeper.
  security: 'it',
};

export const SENIORITY_AS_LABEL: Readonly<Partial<Record<Seniority, string>>> = {
  executive: 'c-level',
  adviser: 'other',
};

export const labelDepartment = (department: Department | 'unknown'): string =>
  department === 'unknown' ? 'unknown' : (DEPARTMENT_AS_LABEL[department] ?? department);

export const labelSeniority = (seniority: Seniority | 'unknown'): string =>
  seniority === 'unknown' ? 'unknown' : (SENIORITY_AS_LABEL[seniority] ?? seniority);
