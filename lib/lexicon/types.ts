/** The shape of one language's lexicon: words as data, each with an example of it in use. */

export type Language = 'en' | 'de' | 'ru' | 'fi' | 'id' | 'zh';

/** One term and a line a page could show it in; the example keeps each entry checkable. */
export interface Entry {
  term: string;
  example: string;
}

/**
 * Words of posts, as alternations in the one pattern dialect of titles/patterns.ts; `match` says
 * where a term may stand in a word: whole words, word starts (Russian inflects), word ends
 * (German and Finnish compounds: "Büroleiter", "talousjohtaja"), or anywhere (Chinese).
 */
export interface PostTerms {
  match: 'word' | 'stem' | 'ending' | 'anywhere';
  terms: string;
  example: string;
}

export interface Lexicon {
  language: Language;
  /** Labels a page writes before a post: "Position: Sales Manager". */
  postLabels: readonly Entry[];
  /** Labels before a phone, an e-mail or an address: "Phone: …", "puh 0400 …". */
  contactLabels: readonly Entry[];
  /** Role nouns below management level (seniority words are read by titles/seniority.ts). */
  posts: readonly PostTerms[];
  /** Public offices written where a name would be: "Bupati Bogor". */
  offices: readonly PostTerms[];
  /** Polite words written after a name, never part of it: "蔡建设 先生". */
  nameSuffixes: readonly Entry[];
  /**
   * Headings of a section listing people who held a post before ("Past Boards", "历届理事会"):
   * the heading starts with one of these. Its people are history, not the account's committee.
   */
  formerSections: readonly Entry[];
  /** Words after a number that give a person's age ("57岁", "42 years"): an age is no post. */
  ageUnits: readonly Entry[];
}
