/** Team tables: a name column and a role column; a role cell filled only on its group's first row carries down. */

import { COLUMN_HEADINGS } from '../../lexicon';
import { NOT_CONTENT, underSuggestions } from '../layout';
import {
  cleanName,
  looksLikeName,
  nameAndEmployer,
  namesInList,
  nameThenPost,
  postBeforeName,
  surnameFirstToNatural,
} from '../names';
import { childrenOf, contentOf, pageIndex } from '../page-index';
import { readRecord } from '../records/fields';
import { squash, textOf } from '../text';
import { looksLikeTitle, splitOrgAndTitle } from '../titles';
import type { Candidate } from '../types';

export const id = 'tables';

const NAME_HEADER = new RegExp(COLUMN_HEADINGS.name.join('|'), 'iu');
const TITLE_HEADER = new RegExp(COLUMN_HEADINGS.post.join('|'), 'iu');

interface Grid {
  rows: Element[][];
  header?: string[];
}

/** One cell across the table ("Administration"): it names the group of rows below, nobody. */
function isGroupLabel(cells: readonly Element[]): boolean {
  const [only] = cells;
  return cells.length === 1 && only !== undefined && Number(only.getAttribute('colspan')) > 1;
}

/** How many rows or columns a cell spans, from 1 up to a sane bound. */
function span(cell: Element, attribute: 'rowspan' | 'colspan'): number {
  const value = Number.parseInt(cell.getAttribute(attribute) ?? '1', 10);
  return Number.isFinite(value) ? Math.min(Math.max(value, 1), 100) : 1;
}

/**
 * A row's cells at their columns: a cell spanning rows above ("Vertrieb" over three people)
 * takes its column in each of those rows, so the name and the role stay in their columns.
 */
function placeCells(
  cells: readonly Element[],
  spans: Array<{ cell: Element; rows: number }>,
): Element[] {
  const placed: Element[] = [];
  let column = 0;
  const carryOver = () => {
    for (let above = spans[column]; above && above.rows > 0; above = spans[column]) {
      placed[column] = above.cell;
      above.rows--;
      column++;
    }
  };
  for (const cell of cells) {
    carryOver();
    const rows = span(cell, 'rowspan');
    for (let i = 0; i < span(cell, 'colspan'); i++, column++) {
      placed[column] = cell;
      if (rows > 1) spans[column] = { cell, rows: rows - 1 };
      else delete spans[column];
    }
  }
  carryOver();
  return placed;
}

/** A cell whose whole text is set in bold ("<td><strong>Руководитель СП</strong></td>"). */
function isBold(cell: Element): boolean {
  const bold = cell.querySelector('strong, b, th');
  return bold !== null && textOf(bold, 100) === textOf(cell, 100);
}

function gridOf(table: Element): Grid {
  const rows: Element[][] = [];
  let header: string[] | undefined;
  const spans: Array<{ cell: Element; rows: number }> = [];
  for (const row of table.querySelectorAll('tr')) {
    if (row.closest('table') !== table) continue;
    const own = [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    if (own.length === 0 || isGroupLabel(own)) continue;
    const cells = placeCells(own, spans);
    if (!header && rows.length === 0) {
      const texts = cells.map((c) => textOf(c, 100));
      // A header row: <th> cells, or plain cells that name the columns ("Name", "Funktion").
      const named = texts.every((t) => t.length < 30) && texts.some((t) => NAME_HEADER.test(t));
      if (
        cells.every((c) => c.tagName === 'TH') ||
        (named && (texts.some((t) => TITLE_HEADER.test(t)) || cells.every(isBold)))
      ) {
        header = texts;
        continue;
      }
    }
    rows.push(cells);
  }
  return { rows, header };
}

function cellText(row: Element[], column: number): string {
  const cell = row[column];
  return cell ? textOf(cell, 300) : '';
}

/** Share of the column's non-empty cells that pass `test`, and how many were non-empty. */
function share(
  rows: Element[][],
  column: number,
  test: (text: string) => boolean,
): [number, number] {
  let filled = 0;
  let passed = 0;
  for (const row of rows) {
    const text = cellText(row, column);
    if (text === '') continue;
    filled++;
    if (test(text)) passed++;
  }
  return [filled === 0 ? 0 : passed / filled, filled];
}

/** share() for a test of the cell itself rather than of its text. */
function shareOfCells(
  rows: Element[][],
  column: number,
  test: (cell: Element) => boolean,
): [number, number] {
  let filled = 0;
  let passed = 0;
  for (const row of rows) {
    const cell = row[column];
    if (!cell || cellText(row, column) === '') continue;
    filled++;
    if (test(cell)) passed++;
  }
  return [filled === 0 ? 0 : passed / filled, filled];
}

const lenientName = (text: string) => looksLikeName(text, { allowSingleWord: true });

/**
 * The name a cell's line gives, a surname-first directory form and an employer set aside, or
 * a post written before or after it ("Начальник гаража Галдин Михаил Николаевич").
 */
const nameOfLine = (line: string) =>
  postBeforeName(squash(line))?.name ??
  nameThenPost(squash(line))?.name ??
  nameAndEmployer(surnameFirstToNatural(line))[0];

/** A cell whose first line names someone: "Jukka Saarelainen (Oy)", "涂清云（…处长）<br>…". */
const namesSomeoneBy = (isName: (text: string) => boolean) => (cell: Element) =>
  fieldsOf(cell) !== undefined || isName(nameOfLine(linesOf(cell)[0]?.[0] ?? ''));
const namesSomeone = namesSomeoneBy(lenientName);
/** namesSomeone, for a whole name only: without posts, "BillingOwner" is a field, not a person. */
const namesSomeoneWhole = namesSomeoneBy((text) => looksLikeName(text));

function columns(grid: Grid): { name: number; title?: number } | undefined {
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const named = grid.header?.findIndex((h) => NAME_HEADER.test(h)) ?? -1;
  if (grid.header && named >= 0) {
    const title = grid.header.findIndex((h, i) => i !== named && TITLE_HEADER.test(h));
    if (title >= 0) return { name: named, title };
  }
  let best: { name: number; score: number } | undefined;
  for (let c = 0; c < width; c++) {
    const [score, filled] = shareOfCells(grid.rows, c, namesSomeone);
    if (filled >= 3 && score >= 0.6 && (!best || score > best.score)) best = { name: c, score };
  }
  for (let c = 0; best && c < width; c++) {
    if (c === best.name) continue;
    const [score, filled] = share(grid.rows, c, looksLikeTitle);
    if (filled >= 2 && score >= 0.5) return { name: best.name, title: c };
  }
  // No column of posts: the column its heading names gives each holder's post where the cell
  // has one ("Начальник гаража Галдин Михаил Николаевич", "Aki Nummelin, puheenjohtaja").
  if (named >= 0 && shareOfCells(grid.rows, named, namesSomeoneWhole)[0] >= 0.6) {
    return { name: named };
  }
  return undefined;
}

/**
 * No column of posts, but the name column's own heading is one ("Заведующий отделением",
 * "Dekan"): everyone listed holds that post.
 */
function postInHeader(grid: Grid): { name: number; post: string } | undefined {
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const header = grid.header?.[c];
    // A post in words ("Заведующий отделением"), not a column label ("Director", "Member").
    if (!header?.includes(' ') || !looksLikeTitle(header)) continue;
    const [score, filled] = share(grid.rows, c, (text) => looksLikeName(text));
    if (filled >= 3 && score >= 0.6) return { name: c, post: header };
  }
  return undefined;
}

/**
 * A name cell's people: its text, or each of its <br>-separated lines when it holds several
 * ("涂清云（…处长）<br>周明全（…院长）": two holders of one post), each with where it shows.
 */
function linesOf(cell: Element): Array<[string, Element]> {
  const fields = cell.querySelector('br') ? readRecord(contentOf(cell), cell) : [];
  if (fields.length < 2) {
    return [[textOf(cell, 300), cell.querySelector('strong, b, a') ?? cell]];
  }
  return fields.map((field) => [field.text, field.element]);
}

/**
 * A cell of fields, each in its own element ("<span class=name>Susan Moffitt</span><span
 * class=role>Mayor, City of Clawson</span>"): the name first, the post after it.
 */
function fieldsOf(cell: Element): Holder | undefined {
  const fields = childrenOf(cell).filter((child) => textOf(child, 100) !== '');
  const [first, second] = fields;
  if (!first || !second || fields.length > 4 || cell.querySelector('br')) return undefined;
  const name = textOf(first, 100);
  if (!looksLikeName(name) || lenientName(textOf(cell, 300))) return undefined;
  const post = textOf(second, 200);
  return { line: name, element: first, post: looksLikeTitle(post) ? post : undefined };
}

interface Holder {
  line: string;
  element: Element;
  /** A post the cell itself gives, before or after the name or in a field of its own. */
  post?: string;
}

/**
 * Each holder a name cell gives: a line each, each name of a list, and where the table has no
 * column of posts (`gluedPosts`), a post written before the name.
 */
function holdersOf(cell: Element, gluedPosts: boolean): Holder[] {
  const fields = fieldsOf(cell);
  if (fields) return [fields];
  return linesOf(cell).flatMap(([line, element]): Holder[] => {
    const listed = namesInList(line);
    if (listed) return listed.map((name) => ({ line: name, element }));
    const after = nameThenPost(squash(line));
    if (after) return [{ line: after.name, element, post: after.post }];
    const glued = !gluedPosts || lenientName(line) ? undefined : postBeforeName(squash(line));
    return [glued ? { line: glued.name, element, post: glued.post } : { line, element }];
  });
}

function tableCandidates(table: Element): Candidate[] {
  const grid = gridOf(table);
  if (grid.rows.length < 2) return [];
  const cols = columns(grid);
  const holders = cols ? undefined : postInHeader(grid);
  const nameColumn = cols?.name ?? holders?.name;
  if (nameColumn === undefined) return [];
  // Without a column of posts (a post in the header, or posts in the name cells), every name
  // must read as one on its own ("BillingOwner" no).
  const postsInNames = cols !== undefined && cols.title === undefined;
  const isName = cols?.title === undefined ? (text: string) => looksLikeName(text) : lenientName;
  const out: Candidate[] = [];
  let carried = holders?.post;
  for (const row of grid.rows) {
    const roleText = cols?.title !== undefined ? cellText(row, cols.title) : '';
    if (roleText !== '') carried = roleText;
    const nameCell = row[nameColumn];
    if (!nameCell) continue;
    const split = carried ? splitOrgAndTitle(squash(carried)) : undefined;
    for (const { line, element, post } of holdersOf(nameCell, postsInNames)) {
      // Directories list "Surname, Firstname".
      // "Jukka Saarelainen (Puusepänliike Saarelainen Oy)": a member and whom they represent.
      const [name, employer] = nameAndEmployer(surnameFirstToNatural(line));
      if (name === '' || !isName(name)) continue;
      out.push({
        name: cleanName(name),
        title: post ?? split?.title,
        org: split?.org ?? employer,
        element,
        evidence: { detector: id, method: 'page-layout', confidence: 0.65 },
      });
    }
  }
  // A table where few rows are people is a data table that happens to hold names.
  return out.length >= 2 ? out : [];
}

export function detect(root: ParentNode, _url: URL): Candidate[] {
  const out: Candidate[] = [];
  for (const table of pageIndex(root).tables) {
    if (table.closest(NOT_CONTENT) || underSuggestions(table)) continue;
    out.push(...tableCandidates(table));
  }
  return out;
}
