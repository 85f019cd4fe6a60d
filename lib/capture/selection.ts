/** Reads a person's name and title out of the text a rep selected on a page. */
import { isNameSuffix } from '../transfer/name-words';

export interface SelectedPerson {
  name: string;
  title: string;
  email?: string;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
/** Separators people put between a name and a title: dashes, bars, bullets, commas. */
const SEPARATOR = /\s+[–—-]\s+|\s*[|·•]\s*|,\s+|\s*[，、]\s*/u;
const EDGE_SEPARATORS = /^[\s–—\-|·•,:;]+|[\s–—\-|·•,:;]+$/gu;
const HAN = /\p{Script=Han}/u;
/** Academic degrees written after a name, as Indonesian pages do: "S.H.", "M.Si", "Ph.D." */
const DEGREE = /^(?:\p{Lu}\p{Ll}{0,3}\.)+\p{Lu}?\p{Ll}{0,3}\.?$/u;
const MAX_NAME_WORDS = 4;
/**
 * What the part before a separator must look like to be taken as a name: letters (any
 * script), with the dots, apostrophes, hyphens, quotes and brackets names and nicknames use.
 * "@cmd|' /C calc'!A0" is no name, so its "|" is not where a name ends.
 */
const NAME_LIKE = /^["“„«(']?\p{L}[\p{L}\p{M}\s.'’"“”„«»()-]*$/u;

export function parseSelection(selection: string): SelectedPerson {
  const emailMatch = selection.match(EMAIL);
  const withoutEmail = selection.replace(EMAIL, ' ');
  const lines = withoutEmail
    .split(/[\r\n]+/u)
    .map((line) => line.replace(/\s+/gu, ' ').replace(EDGE_SEPARATORS, ''))
    .filter((line) => line !== '');
  const person = lines.length > 1 ? fromLines(lines) : fromLine(lines[0] ?? '');
  return {
    name: person.name.slice(0, 200),
    title: person.title.slice(0, 300),
    ...(emailMatch ? { email: emailMatch[0] } : {}),
  };
}

function fromLines([first = '', ...rest]: string[]): { name: string; title: string } {
  const own = fromLine(first);
  const title = [own.title, ...rest.slice(0, 2)].filter((part) => part !== '').join(', ');
  return { name: own.name, title };
}

function fromLine(line: string): { name: string; title: string } {
  const parts = line.split(SEPARATOR).filter((part) => part !== '');
  const [first = '', second = '', ...rest] = parts;
  if (parts.length > 1 && !NAME_LIKE.test(first)) return { name: line, title: '' };
  // "Surname, Firstname – Role": two single words around the first comma are one name.
  if (
    isSingleWord(first) &&
    isSingleWord(second) &&
    rest.length > 0 &&
    line.includes(`${first},`)
  ) {
    return { name: `${second} ${first}`, title: rest.join(', ') };
  }
  if (parts.length > 1) {
    const degrees = [second, ...rest].findIndex((part) => !isDegreeOrSuffix(part));
    const nameParts = degrees === -1 ? parts.length : degrees + 1;
    return { name: parts.slice(0, nameParts).join(', '), title: parts.slice(nameParts).join(', ') };
  }
  return splitRun(line);
}

/** One run of words with no separator: "张三 首席财务官", or "Jane Doe Chief Financial Officer". */
function splitRun(line: string): { name: string; title: string } {
  const words = line.split(' ');
  const [head = '', next = ''] = words;
  if (HAN.test(head) && words.length > 1) {
    // "张　伟 首席财务官": a one-character surname set apart from the given name by a space.
    const spacedName =
      [...head].length === 1 && words.length > 2 && /^\p{Script=Han}{1,2}$/u.test(next);
    const nameWords = spacedName ? 2 : 1;
    return { name: words.slice(0, nameWords).join(''), title: words.slice(nameWords).join(' ') };
  }
  if (words.length <= MAX_NAME_WORDS) return { name: line, title: '' };
  const nameLength = words.slice(0, 3).findIndex((word) => !startsUpper(word));
  const cut = nameLength <= 0 ? 2 : nameLength;
  return { name: words.slice(0, cut).join(' '), title: words.slice(cut).join(' ') };
}

/** "Jr.", "III", "PhD", "S.H., M.Si.": written after a name, part of it. */
function isDegreeOrSuffix(part: string): boolean {
  return DEGREE.test(part) || isNameSuffix(part);
}

function isSingleWord(part: string): boolean {
  return part !== '' && !part.includes(' ') && startsUpper(part);
}

function startsUpper(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
