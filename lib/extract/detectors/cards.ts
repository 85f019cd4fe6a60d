/**
 * Team pages without markup: look-alike cards (same tag and classes under the same kind of
 * parent). The group teaches where its cards keep the name and the title; every card is then
 * read the same way, so a handle, a one-word name or a joke title is read where it stands.
 */
import {
  type CardReading,
  inFactTable,
  NOT_CONTENT,
  opensWithSuggestions,
  readBlocks,
  underSuggestions,
} from '../layout';
import { cleanName, isPet, looksLikeName } from '../names';
import { childrenOf, outOfTime, type PageIndex, pageIndex, signatureIn } from '../page-index';
import { finish, type Steps } from '../steps';
import {
  learnTemplate,
  type NameAndTitle,
  readByTemplate,
  readLoose,
  type Template,
} from '../template';
import { absoluteUrl, findEmail, isHidden } from '../text';
import { looksLikeTitle, splitCompanies, splitOrgAndTitle } from '../titles';
import type { Candidate } from '../types';

export const id = 'cards';

/** Cells, options, heads and scripts are never cards (a table row may be one). */
const NOT_CARDS = new Set([
  'TD',
  'TH',
  'OPTION',
  'TBODY',
  'THEAD',
  'COL',
  'SCRIPT',
  'STYLE',
  'META',
  'LINK',
  'BR',
  'HR',
  'IMG',
]);
/** Cards read before deciding whether a group is people at all. */
const SAMPLE = 8;
/**
 * Bylines, comments, forum posts and quotes name the page's writers and readers, not its people;
 * a post's body ("post-body", "post-content") is the page's own text.
 */
const NOT_PEOPLE = /byline|author|comment|review|reply|forum|thread|testimonial|quote/iu;
/** A post: a forum's or a feed's, when it is the card or its list; further up, the page's own text. */
const POST = /\bpost(?![-_](?:body|content|entry|inner|text|page))/iu;

/** The card, its list and the section around it say what the group is for. */
function namedNotPeople(card: Element, signature: (el: Element) => string): boolean {
  let node: Element | null = card;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    const kind = signature(node);
    if (NOT_PEOPLE.test(kind) || (level < 2 && POST.test(kind))) return true;
  }
  return false;
}

interface Found {
  candidate: Candidate;
  order: number;
  card: Element;
}

function toFound(reading: CardReading, person: NameAndTitle, url: URL, index: PageIndex): Found {
  return {
    order: index.facts.get(reading.card)?.order ?? 0,
    card: reading.card,
    candidate: {
      name: person.name,
      title: person.title,
      org: person.org,
      email: reading.mailto ? findEmail(reading.mailto) : undefined,
      photoUrl: absoluteUrl(reading.photo, url),
      element: person.element,
      evidence: { detector: id, method: 'page-layout', confidence: 0.6 },
    },
  };
}

/**
 * Cells are values, never cards; unless a cell holds lines of its own, as tables laying out
 * three people a row do ("<td><b>Name</b><br>Funktion<br>Telefon</td>").
 */
function mayBeCard(el: Element): boolean {
  const tag = el.tagName;
  if (!NOT_CARDS.has(tag)) return true;
  if (tag !== 'TD' && tag !== 'TH') return false;
  return childrenOf(el).some((child) => child.tagName === 'BR' || LINE_BLOCKS.has(child.tagName));
}

const LINE_BLOCKS = new Set(['P', 'DIV', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL']);

/** Look-alikes share a tag: a few children of different tags hold no group, whatever their classes. */
function tagRepeats(children: readonly Element[]): boolean {
  for (let i = 1; i < children.length; i++) {
    const child = children[i];
    const tag = child?.tagName;
    if (!child || tag === undefined || !mayBeCard(child)) continue;
    for (let j = 0; j < i; j++) if (children[j]?.tagName === tag) return true;
  }
  return false;
}

/** Children of `parent` by signature, groups of two or more only. */
function groupsOf(parent: Element, signature: (el: Element) => string): Element[][] {
  const children = childrenOf(parent);
  if (children.length <= 8 && !tagRepeats(children)) return [];
  const keys: string[] = [];
  let repeated = false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const key = child && mayBeCard(child) ? signature(child) : '';
    if (key !== '' && !repeated && keys.includes(key)) repeated = true;
    keys.push(key);
    // Most parents hold a few different children: no group, no map.
    if (i === 8 && !repeated) break;
  }
  if (!repeated && keys.length <= 8) return [];
  const groups = new Map<string, Element[]>();
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const key = keys[i] ?? (child && mayBeCard(child) ? signature(child) : '');
    if (!child || key === '') continue;
    const group = groups.get(key);
    if (group) group.push(child);
    else groups.set(key, [child]);
  }
  return [...groups.values()].filter((group) => group.length >= 2);
}

function* readAll<T>(
  units: readonly T[],
  read: (unit: T) => CardReading | undefined,
): Steps<CardReading[]> {
  const out: CardReading[] = [];
  for (const unit of units) {
    yield;
    if (outOfTime()) break;
    const reading = read(unit);
    if (reading && reading.segments.length > 0) out.push(reading);
  }
  return out;
}

/**
 * Page builders (Wix, some Elementor layouts) put no wrapper round a card: the photo, the name
 * and the title are siblings, and the same few siblings repeat. Runs of `period` children that
 * repeat one sequence of signatures, two runs at least; none when the children do not repeat.
 */
function periodicRuns(
  children: readonly Element[],
  signature: (el: Element) => string,
): Element[][] {
  const [first] = children;
  if (!first || children.length < 4) return [];
  for (let period = 2; period <= 4 && period * 2 <= children.length; period++) {
    // Cheap look first: a run repeats from its first child, or the children do not repeat.
    const again = children[period];
    if (!again || signature(again) !== signature(first)) continue;
    const keys = children.map((child) => signature(child));
    if (new Set(keys.slice(0, period)).size < 2) continue;
    let end = period;
    while (end < keys.length && keys[end] === keys[end - period]) end++;
    const runs = Math.floor(end / period);
    if (runs < 2) continue;
    const out: Element[][] = [];
    for (let run = 0; run < runs; run++)
      out.push(children.slice(run * period, run * period + period));
    return out;
  }
  return [];
}

/** A run of siblings read as one card: each sibling's slots marked with its place in the run. */
function readRun(
  run: readonly Element[],
  signature: (el: Element) => string,
): CardReading | undefined {
  const [first] = run;
  if (!first) return undefined;
  const reading: CardReading = { card: first, segments: [] };
  for (const [place, el] of run.entries()) {
    const part = readBlocks(el, 800, signature);
    if (!part) return undefined;
    for (const segment of part.segments) {
      reading.segments.push({
        ...segment,
        slot: `~${place}${segment.slot}`,
        family: `~${place}${segment.family}`,
      });
    }
    if (reading.photo === undefined) {
      reading.photo = part.photo;
      reading.photoAlt = part.photoAlt;
    }
    reading.mailto ??= part.mailto;
  }
  return reading;
}

/**
 * A lone card has no look-alikes to vouch for it: page builders reuse one template for team
 * and for "our values" alike, so it must show a title where its cousins showed one.
 */
function readsLikeItsCousins(person: NameAndTitle, template: Template | undefined): boolean {
  if (!template?.title) return true;
  return person.title !== undefined && looksLikeTitle(person.title);
}

/** A sentence where the group's titles stand: the card is a block of copy cut from the same template. */
function contradictsTemplate(person: NameAndTitle, template: Template): boolean {
  const title = person.title;
  return (
    template.title !== undefined &&
    title !== undefined &&
    /[.!?。]$/u.test(title) &&
    !looksLikeTitle(title)
  );
}

interface GroupResult {
  people: Array<[CardReading, NameAndTitle]>;
  template?: ReturnType<typeof learnTemplate>;
}

/** A speaker grid's "post, company" titles part into title and company (see splitCompanies). */
function withCompanies(result: GroupResult): GroupResult {
  const split = splitCompanies(result.people.map(([, person]) => person.title));
  const people = result.people.map(([reading, person], i): [CardReading, NameAndTitle] => {
    const parts = split[i];
    if (!parts?.org || person.org) return [reading, person];
    return [reading, { ...person, title: parts.title, org: parts.org }];
  });
  return { ...result, people };
}

/** A group's people: by its template when it has one, else card by card ("Name, Title"). */
function* readGroup<T>(
  group: readonly T[],
  read: (unit: T) => CardReading | undefined,
): Steps<GroupResult> {
  const sample = yield* readAll(group.slice(0, SAMPLE), read);
  let template = learnTemplate(sample);
  // A sample with no template and nobody in it: the rest of the group is not read at all.
  if (!template && !sample.some((reading) => readLoose(reading.segments))) return { people: [] };
  const readings =
    group.length > SAMPLE ? [...sample, ...(yield* readAll(group.slice(SAMPLE), read))] : sample;
  // A sample that reads cleanly stands for the group; a doubtful one is checked on every card.
  if (template && group.length > SAMPLE && !template.sure) template = learnTemplate(readings);
  const mails = readings.filter((r) => r.mailto).length;
  const people: Array<[CardReading, NameAndTitle]> = [];
  if (template && (template.title || (mails >= 3 && mails * 2 >= readings.length))) {
    for (const [i, reading] of readings.entries()) {
      if (i % 32 === 31) yield;
      const person = readByTemplate(reading, template);
      if (person && !contradictsTemplate(person, template)) people.push([reading, person]);
    }
    return { people, template };
  }
  for (const [i, reading] of readings.entries()) {
    if (i % 32 === 31) yield;
    const person = readLoose(reading.segments);
    if (person) people.push([reading, person]);
  }
  // One card reading as a person is chance; most of a group reading so is a team.
  if (people.length < 2 || people.length * 2 < group.length) return { people: [] };
  return { people };
}

/**
 * Siblings of one look that each hold one line, positioned by a stylesheet into cards (Tilda's
 * zero block: a photo, a name and a post as three absolutely placed boxes): read in order,
 * a name followed by a post is a person. Three at least, or it is chance.
 */
function* readLinesInOrder(
  group: readonly Element[],
  read: (el: Element) => CardReading | undefined,
): Steps<GroupResult> {
  if (group.length < 6) return { people: [] };
  const lines: CardReading[] = [];
  for (const el of group) {
    yield;
    const reading = read(el);
    if (!reading) continue;
    if (reading.segments.length > 1) return { people: [] };
    if (reading.segments.length === 1) lines.push(reading);
  }
  const people: Array<[CardReading, NameAndTitle]> = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [name, post] = [lines[i]?.segments[0], lines[i + 1]?.segments[0]];
    const reading = lines[i];
    if (!reading || !name || !post || !looksLikeName(name.text) || !looksLikeTitle(post.text))
      continue;
    people.push([
      reading,
      { name: cleanName(name.text), ...splitOrgAndTitle(post.text), element: name.element },
    ]);
    i++;
  }
  return people.length >= 3 ? { people } : { people: [] };
}

/** A card that opens with "People you may know" or quotes a customer. */
function suggestsOrQuotes(card: Element): boolean {
  return opensWithSuggestions(card) || card.querySelector('blockquote, q') !== null;
}

/** Every element that holds one of `cards` somewhere below it. */
function ancestorsOf(cards: readonly Element[]): Set<Element> {
  const holders = new Set<Element>();
  for (const card of cards) {
    for (let up = card.parentElement; up && !holders.has(up); up = up.parentElement) {
      holders.add(up);
    }
  }
  return holders;
}

export function detect(root: ParentNode, url: URL): Candidate[] {
  return finish(steps(root, url));
}

export function* steps(root: ParentNode, url: URL): Steps<Candidate[]> {
  const index = pageIndex(root);
  const signature = (el: Element) => signatureIn(index, el);
  const out: Found[] = [];
  const read = new Set<Element>();
  /** Templates that found people, by the signature of card and parent: lone copies reuse them. */
  const learned = new Map<string, NonNullable<GroupResult['template']>>();
  /** The parents' half of those signatures: most elements are ruled out by their parent alone. */
  const learnedParents = new Set<string>();
  const groups: Array<{ parent: Element; cards: Element[]; found: Found[]; template?: Template }> =
    [];
  /** Keep a group that reads as people, outside navigation and fact boxes; true when kept. */
  function* keep(parent: Element, cards: Element[], result: GroupResult): Steps<boolean> {
    const { people, template } = result;
    if (people.length === 0 || parent.closest(NOT_CONTENT) || inFactTable(parent)) return false;
    if (underSuggestions(parent)) return false;
    const found: Found[] = [];
    for (const [i, [reading, person]] of people.entries()) {
      if (i % 64 === 63) yield;
      if (isPet(person.name, person.title, reading.photoAlt)) continue;
      // Sections that each open with "People you may know" are the cards themselves, and a
      // card quoting someone is a testimonial (a few of them: a grid of hundreds is the page's own).
      if (people.length <= 24 && suggestsOrQuotes(reading.card)) continue;
      found.push(toFound(reading, person, url, index));
    }
    groups.push({ parent, cards, found, template });
    return true;
  }
  const readCard = (card: Element) => readBlocks(card, 800, signature);
  const readSiblings = (run: Element[]) => readRun(run, signature);
  for (const parent of index.all) {
    if (parent.childElementCount < 2) continue;
    yield;
    if (outOfTime()) break;
    let kept = false;
    for (const group of groupsOf(parent, signature)) {
      if (namedNotPeople(group[0] ?? parent, signature)) continue;
      const result = yield* readGroup(group, readCard);
      const read = result.people.length > 0 ? result : yield* readLinesInOrder(group, readCard);
      kept = (yield* keep(parent, group, withCompanies(read))) || kept;
    }
    if (kept) continue;
    const runs = periodicRuns(childrenOf(parent), signature);
    if (runs.length > 0 && !namedNotPeople(parent, signature)) {
      yield* keep(parent, runs.flat(), withCompanies(yield* readGroup(runs, readSiblings)));
    }
  }
  // Sections that each hold a grid look alike too; the grids' cards are the people, and a
  // section read as one card would lend its heading as the first person's title.
  const holders = ancestorsOf(groups.flatMap((group) => group.cards));
  const keyOf = (parent: Element, cards: readonly Element[]) =>
    `${signature(parent)}>${signature(cards[0] ?? parent)}`;
  for (const { parent, cards, template } of groups) {
    const key = keyOf(parent, cards);
    const known = learned.get(key);
    // A template that found the post slot teaches more than one that did not.
    if (template && (!known || (!known.title && template.title))) {
      if (cards.some((card) => holders.has(card))) continue;
      learned.set(key, template);
      learnedParents.add(signature(parent));
    }
  }
  for (const { parent, cards, found, template } of groups) {
    for (const card of cards) read.add(card);
    const cousins = learned.get(keyOf(parent, cards));
    // Rows of one grid cut into groups: a row whose posts the lexicon does not know
    // ("Disposition", "Lagerlogistik") takes the post slot its cousin rows showed.
    const slot =
      template && !template.title && cousins?.title && cousins.name === template.name
        ? cousins
        : undefined;
    for (const entry of found) {
      yield;
      if (holders.has(entry.card)) continue;
      const reading = slot ? readCard(entry.card) : undefined;
      const person = reading && slot ? readByTemplate(reading, slot) : undefined;
      out.push(person && reading ? toFound(reading, person, url, index) : entry);
    }
  }
  if (learned.size > 0) {
    // A last row with a single card has no look-alike siblings; its cousins taught the template.
    let seen = 0;
    for (const el of index.all) {
      if (++seen % 256 === 0) yield;
      if (outOfTime()) break;
      const parent = el.parentElement;
      if (!parent || read.has(el)) continue;
      const parentSignature = signature(parent);
      if (!learnedParents.has(parentSignature)) continue;
      const template = learned.get(`${parentSignature}>${signature(el)}`);
      const reading = template ? readBlocks(el, 800, signature) : undefined;
      const person = template && reading ? readByTemplate(reading, template) : undefined;
      if (
        reading &&
        person &&
        readsLikeItsCousins(person, template) &&
        !isPet(person.name, person.title, reading.photoAlt)
      ) {
        out.push(toFound(reading, person, url, index));
      }
    }
  }
  // Bio modals after the grid repeat it: document order lets the grid's copy win the merge.
  out.sort((a, b) => a.order - b.order);
  const candidates: Candidate[] = [];
  for (const [i, entry] of out.entries()) {
    if (i % 64 === 63) yield;
    if (entry.candidate.element && isHidden(entry.candidate.element)) {
      entry.candidate.evidence.confidence = 0.3;
    }
    candidates.push(entry.candidate);
  }
  return candidates;
}
