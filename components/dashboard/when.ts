/** "3 days ago" for recent changes, a date for older ones, in the rep's language. */
import type { Language } from '../../lib/model';

const DAY = 86_400_000;

export function formatWhen(at: number, now: number, language: Language): string {
  const days = Math.round((at - now) / DAY);
  if (Math.abs(days) < 30) {
    return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(days, 'day');
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(at);
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
