/**
 * One-line lists, one person per item: "Surname, Firstname – Role – email", "Name – Role",
 * "Name (Role)", "Role: Name" (董事长：王建国).
 */
import { inFactTable, NOT_CONTENT } from '../layout';
import { cleanName, looksLikeName, nameWithPost, surnameFirstToNatural } from '../names';
import { outOfTime, pageIndex } from '../page-index';
import { findEmail, textOf } from '../text';
import { hasRoleWord, looksLikeTitle, splitOrgAndTitle } from '../titles';
import type { Candidate } from '../types';

export const id = 'lines';

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

interface Line {
  name: string;
  title?: string;
  email?: string;
  element: Element;
}

/** Name and role from the parts of a line, whichever comes first. */
function nameAndRole(first: string, second: string | undefined): [string, string?] | undefined {
  const withPost = nameWithPost(first);
  if (withPost) return [withPost.name, withPost.post];
  const natural = surnameFirstToNatural(first).replace(/\s+,/gu, ',');
  if (looksLikeName(natural)) {
    return [natural, second && !findEmail(second) ? second : undefined];
  }
  // "Начальник бюро — Зайнуллин Р. Ф., доб. 210": the name, then how to reach them.
  const name = second?.split(/\s*,\s*/u)[0];
  if (name && looksLikeTitle(first) && looksLikeName(name)) return [name, first];
  return undefined;
}

/**
 * "Heikkinen Tuula, toimitusjohtaja, puh. 050 321 7788": name, role and contact details
 * between commas (full-width in Chinese); "Becker, Georg, Programmierer" when the name itself
 * holds the first comma.
 */
function commaLine(text: string): [string, string?] | undefined {
  const parts = text.split(/\s*[,，]\s*/u).filter(Boolean);
  const [first = '', second = '', third] = parts;
  // Chinese filings write "周振邦，董事长兼总经理，1968年出生，…": name, post, then the bio.
  if (parts.length < 2 || (parts.length > 5 && !HAN_NAME.test(first))) return undefined;
  if (looksLikeName(first) && looksLikeTitle(second)) return [first, second];
  const natural = surnameFirstToNatural(`${first}, ${second}`);
  if (
    third &&
    natural !== `${first}, ${second}` &&
    looksLikeName(natural) &&
    looksLikeTitle(third)
  ) {
    return [natural, third];
  }
  return undefined;
}

function parseLine(text: string): [string, string?] | undefined {
  const parts = text
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length >= 2 && parts.length <= 5) return nameAndRole(parts[0] ?? '', parts[1]);
  if (parts.length !== 1) return undefined;
  const byComma = commaLine(text);
  if (byComma) return byComma;
  const withPost = nameWithPost(text);
  if (withPost) return [withPost.name, withPost.post];
  const colon = COLON.exec(text);
  if (colon?.[1] && colon[2]) {
    const [left, right] = [colon[1], colon[2]];
    if (looksLikeTitle(left) && looksLikeName(right)) return [right, left];
    if (looksLikeName(left) && looksLikeTitle(right)) return [left, right];
  }
  return undefined;
}

/** A mailto link: its address is read from the link, its words ("Email Priya") are no role. */
function isMailLink(el: Element): boolean {
  return el.tagName === 'A' && /^\s*mailto:/iu.test(el.getAttribute('href') ?? '');
}

function readLine(item: Element): Line | undefined {
  // Without the link, "Name – Role – " keeps a separator that led to the address.
  const text = textOf(item, 400, { skip: isMailLink }).replace(TRAILING_SEPARATOR, '');
  if (text.length > 300 || text.length < 3) return undefined;
  // Lines broken by <br> are several lines, not one entry (the labels detector reads those).
  if (item.querySelector('br')) return undefined;
  const parsed = parseLine(text);
  if (!parsed) return undefined;
  const [name, title] = parsed;
  const mail = item.querySelector('a[href^="mailto:" i]')?.getAttribute('href') ?? '';
  const email = findEmail(mail) ?? findEmail(text);
  const nameLink = item.querySelector('a:not([href^="mailto:" i])');
  const element = nameLink && name.includes(textOf(nameLink, 100)) ? nameLink : item;
  return { name: cleanName(name), title, email, element };
}

export function detect(root: ParentNode, _url: URL): Candidate[] {
  const byList = new Map<Element, Element[]>();
  const items = pageIndex(root).lines;
  const containers = containersOf(items);
  for (const item of items) {
    const parent = item.parentElement;
    if (!parent || containers.has(item) || item.tagName === 'DT') continue;
    const siblings = byList.get(parent);
    if (siblings) siblings.push(item);
    else byList.set(parent, [item]);
  }
  const out: Candidate[] = [];
  for (const [list, entries] of byList) {
    // A list is two lines or more: a lone paragraph in a card is the cards detector's.
    if (entries.length < 2) continue;
    if (outOfTime()) break;
    const lines: Line[] = [];
    for (const entry of entries) {
      const line = readLine(entry);
      if (line) lines.push(line);
    }
    // A list of people reads as one: most second parts are roles, or the lines carry e-mails.
    const roles = lines.filter((line) => line.title && hasRoleWord(line.title)).length;
    const mails = lines.filter((line) => line.email).length;
    if (lines.length < 2 || lines.length * 3 < entries.length) continue;
    if (roles * 2 < lines.length && mails * 2 < lines.length) continue;
    if (list.closest(NOT_CONTENT) || inFactTable(list)) continue;
    for (const line of lines) {
      const split = line.title ? splitOrgAndTitle(line.title) : undefined;
      out.push({
        name: line.name,
        title: split?.title,
        org: split?.org,
        email: line.email,
        element: line.element,
        evidence: { detector: id, method: 'page-layout', confidence: 0.6 },
      });
    }
  }
  return out;
}
