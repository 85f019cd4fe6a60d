/**
 * People written as sections rather than cards: a heading per person (or a <dt>) followed by
 * the lines about them, as Markdown handbooks, wikis and board pages render them.
 */
import {
  type CardReading,
  headsPeople,
  headsSuggestions,
  NOT_CONTENT,
  readBlocks,
  type Segment,
  underSuggestions,
} from '../layout';
import { cleanName, looksLikeName } from '../names';
import { outOfTime, pageIndex, signatureIn } from '../page-index';
import { learnTemplate, type NameAndTitle, readByTemplate, readLoose } from '../template';
import { absoluteUrl, findEmail, textOf } from '../text';
import { looksLikeTitle } from '../titles';
import { normalizeTitle } from '../titles/patterns';
import type { Candidate } from '../types';

export const id = 'sections';

const RANK: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6, DT: 7 };
/** Siblings read after a heading: the title sits near it; long bios after that add nothing. */
const MAX_SIBLINGS = 6;
const HEADING_SLOT = 'heading';

/** Headings of contact details, not of people: phone, fax, e-mail, address, hours. */
const CONTACT_FIELD = new RegExp(
  `^(?:${[
    'phone|telephone|tel|fax|e-?mail|address|office hours|website',
    'telefon|e-mail-adresse|adresse|anschrift|sprechzeiten',
    'телефон|факс|почта|e-mail|адрес|эл\\. почта|электронная почта|часы работы',
    'telepon|alamat|surel|jam kerja',
    'puhelin|sähköposti|osoite|aukioloajat',
  ].join('|')})(?!\\p{L})|电话|邮箱|传真|地址|网址|邮编`,
  'u',
);

/** One person's section: the heading and the sibling blocks up to the next heading of its rank. */
function readSection(
  children: HTMLCollection,
  at: number,
  rank: number,
  signature: (el: Element) => string,
): CardReading | undefined {
  const heading = children[at];
  if (!heading) return undefined;
  const name = textOf(heading, 200);
  const segments: Segment[] = [
    { text: name, element: heading, slot: HEADING_SLOT, family: HEADING_SLOT },
  ];
  const reading: CardReading = { card: heading, segments };
  const seen = new Map<string, number>();
  for (let i = at + 1; i < children.length && i <= at + MAX_SIBLINGS; i++) {
    const sibling = children[i];
    if (!sibling) break;
    const siblingRank = RANK[sibling.tagName];
    if (siblingRank !== undefined && siblingRank <= rank) break;
    const block = readBlocks(sibling, 600, signature);
    if (!block) continue;
    // The n-th paragraph after the heading is one slot, whatever else the section holds.
    const key = signature(sibling);
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    for (const segment of block.segments) {
      const own = segment.slot.startsWith('#');
      segments.push({
        ...segment,
        slot: `>${key}@${nth}${segment.slot}`,
        family: own ? `>${key}${segment.slot}` : `>${key}@${nth}${segment.family}`,
      });
    }
    reading.photo ??= block.photo;
    reading.mailto ??= block.mailto;
  }
  return reading;
}

/**
 * The other way round: each heading (or <dt>) names a post, and the name of whoever holds it
 * follows ("<dt>Генеральный директор</dt><dd>Белозёров Аркадий Леонидович</dd><dd>Тел.: …</dd>").
 */
function postsAsHeadings(
  children: HTMLCollection,
  headings: ReadonlyMap<number, string>,
  rank: number,
): Candidate[] {
  const posts = [...headings].filter(([, text]) => looksLikeTitle(text));
  // How to reach the office ("联系电话", "E-Mail", "Adresse") may follow its people in one list.
  let contacts = 0;
  for (const text of headings.values()) if (CONTACT_FIELD.test(normalizeTitle(text))) contacts++;
  if (posts.length < 2 || posts.length * 2 < headings.size - contacts) return [];
  const out: Candidate[] = [];
  for (const [at, post] of posts) {
    for (let i = at + 1; i < children.length && i <= at + 2; i++) {
      const next = children[i];
      if (!next || (RANK[next.tagName] ?? Number.POSITIVE_INFINITY) <= rank) break;
      const name = textOf(next, 200);
      if (!looksLikeName(name)) continue;
      const mail = mailtoAfter(children, i, rank);
      out.push({
        name: cleanName(name),
        title: post,
        email: mail ? findEmail(mail) : undefined,
        element: next,
        evidence: { detector: id, method: 'page-layout', confidence: 0.5 },
      });
      break;
    }
  }
  return out.length >= 2 ? out : [];
}

/** The first e-mail link among the siblings after `from`, up to the next heading of `rank`. */
function mailtoAfter(children: HTMLCollection, from: number, rank: number): string | undefined {
  for (let i = from; i < children.length && i <= from + MAX_SIBLINGS; i++) {
    const sibling = children[i];
    if (!sibling || (i > from && (RANK[sibling.tagName] ?? Number.POSITIVE_INFINITY) <= rank)) {
      return undefined;
    }
    const link = sibling.querySelector('a[href^="mailto:" i]');
    if (link) return link.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/** A person read from a section: their e-mail, photo and profile link come with them. */
function candidateFrom(
  reading: CardReading,
  person: NameAndTitle,
  link: Element | null,
  url: URL,
  confidence: number,
): Candidate {
  return {
    name: person.name,
    title: person.title,
    org: person.org,
    email: reading.mailto ? findEmail(reading.mailto) : undefined,
    photoUrl: absoluteUrl(reading.photo, url),
    profileUrl: absoluteUrl(link?.getAttribute('href'), url),
    element: person.element,
    evidence: { detector: id, method: 'page-layout', confidence },
  };
}

function sectionsUnder(parent: Element, url: URL, signature: (el: Element) => string): Candidate[] {
  const children = parent.children;
  const byTag = new Map<string, number[]>();
  for (let i = 0; i < children.length; i++) {
    const tag = children[i]?.tagName ?? '';
    if (RANK[tag] === undefined) continue;
    const list = byTag.get(tag);
    if (list) list.push(i);
    else byTag.set(tag, [i]);
  }
  const out: Candidate[] = [];
  for (const [tag, positions] of byTag) {
    if (positions.length < 2) continue;
    const headings = new Map<number, string>();
    for (const i of positions) {
      const heading = children[i];
      if (heading) headings.set(i, textOf(heading, 200));
    }
    const names = [...headings.values()].filter((text) => looksLikeName(text)).length;
    if (names < 2 || names * 2 < positions.length) {
      out.push(...postsAsHeadings(children, headings, RANK[tag] ?? 7));
      continue;
    }
    const readings: CardReading[] = [];
    for (const at of positions) {
      const reading = readSection(children, at, RANK[tag] ?? 7, signature);
      if (reading) readings.push(reading);
    }
    const template = learnTemplate(readings);
    if (template?.name !== HEADING_SLOT) continue;
    const mails = readings.filter((r) => r.mailto).length;
    if (!template.title && (mails < 3 || mails * 2 < readings.length)) continue;
    for (const reading of readings) {
      const person = readByTemplate(reading, template);
      if (!person) continue;
      const link = reading.card.querySelector('a[href]:not([href^="#"])');
      out.push(candidateFrom(reading, person, link, url, 0.55));
    }
  }
  return out;
}

/** The first card after a heading such as "Instructors": one person needs no look-alikes. */
function loneCard(
  heading: Element,
  url: URL,
  signature: (el: Element) => string,
  read: Set<Element>,
): Candidate[] {
  // A heading alone in its wrapper (<header><h2>…</h2></header>): the section goes on after it.
  let top = heading;
  for (let up = 0; up < 2 && !top.nextElementSibling; up++) {
    const parent = top.parentElement;
    if (parent?.childElementCount !== 1) break;
    top = parent;
  }
  for (
    let next = top.nextElementSibling, n = 0;
    next && n < 2;
    next = next.nextElementSibling, n++
  ) {
    // A heading over a list already read as people introduces them; it adds no one. A table
    // is read by its columns (the tables detector).
    if (RANK[next.tagName] !== undefined || read.has(next) || next.tagName === 'TABLE') break;
    const reading = readBlocks(next, 600, signature);
    const person = reading ? readLoose(reading.segments) : undefined;
    if (!reading || !person) continue;
    const link = next.querySelector('a[href]:not([href^="#"]):not([href^="mailto:" i])');
    return [candidateFrom(reading, person, link, url, 0.5)];
  }
  return [];
}

export function detect(root: ParentNode, url: URL): Candidate[] {
  const index = pageIndex(root);
  const signature = (el: Element) => signatureIn(index, el);
  // Parents holding two headings or more; a card's single heading is the cards detector's.
  const headings = new Map<Element, number>();
  const count = (el: Element) => {
    const parent = el.parentElement;
    if (parent) headings.set(parent, (headings.get(parent) ?? 0) + 1);
  };
  for (const el of index.headings) count(el);
  for (const el of index.lines) if (el.tagName === 'DT') count(el);
  const out: Candidate[] = [];
  const read = new Set<Element>();
  for (const [parent, n] of headings) {
    if (n < 2) continue;
    if (outOfTime()) break;
    const found = sectionsUnder(parent, url, signature);
    if (found.length > 0 && !parent.closest(NOT_CONTENT) && !underSuggestions(parent)) {
      out.push(...found);
      read.add(parent);
    }
  }
  for (const heading of index.headings) {
    if (outOfTime()) break;
    const text = normalizeTitle(textOf(heading, 100));
    if (!headsPeople(text) || headsSuggestions(text)) continue;
    if (heading.closest(NOT_CONTENT)) continue;
    out.push(...loneCard(heading, url, signature, read));
  }
  return out;
}
