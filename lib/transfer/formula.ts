/**
 * Formula-injection guard for CSV cells. A spreadsheet runs a cell starting with =, +, -, @,
 * tab or CR as a formula, so such cells get a leading apostrophe, which spreadsheets read as
 * "this is text" and hide. Our import removes exactly that apostrophe again.
 */

const RUNS_AS_FORMULA = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
/**
 * Phone numbers and signed numbers ("+1 (555) 010-0100", "-12.5"): digits and punctuation
 * only, so there is nothing a spreadsheet could call. Left alone because CRMs store the
 * apostrophe literally and a rep's phone numbers would all gain one.
 */
const PLAIN_NUMBER = /^[+-][\d\s().,/-]*$/;

/** Whether a cell starts with a character that can begin a guarded or guardable cell. */
function suspect(cell: string): boolean {
  switch (cell.charCodeAt(0)) {
    case 0x27: // '
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
      return true;
    default:
      return false;
  }
}

export function guardCell(cell: string): string {
  // Most cells start with a letter or digit and skip the regexes.
  if (!suspect(cell)) return cell;
  return RUNS_AS_FORMULA.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/**
 * Inverse of guardCell: a guarded cell always starts with apostrophes then a formula
 * character, and an unguarded one never does, so this is exact for anything we wrote.
 */
export function unguardCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

/** Whether a cell from someone else's CSV would run as a formula in a spreadsheet. */
export function looksLikeFormula(cell: string): boolean {
  return RUNS_AS_FORMULA.test(cell) && !cell.startsWith("'") && !PLAIN_NUMBER.test(cell);
}
