/**
 * The title words of every language's lexicon, folded and indexed once: whole words and word
 * starts by their first word, compound heads by their last letters, Chinese by first character.
 */
import { type Language, LEXICONS, type TitleWord } from '../../lexicon';
import { SIMPLIFIED } from '../../lexicon/han-variants';

/** One lexicon word ready to match: its words folded as titles are. */
export interface TitleTerm {
  entry: TitleWord;
  language: Language;
  words: readonly string[];
  /** Characters of the folded term, the measure of how specific it is. */
  size: number;
}

/** German umlauts spelled out where a keyboard or an address has none: "Geschaeftsfuehrer". */
const UMLAUT_SPELLED_OUT = /([aou])e/gu;

const HAN = /\p{Script=Han}/u;
const HAN_CHARACTER = /\p{Script=Han}/gu;

const GENDER_MARKS =
  /\((?:[mwfdx]|in|gn)(?:\s*[/|,]\s*(?:[mwfdx]|in|gn))*\)|(?<=\p{L})[:*_/](?:in|innen)(?!\p{L})/giu;

/**
 * Lower case, compatibility forms, accents dropped (so "Päällikkö" and "paallikko", "ё" and "е"
 * are one word), German umlauts spelled out read as the letter they stand for, in the lexicon as
 * in titles ("Geschaeftsfuehrer" is "Geschäftsführer"), German gender marks gone ("Leiter:in",
 * "(m/w/d)"), short acronyms joined across "&" ("R&D", "FP&A") so that the ampersand can separate
 * roles elsewhere, the spaces that pad Chinese posts for alignment dropped ("院    长" is 院长), and
 * traditional Chinese characters read as simplified ("經理" is 经理).
 */
export function foldTitle(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .replace(GENDER_MARKS, ' ')
    .replace(/(?<![\p{L}])(\p{L}{1,2})&(\p{L}{1,2})(?![\p{L}])/gu, '$1$2')
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(UMLAUT_SPELLED_OUT, '$1');
  return HAN.test(folded) ? folded.replace(HAN_CHARACTER, (c) => SIMPLIFIED.get(c) ?? c) : folded;
}

// Chinese runs apart from Latin letters glued to them: "营销SVP", "IT开发".
const WORD = /\p{Script=Han}+|[[\p{L}\p{N}]--\p{Script=Han}]+/gv;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words of a folded text with their places; Chinese runs stay whole (matched by `part`). */
export function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export const hasHan = (text: string): boolean => HAN.test(text);

/** Terms by the key they are looked up with. */
export interface TermIndex {
  /** `word` terms by their first word. */
  words: Map<string, TitleTerm[]>;
  /** `stem` terms by the first three letters of their first word. */
  stems: Map<string, TitleTerm[]>;
  /** `end` terms by their last three letters. */
  ends: Map<string, TitleTerm[]>;
  /** `part` terms by their first character. */
  parts: Map<string, TitleTerm[]>;
}

const KEY = 3;

function push<K>(map: Map<K, TitleTerm[]>, key: K, term: TitleTerm): void {
  const list = map.get(key);
  if (list) list.push(term);
  else map.set(key, [term]);
}

/**
 * The inflected stems of a Finnish word start: a genitive weakens "nt" to "nn" ("myynti",
 * "myynnin"; "hallinto", "hallinnon") and turns "-us" into "-uks-" or "-ud-" ("kehitys",
 * "kehityksen"; "talous", "talouden").
 */
function finnishStems(stem: string): string[] {
  const found: string[] = [];
  const weak = stem.replace(/nt([aeiouy])$/u, 'nn$1');
  if (weak !== stem) found.push(weak);
  if (/[aeiouy]s$/u.test(stem)) found.push(`${stem.slice(0, -1)}ks`, `${stem.slice(0, -1)}d`);
  return found;
}

export function buildIndex(
  lexicons: ReadonlyArray<{ language: Language; titles: readonly TitleWord[] }>,
): TermIndex {
  const index: TermIndex = {
    words: new Map(),
    stems: new Map(),
    ends: new Map(),
    parts: new Map(),
  };
  for (const { language, titles } of lexicons) {
    for (const entry of titles) {
      const folded = foldTitle(entry.term);
      const words = entry.match === 'part' ? [folded] : tokens(folded).map((t) => t.text);
      const first = words[0];
      if (!first) continue;
      const term: TitleTerm = { entry, language, words, size: words.join(' ').length };
      switch (entry.match ?? 'word') {
        case 'word':
          push(index.words, first, term);
          break;
        case 'stem':
          push(index.stems, first.slice(0, KEY), term);
          if (language !== 'fi' || words.length !== 1) break;
          for (const inflected of finnishStems(first)) {
            push(index.stems, inflected.slice(0, KEY), { ...term, words: [inflected] });
          }
          break;
        case 'end':
          push(index.ends, first.slice(-KEY), term);
          break;
        case 'part':
          push(index.parts, first.charAt(0), term);
          break;
      }
    }
  }
  return index;
}

export const TITLE_INDEX: TermIndex = buildIndex(LEXICONS);
export { KEY as INDEX_KEY };
