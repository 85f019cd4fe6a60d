/** One CSV row seen through the column mapping: cells by field, and problems placed by row and column. */
import { FIELD_LABELS, type ImportField } from './fields';
import { unguardCell } from './formula';
import type { ColumnMapping } from './mapping';
import { spreadsheetRow } from './read-csv';
import { type ImportProblem, problem, type Said, say } from './result';

const APOSTROPHE = 0x27;

export class RowReader {
  readonly #columnOf = new Map<ImportField, number>();

  constructor(
    readonly file: string,
    readonly headers: readonly string[],
    mapping: ColumnMapping,
  ) {
    mapping.forEach((field, column) => {
      if (field !== null && !this.#columnOf.has(field)) this.#columnOf.set(field, column);
    });
  }

  has(field: ImportField): boolean {
    return this.#columnOf.has(field);
  }

  /** The cell's text with our formula guard undone; '' when the column is not mapped. */
  cell(row: readonly string[], field: ImportField): string {
    const column = this.#columnOf.get(field);
    if (column === undefined) return '';
    const text = row[column] ?? '';
    // Only a cell starting with an apostrophe can be guarded: skip the regex for the rest.
    return text.charCodeAt(0) === APOSTROPHE ? unguardCell(text) : text;
  }

  /** The cell before un-guarding, to warn about formulas in someone else's file. */
  raw(row: readonly string[], field: ImportField): string {
    const column = this.#columnOf.get(field);
    return column === undefined ? '' : (row[column] ?? '');
  }

  mappedFields(): ImportField[] {
    return [...this.#columnOf.keys()];
  }

  /** 'Row 12, column "Stance"'; a field built from several columns names the first mapped one. */
  place(index: number, ...fields: ImportField[]): Said {
    const field = fields.find((candidate) => this.#columnOf.has(candidate));
    const column = field === undefined ? undefined : this.#columnOf.get(field);
    const header =
      column === undefined ? undefined : this.headers[column] || FIELD_LABELS[field ?? 'name'];
    const row = spreadsheetRow(index);
    return header === undefined
      ? say('transfer.where.row', { row })
      : say('transfer.where.rowColumn', { row, column: header });
  }

  problem(index: number, message: Said, ...fields: ImportField[]): ImportProblem {
    return problem(this.file, this.place(index, ...fields), message);
  }
}
