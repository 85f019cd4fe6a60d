/**
 * What one field of a record says, as graded evidence rather than a yes or no: how much it reads
 * as a person's name (after the marks pages put beside names are set aside), how much as a
 * post, and whether it is a contact line. The combiner in detectors/records.ts weighs them.
 */
import { COURTESY_TITLES, FIELD_LABELS, NAME_SUFFIXES } from '../../lexicon';
import { chineseSurnames, givenNames, surnames } from '../../lexicon/names';
import { memoByText } from '../memo';
import { cleanName, looksLikeName, namesInList, namesNobody, stripHonorifics } from '../names';
import { squash } from '../text';
import { hasRoleWord, looksLikeTitle, namesAnOffice } from '../titles';

export interface NameReading {
  /** The name as the page shows it, call sign, polite suffix and padding set aside. */
  name: string;
  /**
   * 1: a name by its shape and by the name lists (a known given name or surname, a patronymic,
   * a Chinese surname); 0.7: by its shape alone (German nouns and unit names have it too);
   * 0.5: a single word that may be one (mononyms, first names).
   */
  score: number;
}

/** Patronymics ("Александрович", "Ильич", "Ивановна"); surnames in -ич read as names too. */
const PATRONYMIC = /(?:ич|вна|чна|ична)$/u;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** Evidence from the name lists: a known given name or surname, a patronymic, a Chinese surname. */
function known(name: string): boolean {
  const bare = stripHonorifics(name);
  if (HAN_NAME.test(bare)) {
    return chineseSurnames.has(bare.slice(0, 1)) || chineseSurnames.has(bare.slice(0, 2));
  }
  return bare
    .toLocaleLowerCase()
    .replace(/ё/gu, 'е')
    .split(/[\s-]+/u)
    .some((word) => givenNames.has(word) || surnames.has(word) || PATRONYMIC.test(word));
}

/**
 * An amateur radio call sign after a comma ("Jari Jussila, OH2BU", "Noel, K5NER"): a prefix of
 * letters and digits, one digit, then a suffix of one to four letters.
 */
const CALL_SIGN_TAIL = /,?\s+\(?[A-Z]{1,2}\d?\d[A-Z]{1,4}(?:\/[A-Z\d]{1,4})?\)?$/u;
/** Text that is never a name, whatever its shape: long, sentence-like or full of digits. */
const TOO_LONG = 70;

/** "Nimi: Marko Oras": the label before a name is not part of it. */
const NAME_LABEL = new RegExp(`^(?:${FIELD_LABELS.name.join('|')})\\s*[:：]\\s*`, 'iu');

const SUFFIX = new RegExp(`\\s*(?:${NAME_SUFFIXES.join('|')})$`, 'u');

/** Set aside what pages write beside a name: a call sign, "先生", a trailing comma. */
function bareName(text: string): string {
  return squash(
    text
      .replace(NAME_LABEL, '')
      .replace(CALL_SIGN_TAIL, '')
      .replace(SUFFIX, '')
      // "Dr.Agus Wibowo", "Ir.Hj.Zulfah": honorifics or an initial glued to the name after them
      // (only where the name starts: "S.Sos" after a comma is a degree).
      .replace(
        /^(?:\p{Lu}\p{Ll}{0,3}\.)+(?=\p{Lu}\p{Ll})/u,
        (glued) => `${glued.replace(/\./gu, '. ')}`,
      ),
  ).replace(/[,:;]$/u, '');
}

/** Capitalised words beside words in capitals: the capitals written as a name; else undefined. */
function mixedCaps(name: string): string | undefined {
  const words = name.split(' ');
  const shouted = words.filter((w) => /^\p{Lu}{2,}$/u.test(w)).length;
  if (words.length < 2 || words.length > 4 || shouted === 0 || shouted === words.length) {
    return undefined;
  }
  return words
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w.charAt(0) + w.slice(1).toLocaleLowerCase() : w))
    .join(' ');
}

/** "JACKY, SE.,MM": one shouted word with degrees after it is a person who goes by one name. */
function shoutedMononym(name: string): boolean {
  const bare = stripHonorifics(name);
  return bare !== name && /^\p{Lu}{3,}$/u.test(bare);
}

const COURTESY = new RegExp(`^(?:${COURTESY_TITLES.join('|')})\\.?\\s`, 'iu');
const SURNAME_ALONE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** "Frau Zernecke": a name written with a form of address, which sets it off as a name. */
export function isAddressed(text: string): boolean {
  return COURTESY.test(text);
}

/** Read once per text: a record's fields are asked about more than once. */
export const readName = memoByText(nameOf);

function nameOf(text: string): NameReading {
  if (text.length > TOO_LONG) return { name: text, score: 0 };
  const name = cleanName(bareName(text));
  if (name === '' || namesNobody(name) || isLabel(name)) return { name, score: 0 };
  // A form of address says a person is named, as the name lists would ("Herr Helmut Specker").
  if (looksLikeName(name)) return { name, score: known(name) || isAddressed(name) ? 1 : 0.7 };
  // "Patricia Metzendorff, Patrick Otto": people sharing one field (merging parts them, see
  // eachPerson in merge.ts). Whole names in a list, one the lists know, read as names.
  const listed = namesInList(name)?.map((part) => readName(part).score);
  if (listed) {
    const weakest = Math.min(...listed);
    return { name, score: weakest >= 0.7 && listed.includes(1) ? 1 : weakest };
  }
  // "Markus GRUBER": the surname in capitals, as French and some German pages write it; a
  // name only when the name lists know it, since "Sales CEO" has the same shape.
  const calm = mixedCaps(name);
  if (calm && looksLikeName(calm) && known(calm)) return { name, score: 1 };
  if (shoutedMononym(name)) return { name, score: 0.5 };
  // "Frau Zernecke", "Mr Hall": a form of address says a surname follows.
  const bare = stripHonorifics(name);
  if (isAddressed(name) && SURNAME_ALONE.test(bare)) return { name, score: 1 };
  // "Waryono, S.IP": one word once the degrees are set aside.
  if (!bare.includes(' ') && looksLikeName(bare, { allowSingleWord: true })) {
    return { name, score: 0.5 };
  }
  return { name, score: 0 };
}

const LABEL = new RegExp(`^(?:${FIELD_LABELS.post.join('|')})\\s*[:：]\\s*`, 'iu');
const CONTACT_LABEL = new RegExp(`^(?:${FIELD_LABELS.contact.join('|')})\\.?\\s*[:：]?\\s*`, 'iu');
const PHONE = /(?:\+?\d[\d\s().\-/]{5,}\d)/u;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
const HANDLE = /^@[\w.]{2,30}$/u;

const WHOLE_LABEL = new RegExp(
  `^(?:${[...FIELD_LABELS.name, ...FIELD_LABELS.post, ...FIELD_LABELS.contact].join('|')})\\.?\\s*[:：]?$`,
  'iu',
);

/** A field's label standing alone ("Sähköposti", "Telefon:"): never a name. */
function isLabel(text: string): boolean {
  return WHOLE_LABEL.test(text);
}

/** A line that gives a way to reach someone: a phone, an e-mail, a handle, "Puhelin: …". */
export const isContactLine = memoByText(contactLine);

function contactLine(text: string): boolean {
  if (HANDLE.test(text) || EMAIL.test(text)) return true;
  const rest = text.replace(CONTACT_LABEL, '');
  if (rest !== text) return rest === '' || PHONE.test(rest);
  // "johtokunta 2020-2021": a term of office is no phone number.
  return PHONE.test(text.replace(YEARS, '')) && text.length < 40;
}

/** A year or a span of years ("2020-2021", "2019/20"). */
const YEARS = /\b(?:19|20)\d\d(?:\s*[-–/]\s*(?:(?:19|20)?\d\d))?\b/gu;

export interface PostReading {
  post: string;
  /** 1: reads as a post; 0.6: holds a role word but reads less like one (long, mixed). */
  score: number;
}

/** How much a field reads as the record's post; a "Должность:" label is dropped from it. */
export const readPost = memoByText(postOf);

function postOf(text: string): PostReading {
  const post = text.replace(LABEL, '').replace(/^[\s,;:·•|–—-]+|[\s,;:·•|–—-]+$/gu, '');
  if (post.length < 2 || post.length > 120 || isContactLine(post)) return { post, score: 0 };
  if (looksLikeTitle(post) || (post.length <= 40 && namesAnOffice(post))) return { post, score: 1 };
  if (post.length <= 80 && hasRoleWord(post)) return { post, score: 0.6 };
  return { post, score: 0 };
}
