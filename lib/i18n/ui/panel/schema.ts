/**
 * What the on-page panel needs to speak: its own words and the role, stance and department
 * labels, in the rep's language only. The background sends it with the panel's context, so the
 * content script carries English alone (for its first paint) instead of every language.
 */
import { z } from 'zod/mini';
import { DECISION_ROLES, DEPARTMENTS, LANGUAGES, SENIORITIES, STANCES } from '../../../model';
import { type PanelKey, panelEn } from './en';

export type { PanelKey };
export { panelEn };

/** `Object.keys` with the literal's own key type: exact for an object literal like panelEn. */
function keysOf<T extends object>(object: T): (keyof T & string)[] {
  return Object.keys(object) as (keyof T & string)[];
}

const label = z.string().check(z.maxLength(500));

export const PanelVocabularySchema = z.object({
  language: z.enum(LANGUAGES),
  text: z.record(z.enum(keysOf(panelEn)), label),
  roles: z.record(z.enum(DECISION_ROLES), z.object({ label, description: label })),
  stances: z.record(z.enum(STANCES), label),
  departments: z.record(z.enum(DEPARTMENTS), label),
  seniorities: z.record(z.enum(SENIORITIES), label),
});
export type PanelVocabulary = z.infer<typeof PanelVocabularySchema>;
