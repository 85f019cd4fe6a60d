/**
 * Splits a stored full name into the first and last name CRMs ask for. Deliberately simple:
 * - Chinese, Japanese and Korean names in their own script are family name first: "张三" →
 *   last 张, first 三. Known two-character family names (欧阳) and names of four or more
 *   characters (山田太郎, mostly Japanese) take two characters as the family name.
 * - Cyrillic names ending in a patronymic ("Иванов Иван Иванович") are surname first, and the
 *   first name keeps the patronymic, as Russian business address does ("Иван Иванович").
 *   Two-part Cyrillic names follow the surname endings (-ов, -ева, -ский …); when neither
 *   part looks like a surname, a Russian-speaking account (.ru, .by, .kz) means surname first.
 * - Everything else is given name(s) then last name, with particles kept ("van Beethoven").
 */

export interface NameParts {
  first: string;
  last: string;
}

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·・\s]+$/u;
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
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'den',
  'der',
  'dos',
  'das',
  'bin',
  'binti',
  'al',
]);

/** `domains` are the account's; they only break ties for two-part Cyrillic names. */
export function splitName(name: string, domains: readonly string[] = []): NameParts {
  const trimmed = name.trim();
  if (CJK.test(trimmed)) return splitEastAsian(trimmed);
  const parts = trimmed.split(/\s+/u).filter((part) => part !== '');
  if (parts.length < 2) return { first: trimmed, last: '' };
  if (CYRILLIC.test(trimmed)) {
    const surnameFirst = cyrillicSurnameFirst(parts, domains);
    if (surnameFirst) return { first: parts.slice(1).join(' '), last: parts[0] ?? '' };
  }
  let split = parts.length - 1;
  while (split > 1 && PARTICLES.has((parts[split - 1] ?? '').toLowerCase())) split--;
  return { first: parts.slice(0, split).join(' '), last: parts.slice(split).join(' ') };
}

function splitEastAsian(name: string): NameParts {
  const spaced = name.split(/[\s·・]+/u).filter((part) => part !== '');
  if (spaced.length > 1) return { first: spaced.slice(1).join(' '), last: spaced[0] ?? '' };
  const chars = [...name];
  if (chars.length < 2) return { first: name, last: '' };
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
