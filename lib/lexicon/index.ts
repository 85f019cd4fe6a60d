/**
 * The vocabulary detection reads pages with, one lexicon per language (./en.ts …), compiled here
 * into the alternations the readers use. A seventh language is one more file in LEXICONS.
 */
import { de } from './de';
import { en } from './en';
import { fi } from './fi';
import { id } from './id';
import { ru } from './ru';
import type { Entry, Lexicon } from './types';
import { zh } from './zh';

export type { Entry, Language, Lexicon, PostTerms, TitleWord } from './types';

export const LEXICONS: readonly Lexicon[] = [en, de, ru, fi, id, zh];

/** A term as a regex source: special characters escaped, spaces matching any white space. */
function source(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/ /gu, '\\s+');
}

/** Longest first, so that "тел./факс" is tried before "тел". */
function alternatives(pick: (lexicon: Lexicon) => readonly Entry[]): string[] {
  const terms = new Set(LEXICONS.flatMap((lexicon) => pick(lexicon).map((entry) => entry.term)));
  return [...terms].sort((a, b) => b.length - a.length).map(source);
}

export const FIELD_LABELS = {
  name: alternatives((lexicon) => lexicon.nameLabels),
  post: alternatives((lexicon) => lexicon.postLabels),
  contact: alternatives((lexicon) => lexicon.contactLabels),
};

/** Headings of a table's name column and post column, matched anywhere in the heading. */
export const COLUMN_HEADINGS = {
  name: alternatives((lexicon) => lexicon.nameColumns),
  post: alternatives((lexicon) => lexicon.postColumns),
};

export const LIST_JOINERS = alternatives((lexicon) => lexicon.listJoiners);

export const REPRESENTATIVES = alternatives((lexicon) => lexicon.representatives);

export const CREDIT_LABELS = alternatives((lexicon) => lexicon.creditLabels);

export const COURTESY_TITLES = alternatives((lexicon) => lexicon.courtesyTitles);

export const SITE_SECTIONS = alternatives((lexicon) => lexicon.siteSections);

export const NAME_SUFFIXES = alternatives((lexicon) => lexicon.nameSuffixes);

export const FORMER_SECTIONS = alternatives((lexicon) => lexicon.formerSections);

export const AGE_UNITS = alternatives((lexicon) => lexicon.ageUnits);
