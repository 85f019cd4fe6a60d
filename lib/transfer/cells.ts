/** How values that are not plain text sit in one CSV cell, both ways: lists and timestamps. */

const LIST_SEPARATOR = '\n';

/**
 * Lists (domains, evidence) go one item per line inside the cell: readable in a spreadsheet,
 * and a backslash escape keeps an item that itself contains a line break exact.
 */
export function joinList(items: readonly string[]): string {
  if (items.length === 1) return escapeItem(items[0] ?? '');
  return items.map(escapeItem).join(LIST_SEPARATOR);
}

const NEEDS_ESCAPE = /[\\\n\r]/;

function escapeItem(item: string): string {
  // Most items (URLs, dates, method names) have nothing to escape: skip three scans of them.
  if (!NEEDS_ESCAPE.test(item)) return item;
  return item.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
}

export function splitList(cell: string): string[] {
  if (cell === '') return [];
  const hasEscapes = cell.includes('\\');
  // Most cells hold one plain item (a date, a URL): no need to split or unescape them.
  if (!hasEscapes && !cell.includes(LIST_SEPARATOR)) return [cell];
  const items = cell.split(LIST_SEPARATOR);
  if (!hasEscapes) return items;
  return items.map((item) =>
    item.replace(/\\([\\nr])/g, (_, escaped: string) => {
      if (escaped === 'n') return '\n';
      if (escaped === 'r') return '\r';
      return '\\';
    }),
  );
}

/** Last millisecond of year 9999: beyond it ISO needs expanded years, so we write a number. */
const MAX_ISO_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** ISO 8601 in UTC for people; epoch milliseconds when no date can express it. */
export function formatTimestamp(ms: number): string {
  // A record's timestamps are often equal (created = updated = captured); skip the Date.
  if (ms === lastMs) return lastText;
  lastMs = ms;
  lastText = ms <= MAX_ISO_MS ? new Date(ms).toISOString() : String(ms);
  return lastText;
}
let lastMs = Number.NaN;
let lastText = '';

/** Accepts what formatTimestamp writes, plain dates ("2024-03-01"), and epoch milliseconds. */
export function parseTimestamp(cell: string): number | undefined {
  // A row's timestamps are often all the same moment: skip parsing it again.
  if (cell === lastParsedText) return lastParsedMs;
  lastParsedMs = parseTimestampText(cell);
  lastParsedText = cell;
  return lastParsedMs;
}
let lastParsedText: string | undefined;
let lastParsedMs: number | undefined;

function parseTimestampText(cell: string): number | undefined {
  const text = cell.trim();
  if (/^\d+$/.test(text)) {
    const ms = Number(text);
    return Number.isSafeInteger(ms) ? ms : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) || ms < 0 ? undefined : ms;
}
