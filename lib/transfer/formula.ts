/**
 * Formula-injection guard for CSV cells, narrowed to what a spreadsheet would run, because both
 * CRMs store a guard apostrophe literally: every guarded cell reaches HubSpot or Salesforce one
 * character off what the rep typed. So only these cells get a leading apostrophe:
 * - `=` anything, and a leading tab or CR (some spreadsheets trim them and read on);
 * - `+`, `-` or `@` followed by anything that lets a formula do something: a function call,
 *   a DDE or sheet link (`|`, `!`), a cell reference or a sum (digits, operators, quotes).
 * What stays as typed: `-VP Sales`, `@Procurement lead`, `+1 (555) 010-0100`. LibreOffice
 * reads them as text (test/transfer/libreoffice.test.ts proves it on this machine's Calc);
 * Excel at worst shows `#NAME?` for an unknown name, which calls nothing and reads nothing.
 * Our import removes exactly the apostrophe we added, and nothing else.
 */

/** Phone numbers and signed numbers: no letters, so nothing a spreadsheet could call. */
const PLAIN_NUMBER = /^[+-][\d\s().,/-]*$/;
/** After a sign: words only (any script), spaces and the punctuation titles use. */
const WORDS_AFTER_SIGN = /^[+\-@][\p{L}\p{M}\s.,'’&/_-]*$/u;

/** Whether a spreadsheet opening the file could run `cell`, leading apostrophes aside. */
function runsAsFormula(core: string): boolean {
  switch (core.charCodeAt(0)) {
    case 0x3d: // =
    case 0x09: // tab
    case 0x0d: // CR
      return true;
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
      return !PLAIN_NUMBER.test(core) && !WORDS_AFTER_SIGN.test(core);
    default:
      return false;
  }
}

const APOSTROPHE = 0x27;

/** The cell without its leading apostrophes: what a guard decision looks at. */
function core(cell: string): string {
  let at = 0;
  while (cell.charCodeAt(at) === APOSTROPHE) at++;
  return at === 0 ? cell : cell.slice(at);
}

/**
 * A cell that would run gets one more apostrophe. A cell that already starts with apostrophes
 * before such a formula gets one too, so unguardCell can always take exactly one away.
 */
export function guardCell(cell: string): string {
  return runsAsFormula(core(cell)) ? `'${cell}` : cell;
}

/** Inverse of guardCell, exact for anything guardCell wrote. */
export function unguardCell(cell: string): string {
  return cell.charCodeAt(0) === APOSTROPHE && runsAsFormula(core(cell)) ? cell.slice(1) : cell;
}

/** Whether a cell from someone else's CSV would run as a formula in a spreadsheet. */
export function looksLikeFormula(cell: string): boolean {
  return cell.charCodeAt(0) !== APOSTROPHE && runsAsFormula(cell);
}

/** Whether our export will put an apostrophe before this value (the pre-export check says so). */
export function willBeGuarded(value: string): boolean {
  return runsAsFormula(core(value));
}
