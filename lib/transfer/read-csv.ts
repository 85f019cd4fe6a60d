/**
 * Reads CSV text into a table in slices: papaparse's Parser handles each slice up to the
 * last complete row and the rest waits for the next slice, so a million rows never block
 * the event loop and never need the whole text in one string.
 */
import Papa from 'papaparse';
import { fail, ok, type Result, type Said, say } from './result';
import { type ImportSource, readText, type Sniff } from './source';
import type { ProgressListener } from './yield';

export interface CsvTable {
  file: string;
  headers: string[];
  /** Data rows; rows[i] is spreadsheet row i + 2 (row 1 holds the headers). */
  rows: string[][];
}

export interface CsvReadOptions {
  /** More data rows than this are refused before they are all read. */
  maxRows?: number;
  onProgress?: ProgressListener;
}

/** A rep's whole territory is thousands of people; more than this is not a stakeholder map. */
export const DEFAULT_MAX_ROWS = 200_000;

export function spreadsheetRow(index: number): number {
  return index + 2;
}

export async function readCsvTable(
  source: ImportSource,
  sniffed: Sniff,
  options: CsvReadOptions = {},
): Promise<Result<CsvTable>> {
  const file = source.name;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const config = { delimiter: guessDelimiter(sniffed.head), newline: guessNewline(sniffed.head) };
  const records: string[][] = [];
  let pending = '';

  const take = (text: string, final: boolean): Result<void> => {
    const parsed = parseRows(new Papa.Parser(config).parse(text, 0, !final));
    if (parsed === undefined) return fail(file, undefined, say('transfer.problem.notCsv'));
    for (const error of parsed.errors) {
      const row = records.length + error.row;
      return fail(
        file,
        say('transfer.where.row', { row: row + 1 }),
        say(QUOTE_PROBLEM[error.code] ?? 'transfer.problem.badRow'),
      );
    }
    // Blank rows stay, so row numbers in messages match what a spreadsheet shows.
    records.push(...parsed.rows);
    if (records.length - 1 > maxRows) {
      return fail(
        file,
        undefined,
        say('transfer.problem.tooManyRows', { max: maxRows.toLocaleString('en') }),
      );
    }
    pending = text.slice(parsed.cursor);
    return ok(undefined);
  };

  const read = await readText(
    source,
    sniffed.encoding,
    (text) => take(pending + text, false),
    options.onProgress,
  );
  if (!read.ok) return read;
  if (pending !== '') {
    const last = take(pending, true);
    if (!last.ok) return last;
  }
  const [headers, ...rows] = records;
  if (!headers || headers.every((header) => header.trim() === '')) {
    return fail(file, say('transfer.where.row', { row: 1 }), say('transfer.problem.noHeader'));
  }
  return ok({ file, headers: headers.map((header) => header.trim()), rows });
}

const QUOTE_PROBLEM: Partial<Record<string, Said['key']>> = {
  MissingQuotes: 'transfer.problem.openQuote',
  InvalidQuotes: 'transfer.problem.textAfterQuote',
};

interface ParsedRows {
  rows: string[][];
  errors: { code: string; row: number }[];
  cursor: number;
}

/** Parser.parse is typed `any`; check the shape we rely on instead of casting. */
function parseRows(result: unknown): ParsedRows | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  if (!('data' in result) || !('meta' in result) || !('errors' in result)) return undefined;
  const { data, meta, errors } = result;
  if (!Array.isArray(data) || !Array.isArray(errors)) return undefined;
  if (typeof meta !== 'object' || meta === null || !('cursor' in meta)) return undefined;
  if (typeof meta.cursor !== 'number') return undefined;
  const rows: string[][] = [];
  for (const row of data) {
    if (!Array.isArray(row) || !row.every((cell) => typeof cell === 'string')) return undefined;
    rows.push(row);
  }
  const parsedErrors = errors.flatMap((error: unknown) =>
    typeof error === 'object' && error !== null && 'code' in error && 'row' in error
      ? [{ code: String(error.code), row: Number(error.row) }]
      : [],
  );
  return { rows, errors: parsedErrors, cursor: meta.cursor };
}

/** Spreadsheets in many European locales write ";"; some tools write tabs. */
function guessDelimiter(head: string): string {
  const firstLine = head.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length - 1,
  }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.delimiter : ',';
}

function guessNewline(head: string): '\r\n' | '\n' | '\r' {
  const at = head.search(/[\r\n]/);
  if (at === -1 || head[at] === '\n') return '\n';
  return head[at + 1] === '\n' ? '\r\n' : '\r';
}
