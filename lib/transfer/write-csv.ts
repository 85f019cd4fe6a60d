/** The one place CSV text is produced: papaparse, RFC 4180, formula guard, optional BOM. */
import Papa from 'papaparse';
import { guardCell } from './formula';

export interface CsvOptions {
  /** Byte-order mark so spreadsheet programs read UTF-8 (Cyrillic, Chinese) correctly. Default true. */
  bom?: boolean;
}

const BOM = '\uFEFF';

/** `rows` are guarded in place: every caller passes rows it has just built for this file. */
export function writeCsv(
  headers: readonly string[],
  rows: string[][],
  options: CsvOptions = {},
): string {
  for (const row of rows) {
    for (let column = 0; column < row.length; column++) row[column] = guardCell(row[column] ?? '');
  }
  const guarded = rows;
  // RFC 4180: CRLF between records, quotes only where a cell needs them.
  const text = Papa.unparse(
    { fields: headers.map(guardCell), data: guarded },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return (options.bom ?? true) ? BOM + text : text;
}
