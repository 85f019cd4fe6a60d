/** "3 days ago" for recent changes, a date for older ones, in the rep's language. */
import type { Language } from '../../lib/model';

const DAY = 86_400_000;

/** Formatters are costly to build and the accounts list asks for one per row: one per language. */
const relative = new Map<Language, Intl.RelativeTimeFormat>();
const dates = new Map<Language, Intl.DateTimeFormat>();

function cached<F>(cache: Map<Language, F>, language: Language, make: () => F): F {
  const found = cache.get(language);
  if (found) return found;
  const made = make();
  cache.set(language, made);
  return made;
}

export function formatWhen(at: number, now: number, language: Language): string {
  const days = Math.round((at - now) / DAY);
  if (Math.abs(days) < 30) {
    return cached(
      relative,
      language,
      () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }),
    ).format(days, 'day');
  }
  return cached(
    dates,
    language,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }),
  ).format(at);
}

/** Bytes as "1.2 MB", with the language's decimal mark. */
export function formatBytes(bytes: number, language: Language): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
