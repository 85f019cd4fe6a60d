/**
 * One-line lists, one person per item: "Surname, Firstname – Role – email", "Name – Role",
 * "Name (Role)", "Role: Name" (董事长：王建国).
 */
import {
  blockOf,
  headsRoster,
  headsSuggestions,
  inFactTable,
  NOT_CONTENT,
  readBlocks,
  type Segment,
  underSuggestions,
} from '../layout';
import {
  cleanName,
  looksLikeName,
  namesInList,
  nameWithPost,
  surnameFirstToNatural,
} from '../names';
import { HEADING_TAGS, outOfTime, pageIndex } from '../page-index';
import { readName } from '../records/evidence';
import { findEmail, heldBefore, textOf } from '../text';
import { hasRoleWord, looksLikeTitle, splitOrgAndTitle } from '../titles';
import { normalizeTitle } from '../titles/patterns';
import type { Candidate } from '../types';

export const id = 'lines';

/** Longest block read as lines: a blog post's body may hold a whole organisation chart. */
const MAX_BLOCK = 10_000;

/** A dash, en dash, em dash or bar with spaces around it; "Brenner-Lindqvist" keeps its hyphen. */
const SEPARATOR = /\s+[-–—|·•]\s+|\s*[–—|·•]\s*/u;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const TRAILING_SEPARATOR = /\s*[-–—|·•,;:]\s*$/u;
const COLON = /^([^:：]+?)\s*[:：]\s*(.+)$/u;

/** Items that hold other items (nested lists): only the innermost item is one line. */
function containersOf(items: Element[]): Set<Element> {
  const itemSet = new Set(items);
  const containers = new Set<Element>();
  for (const item of items) {
    for (let up = item.parentElement; up && !containers.has(up); up = up.parentElement) {
      if (itemSet.has(up)) containers.add(up);
    }
  }
  return containers;
}

export interface Line {
  name: string;
  title?: string;
  email?: string;
  element: Element;
}

/** A name and the role beside it, if any. */
type Entry = [name: string, role?: string];

/** Name and role from the parts of a line, whichever comes first. */
function nameAndRole(first: string, second: string | undefined): Entry[] | undefined {
  const withPost = nameWithPost(first);
  if (withPost) return [[withPost.name, withPost.post]];
  const natural = surnameFirstToNatural(first).replace(/\s+,/gu, ',');
  if (looksLikeName(natural)) {
    return [[natural, second && !findEmail(second) ? second : undefined]];
  }
  // "Marko Pesonen, huoltopäällikkö – puh. 044 …": name and role share the first part.
  const byComma = first.includes(',') ? commaLine(first) : undefined;
  if (byComma) return byComma;
  if (!second || !looksLikeTitle(first)) return undefined;
  // "Counter Sales — Luis Arredondo, Tanya Birch": a post, then everyone who holds it.
  const holders = namesInList(second);
  if (holders && holders.length > 1) return holders.map((name) => [name, first]);
  // "Начальник бюро — Зайнуллин Р. Ф., доб. 210": the name, then how to reach them.
  const name = second.split(/\s*,\s*/u)[0];
  return name && looksLikeName(name) ? [[name, first]] : undefined;
}

/**
 * "Heikkinen Tuula, toimitusjohtaja, puh. 050 321 7788": name, role and contact details
 * between commas (full-width in Chinese); "Becker, Georg, Programmierer" when the name itself
 * holds the first comma.
 */
function commaLine(text: string): Entry[] | undefined {
  const parts = text.split(/\s*[,，]\s*/u).filter(Boolean);
  const [first = '', second = '', third] = parts;
  // Chinese filings write "周振邦，董事长兼总经理，1968年出生，…": name, post, then the bio.
  if (parts.length < 2 || (parts.length > 5 && !HAN_NAME.test(first))) return undefined;
  if (looksLikeName(first) && looksLikeTitle(second)) return [[first, second]];
  const natural = surnameFirstToNatural(`${first}, ${second}`);
  if (
    third &&
    natural !== `${first}, ${second}` &&
    looksLikeName(natural) &&
    looksLikeTitle(third)
  ) {
    return [[natural, third]];
  }
  return undefined;
}

function parseLine(text: string): Entry[] | undefined {
  const parts = text
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length >= 2 && parts.length <= 5) return nameAndRole(parts[0] ?? '', parts[1]);
  if (parts.length !== 1) return undefined;
  const byComma = commaLine(text);
  if (byComma) return byComma;
  const withPost = nameWithPost(text);
  if (withPost) return [[withPost.name, withPost.post]];
  const colon = COLON.exec(text);
  if (!colon?.[1] || !colon[2]) return undefined;
  const [left, right] = [colon[1], colon[2]];
  if (looksLikeTitle(left) && looksLikeName(right)) return [[right, left]];
  // "Anna Berg: CEO" is rare beside "Rangkap Jabatan: Sekretaris …", a label and its value:
  // the name first needs the name lists' word.
  if (readName(left).score === 1 && looksLikeTitle(right)) return [[left, right]];
  // "Казань и Республика Татарстан: Мухаметшин Айдар Ринатович, региональный менеджер, +7 …":
  // a region or a desk, then the person who covers it.
  return looksLikeTitle(left) ? undefined : commaLine(right);
}

/** A mailto link: its address is read from the link, its words ("Email Priya") are no role. */
function isMailLink(el: Element): boolean {
  return el.tagName === 'A' && /^\s*mailto:/iu.test(el.getAttribute('href') ?? '');
}

/** The people of one list entry: a line, or a line of a block broken by <br>. */
export function peopleIn(text: string, element: Element, mailto = ''): Line[] {
  const line = text.replace(TRAILING_SEPARATOR, '');
  if (line.length > 300 || line.length < 3 || heldBefore(line)) return [];
  const email = findEmail(mailto) ?? findEmail(line);
  return (parseLine(line) ?? []).map(([name, title]) => ({
    name: cleanName(name),
    title,
    email,
    element,
  }));
}

function readItem(item: Element): Line[] {
  // Lines broken by <br> are several lines, not one entry (read with the broken blocks).
  if (item.querySelector('br')) return [];
  // Without the link, "Name – Role – " keeps a separator that led to the address.
  const text = textOf(item, 400, { skip: isMailLink });
  const mail = item.querySelector('a[href^="mailto:" i]')?.getAttribute('href') ?? '';
  const found = peopleIn(text, item, mail);
  const nameLink = item.querySelector('a:not([href^="mailto:" i])');
  const linkText = nameLink ? textOf(nameLink, 100) : '';
  for (const line of found) {
    if (nameLink && found.length === 1 && line.name.includes(linkText)) line.element = nameLink;
  }
  return found;
}

/**
 * Each line of a block broken by <br> as an entry: "Outside Sales Rep | Grant Whitaker<br>…";
 * or a post on a line of its own with the name of whoever holds it on the next line, as blog
 * posts write an organisation chart ("Ketua Dewan Pembina<br><b>H. Bambang Wiryo</b>").
 */
function brokenLines(segments: readonly Segment[]): Line[][] {
  if (segments.length < 2) return [];
  const entries: Line[][] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    // A menu's entries are the site's, not a post or a person.
    if (!segment || segment.element.closest(NOT_CONTENT)) continue;
    const people = peopleIn(segment.text, segment.element);
    const next = segments[i + 1];
    const after = segments[i + 2];
    // "PENGURUS<br><p>Dr. Rahmat Nasution<br>Ketua Pengurus</p>": the name has a post of its own.
    const ownPost =
      next && after && blockOf(after) === blockOf(next) && blockOf(next) !== blockOf(segment);
    // A link to another page is a menu entry, never a post.
    const post = !linksAway(segment.element);
    if (people.length === 0 && next && !ownPost && post && postOverName(segment.text, next.text)) {
      entries.push([{ name: cleanName(next.text), title: segment.text, element: next.element }]);
      i++;
      continue;
    }
    entries.push(people);
  }
  return entries;
}

/** A link to another page ("<a href=katalog.php>Katalog Produk</a>"): a menu entry. */
function linksAway(element: Element): boolean {
  const link = element.closest('a[href]');
  const href = link?.getAttribute('href') ?? '';
  return link !== null && !/^\s*(?:#|mailto:|tel:|javascript:)/iu.test(href) && href.trim() !== '';
}

/** A line naming a post, then a line naming a person and nothing else. */
function postOverName(post: string, name: string): boolean {
  return looksLikeTitle(post) && looksLikeName(name) && !looksLikeTitle(name);
}

/**
 * A list of people reads as one: most entries name someone (or three at least do), and most of
 * those give a role or an e-mail address. One entry may name several people ("Counter Sales —
 * Ana, Tom").
 */
function listOfPeople(entries: readonly Line[][]): Line[] {
  const named = entries.filter((people) => people.length > 0);
  // Three people or more read as a list even among other lines (an address, a note).
  if (named.length < 2 || (named.length < 3 && named.length * 3 < entries.length)) return [];
  const lines = named.flat();
  const roles = lines.filter((line) => line.title && hasRoleWord(line.title)).length;
  const mails = lines.filter((line) => line.email).length;
  return roles * 2 >= lines.length || mails * 2 >= lines.length ? lines : [];
}

/** The heading over a list: just before it, or before the wrapper or column it sits in. */
function headingOver(list: Element): Element | undefined {
  let node: Element | null = list;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    const before = node.previousElementSibling;
    if (before && HEADING_TAGS.has(before.tagName)) return before;
    if (before) return undefined;
  }
  return undefined;
}

/** What follows a name in a names-only list: a place, a party, years ("Pekka Räsänen, Kaavi"). */
const AFTER_NAME = /\s*(?:[,(（–—|]|\s-\s).*$/u;

/**
 * A list of names alone under a heading that names a body ("Hallitus 2025", "Board of
 * Trustees", "Muut jäsenet"): each entry's name, before any place or party after it.
 */
function namesUnderHeading(list: Element, read: () => readonly [string, Element][]): Line[] {
  const heading = headingOver(list);
  if (!heading) return [];
  const text = normalizeTitle(textOf(heading, 100));
  if (!headsRoster(text) || headsSuggestions(text)) return [];
  const texts = read();
  if (texts.length < 3) return [];
  const lines: Line[] = [];
  for (const [entry, element] of texts) {
    const name = entry.replace(AFTER_NAME, '');
    if (looksLikeName(name)) lines.push({ name: cleanName(name), element });
  }
  return lines.length >= 3 && lines.length * 5 >= texts.length * 4 ? lines : [];
}

function toCandidate(line: Line): Candidate {
  const split = line.title ? splitOrgAndTitle(line.title) : undefined;
  return {
    name: line.name,
    title: split?.title,
    org: split?.org,
    email: line.email,
    element: line.element,
    evidence: { detector: id, method: 'page-layout', confidence: 0.6 },
  };
}

export function detect(root: ParentNode, _url: URL): Candidate[] {
  const index = pageIndex(root);
  const byList = new Map<Element, Element[]>();
  const items = index.lines;
  const containers = containersOf(items);
  for (const item of items) {
    const parent = item.parentElement;
    if (!parent || containers.has(item) || item.tagName === 'DT') continue;
    const siblings = byList.get(parent);
    if (siblings) siblings.push(item);
    else byList.set(parent, [item]);
  }
  const lists: Array<[Element, () => Line[][], () => [string, Element][]]> = [];
  for (const [list, entries] of byList) {
    // A list is two lines or more: a lone paragraph in a card is the cards detector's.
    if (entries.length < 2) continue;
    const texts = (): [string, Element][] => entries.map((item) => [textOf(item, 200), item]);
    lists.push([list, () => entries.map(readItem), texts]);
  }
  for (const block of index.broken) {
    // One reading of the block serves both the parsed lines and the roster of names.
    let segments: readonly Segment[] | undefined;
    const read = () => {
      segments ??= readBlocks(block, MAX_BLOCK)?.segments ?? [];
      return segments;
    };
    const texts = (): [string, Element][] =>
      read().map((segment) => [segment.text, segment.element]);
    lists.push([block, () => brokenLines(read()), texts]);
  }
  const out: Candidate[] = [];
  for (const [list, read, texts] of lists) {
    if (outOfTime()) break;
    const lines = listOfPeople(read());
    // Under a board's heading, the members named alone count too (after those with posts).
    const named = new Set(lines.map((line) => line.element));
    const roster = namesUnderHeading(list, texts).filter((line) => !named.has(line.element));
    if (lines.length === 0 && roster.length === 0) continue;
    if (list.closest(NOT_CONTENT) || inFactTable(list) || underSuggestions(list)) continue;
    out.push(...[...lines, ...roster].map(toCandidate));
  }
  return out;
}
