/** The shape of one language's lexicon: words as data, each with an example of it in use. */
import type { Department, Seniority } from '../model';

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

/**
 * A word of job titles and what it says. `term` is lower case; several words match word by
 * word. `match` says where it may stand: `word` whole words (the default), `stem` word starts
 * (Russian and Indonesian inflect: "финансов" in "финансовый"), `end` word ends, the head of a
 * compound (German and Finnish: "johtaja" in "talousjohtaja", "leiter" in "Vertriebsleiter"),
 * `part` anywhere (Chinese has no spaces). The longest match wins where several name the level.
 */
export interface TitleWord {
  term: string;
  match?: 'word' | 'stem' | 'end' | 'part';
  /** The function the word names ("Vertrieb": sales), or the one a post implies ("CFO"). */
  department?: Department;
  /** The level a post word names; a function word has none. */
  seniority?: Seniority;
  /** "Deputy", "заместитель", "副": the post after it is deputised, and keeps its level… */
  deputy?: true;
  /** …unless it heads the whole organisation: the deputy of a CEO is a VP. */
  top?: true;
  /**
   * Before another post it only grades it ("Principal Engineer" is an engineer); standing alone
   * it is the post ("Principal" heads a school).
   */
  grade?: true;
  /** Raises an individual post it qualifies: "Lead" Developer is a team lead. */
  raises?: Seniority;
  /** The level this post is raised to instead: a "Chief … Officer" is an executive. */
  raisedTo?: Seniority;
  /** An entry-level word ("intern", "junior", "Werkstudent"): coverage doubts a decision-maker. */
  junior?: true;
  /**
   * The post keeps its own function whatever field it serves: a Mathematics teacher teaches, an
   * IT Recruiter recruits, a Dekan of Economics heads a faculty; the field is not the department.
   */
  ownField?: true;
  /**
   * The level of a post standing alone or over the whole organisation ("Директор", "Начальник
   * учреждения"): it then heads the organisation, and its deputy is a VP.
   */
  heads?: Seniority;
  /** A word naming a whole organisation ("учреждения", "школы"): a post over it heads it. */
  whole?: true;
  example: string;
}

export interface Lexicon {
  language: Language;
  /** Labels a page writes before a name: "Nimi: Marko Oras", "ФИО: …". */
  nameLabels: readonly Entry[];
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
  /**
   * Words a table's column headings hold ("Nimi", "Ф.И.О.", "Ansprechpartner"; "Funktion",
   * "Virka", "职务"): the column of names, and the column of posts. Found anywhere in the heading
   * ("Vorname" holds "name", "Aufgabenbereich" holds "aufgabe").
   */
  nameColumns: readonly Entry[];
  postColumns: readonly Entry[];
  /** Words joining two names in one line ("Anna Berg ja Tom Hill"): two people, not one. */
  listJoiners: readonly Entry[];
  /**
   * Labels before the people who act for an organisation, with no post of their own
   * ("Vertreten durch: Anna Berg, Tom Hill" in a German imprint): each name is a person.
   */
  representatives: readonly Entry[];
  /** Labels of a credit line ("Fotos: Anna Berg"): it names who took the pictures, not the team. */
  creditLabels: readonly Entry[];
  /**
   * Forms of address before a surname ("Frau Zernecke", "Mr Hall", "Ibu Wahyuni"): the surname
   * alone is a person's name, though it is one word the name lists may not know.
   */
  courtesyTitles: readonly Entry[];
  /**
   * A site's own sections as menus and breadcrumbs name them ("Tentang Kami", "Über uns",
   * "Meistä"): capitalised like a name, never one.
   */
  siteSections: readonly Entry[];
  /** The words job titles are read by: functions, posts and their levels (lib/extract/titles). */
  titles: readonly TitleWord[];
}
