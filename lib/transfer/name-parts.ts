/**
 * Splits a stored full name into the first and last name CRMs ask for, and joins them back.
 * - Chinese, Japanese and Korean names in their own script are family name first: "张三" →
 *   last 张, first 三. Known two-character family names (欧阳) and names of four or more
 *   characters (山田太郎, mostly Japanese) take two characters as the family name.
 * - Cyrillic names ending in a patronymic ("Иванов Иван Иванович") are surname first, and the
 *   first name keeps the patronymic, as Russian business address does ("Иван Иванович").
 *   Two-part Cyrillic names follow the surname endings (-ов, -ева, -ский …); when neither
 *   part looks like a surname, a Russian-speaking account (.ru, .by, .kz) means surname first.
 * - A surname written in capitals before the given name ("ZHANG Wei", "DUPONT Jean") is first.
 * - Everything else is given name(s) then surname. Titles before the name ("Dr.") and quoted
 *   nicknames ("Bob") stay with the first name; particles ("van", "фон") and suffixes after
 *   it ("Jr.", "PhD", "S.H.") stay with the last name, so nothing the rep typed is lost.
 */
import { isNamePrefix, isNameSuffix, isSurnameParticle } from './name-words';

export interface NameParts {
  first: string;
  last: string;
}

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·・\s]+$/u;
const HAN_OR_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
const COMPOUND_FAMILY_NAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '澹台',
  '南宫',
]);
const CYRILLIC = /\p{Script=Cyrillic}/u;
const PATRONYMIC = /(ович|евич|ич|овна|евна|ична|инична)$/u;
const CYRILLIC_SURNAME = /(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|енко|ук|юк)$/u;
const RUSSIAN_SPEAKING_DOMAIN = /\.(ru|by|kz|su|рф)$/u;
/** A quoted or bracketed nickname is one token even with spaces inside: "Big Bob". */
const TOKEN = /"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|\([^)]*\)|\S+/gu;
const QUOTED = /["“„«(']/u;
const NICKNAME = /^(?:"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|\([^)]*\)|'[^']+')$/u;
/** A surname in capitals: two or more letters, none lower case. */
const SHOUTED = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
const HAS_LOWER = /\p{Ll}/u;

/** `domains` are the account's; they only break ties for two-part Cyrillic names. */
export function splitName(name: string, domains: readonly string[] = []): NameParts {
  const trimmed = name.trim();
  if (CJK.test(trimmed)) return splitEastAsian(trimmed);
  // Most names have no quotes or brackets: a plain split is much cheaper than TOKEN.
  const tokens = QUOTED.test(trimmed) ? (trimmed.match(TOKEN) ?? []) : trimmed.split(/\s+/u);
  if (tokens.length < 2) return { first: trimmed, last: '' };
  const end = suffixStart(tokens);
  const suffix = tokens.slice(end);
  const body = tokens.slice(0, end);
  // The core: what is neither a title before the name nor a quoted nickname.
  const core: number[] = [];
  for (const [at, token] of body.entries()) {
    if (isNickname(token) || (at === 0 && body.length > 2 && isNamePrefix(token))) continue;
    core.push(at);
  }
  if (core.length < 2) return westernSplit(body, suffix, core.at(-1) ?? body.length - 1);
  if (surnameFirst(body, core, CYRILLIC.test(trimmed), domains)) {
    const at = core[0] ?? 0;
    const first = [...body.slice(0, at), ...body.slice(at + 1)];
    return { first: first.join(' '), last: [body[at] ?? '', ...suffix].join(' ') };
  }
  return westernSplit(body, suffix, core.at(-1) ?? body.length - 1);
}

/** Given names, then the surname from `surname` (with the particles before it) to the end. */
function westernSplit(body: string[], suffix: string[], surname: number): NameParts {
  let start = surname;
  while (start > 1 && isSurnameParticle(body[start - 1] ?? '')) start--;
  if (start <= 0) return { first: [...body, ...suffix].join(' '), last: '' };
  return {
    first: body.slice(0, start).join(' '),
    last: [...body.slice(start), ...suffix].join(' '),
  };
}

/** Where the trailing suffixes and degrees start; at least one word stays before them. */
function suffixStart(tokens: string[]): number {
  let end = tokens.length;
  while (end > 2 && isNameSuffix(tokens[end - 1] ?? '')) end--;
  return end;
}

function isNickname(token: string): boolean {
  return QUOTED.test(token.charAt(0)) && NICKNAME.test(token);
}

/** Whether the first core word is the surname; `core` indexes `body`. */
function surnameFirst(
  body: readonly string[],
  core: readonly number[],
  cyrillic: boolean,
  domains: readonly string[],
): boolean {
  const head = body[core[0] ?? 0] ?? '';
  // "ZHANG Wei": the capitals mark the surname, as international business cards write it.
  // A lower-case letter ("Jane", found at once) rules that out before the costlier checks.
  if (!HAS_LOWER.test(head) && SHOUTED.test(head.replace(/,$/u, ''))) {
    const rest = core.slice(1).map((at) => body[at] ?? '');
    if (rest.some((word) => HAS_LOWER.test(word))) return true;
  }
  if (!cyrillic) return false;
  return cyrillicSurnameFirst(
    core.map((at) => body[at] ?? ''),
    domains,
  );
}

function splitEastAsian(name: string): NameParts {
  const spaced = name.split(/[\s·・]+/u).filter((part) => part !== '');
  if (spaced.length > 1) return { first: spaced.slice(1).join(' '), last: spaced[0] ?? '' };
  const chars = [...(spaced[0] ?? '')];
  if (chars.length < 2 || spaced[0] !== name) return { first: name, last: '' };
  const familyLength =
    chars.length >= 4 || COMPOUND_FAMILY_NAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return { first: chars.slice(familyLength).join(''), last: chars.slice(0, familyLength).join('') };
}

function cyrillicSurnameFirst(parts: string[], domains: readonly string[]): boolean {
  const lower = parts.map((part) => part.toLowerCase());
  if (lower.length >= 3 && PATRONYMIC.test(lower.at(-1) ?? '')) return true;
  if (lower.length !== 2) return false;
  const firstLooksSurname = CYRILLIC_SURNAME.test(lower[0] ?? '');
  const lastLooksSurname = CYRILLIC_SURNAME.test(lower[1] ?? '');
  if (firstLooksSurname !== lastLooksSurname) return firstLooksSurname;
  return domains.some((domain) => RUSSIAN_SPEAKING_DOMAIN.test(domain.toLowerCase()));
}

/**
 * First and last name back into one full name, in the order that splitName reads back as the
 * same two parts: family name first and unspaced for CJK names, given name first otherwise,
 * surname first where only that order splits right ("Мария Олег" in a .ru account), and a
 * suffix after the given name where the surname comes first.
 */
export function joinName(first: string, last: string, domains: readonly string[] = []): string {
  if (first === '' || last === '') return first || last;
  let likeliest: string | undefined;
  for (const candidate of orders(first, last)) {
    likeliest ??= candidate;
    const parts = splitName(candidate, domains);
    if (parts.first === first && parts.last === last) return candidate;
  }
  return likeliest ?? `${first} ${last}`;
}

/** Longer names than this are given name first: trying every order would cost too much. */
const MAX_REORDERED_WORDS = 8;

/** The orders a full name can take, likeliest first, made one at a time as they are tried. */
function* orders(first: string, last: string): Generator<string> {
  if (HAN_OR_KANA.test(first) && HAN_OR_KANA.test(last)) yield last + first;
  yield `${first} ${last}`;
  yield `${last} ${first}`;
  const firstWords = first.split(' ');
  const lastWords = last.split(' ');
  if (firstWords.length + lastWords.length > MAX_REORDERED_WORDS) return;
  // The surname between a title and the given name ("Dr. ZHANG Wei"), or before a suffix
  // that follows the given name ("ZHANG Wei III"): every place the surname can stand.
  for (let i = 0; i <= firstWords.length; i++)
    for (let j = 1; j <= lastWords.length; j++)
      yield [
        ...firstWords.slice(0, i),
        ...lastWords.slice(0, j),
        ...firstWords.slice(i),
        ...lastWords.slice(j),
      ].join(' ');
}
