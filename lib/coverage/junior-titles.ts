/**
 * Junior job titles in the six languages, to flag a doubtful decision-maker tag: the title
 * lexicon's reading decides (an assistant post, or an entry-level word such as "intern").
 */
import { readsAsJunior } from '../extract/titles';

export function isJuniorTitle(title: string | undefined): boolean {
  return title ? readsAsJunior(title) : false;
}
