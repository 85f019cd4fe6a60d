/** The discovery question bank: every question, by id, in all six languages. */
import type { Language } from '../../model';
import { type Localized, localize } from '../localized';
import { COMMITTEE_QUESTIONS } from './committee';
import { HYGIENE_QUESTIONS } from './hygiene';
import { ROLE_QUESTIONS } from './roles';
import { STANCE_QUESTIONS } from './stance';
import { THREADING_QUESTIONS } from './threading';

export const QUESTIONS = {
  ...ROLE_QUESTIONS,
  ...STANCE_QUESTIONS,
  ...THREADING_QUESTIONS,
  ...COMMITTEE_QUESTIONS,
  ...HYGIENE_QUESTIONS,
} as const satisfies Record<string, Localized>;

export type QuestionId = keyof typeof QUESTIONS;

export function questionText(id: QuestionId, language: Language): string {
  return localize(QUESTIONS[id], language);
}
