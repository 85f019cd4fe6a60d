/** Run the detectors and merge their candidates: one person per name, trusted sources first. */
import { AGE_UNITS, FIELD_LABELS, FORMER_SECTIONS } from '../lexicon';
import { givenNames } from '../lexicon/names';
import { isDegree, isPet, nameKey, namesInList, stripHonorifics } from './names';
import { activeIndex, outOfTime, pageIndex, withPageIndex } from './page-index';
import { DETECTORS } from './registry';
import { finish, inSlices, nextTask, type SliceOptions, type Steps } from './steps';
import { heldBefore, isHidden, squash } from './text';
import { looksLikeTitle } from './titles';
import type { Candidate, Detector, Person, PersonFields, SerializablePerson } from './types';

const FIELDS = ['title', 'org', 'email', 'phone', 'profileUrl', 'photoUrl'] as const;

/** Detection on an absurd page stops after this long and says it gave up. */
export const DEFAULT_BUDGET_MS = 1_500;

export interface DetectOptions {
  /** Stop after this many milliseconds, keeping what was found (absurd pages). */
  budgetMs?: number;
  detectors?: readonly Detector[];
  now?: () => number;
}

/** How long detection in a page runs before the page gets its turn (the bound is 50 ms). */
export const DEFAULT_SLICE_MS = 30;

export interface Detection {
  people: Person[];
  /** True when the budget ran out (or the page was too large) and detection stopped early. */
  gaveUp: boolean;
  /** Detectors that threw; the others still ran. */
  failed: string[];
}

/** web-scrobbler's fillEmptyFields: a later, less trusted source never overwrites. */
function fillEmpty(person: Person, candidate: PersonFields): void {
  for (const field of FIELDS) {
    if (!person[field] && candidate[field]) person[field] = candidate[field];
  }
}

/** Separators at a title's edges, left by the line it was cut from ("Leiterin Einkauf:"). */
const TITLE_EDGES = /^[\s,;:·•|–—-]+|[\s,;:·•|–—-]+$/gu;
/** A full stop after a long word ends a sentence ("… управления."); "Associate prof." keeps its. */
const SENTENCE_STOP = /(\p{L}{6,})\.$/u;
/** A degree written between the name and the post: "Eko Utomo, A.Md. – Sales Engineer". */
const LEADING_DEGREE = /^(\S+)\s*[–—-]\s+/u;
const PLACE_THEN_POST = /^([^()（）]+?)\s*[(（]([^()（）]+)[)）]$/u;

/** "Занимаемая должность: профессор", "Position: Treasurer": the label is not the post. */
const POST_LABEL = new RegExp(`^(?:${FIELD_LABELS.post.join('|')})\\s*[:：]\\s*`, 'iu');

/**
 * "（57岁），创始人…", "Oades 先生（42岁），投资人关系经理", "(57 years) CEO": what stands before a
 * bracketed age (the name, again) and the age itself are not the post.
 */
const UP_TO_AGE = new RegExp(
  `^[^()（）]{0,40}[(（]\\s*\\d{2}\\s*-?\\s*(?:${AGE_UNITS.join('|')})\\s*[)）][\\s,，、;；:：-]*`,
  'iu',
);

/** "Kenneth Forsman Sähköposti": a mail link's label read on after the name is not part of it. */
const TRAILING_CONTACT = new RegExp(`\\s+(?:${FIELD_LABELS.contact.join('|')})$`, 'iu');

/** A title as the rep should see it; undefined when nothing of it is left. */
export function tidyTitle(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  let text = title
    .replace(UP_TO_AGE, '')
    .replace(TITLE_EDGES, '')
    .replace(POST_LABEL, '')
    .replace(SENTENCE_STOP, '$1');
  const degree = LEADING_DEGREE.exec(text);
  if (degree?.[1] && isDegree(degree[1])) text = text.slice(degree[0].length);
  // "Rautavaara (puheenjohtaja)": a place, then the post in brackets.
  const placed = PLACE_THEN_POST.exec(text);
  if (placed?.[1] && placed[2] && !looksLikeTitle(placed[1]) && looksLikeTitle(placed[2])) {
    text = placed[2];
  }
  return text === '' ? undefined : text;
}

function fromCandidate(key: string, candidate: Candidate): Person {
  const person: Person = { key, name: candidate.name, evidence: [candidate.evidence] };
  fillEmpty(person, candidate);
  if (candidate.element) person.element = candidate.element;
  return person;
}

const ANCHOR_TAGS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'STRONG',
  'B',
  'A',
  'SPAN',
  'P',
  'TD',
  'LI',
  'DIV',
]);

/** Put a chip target on people known only from data (JSON-LD): the text node showing the name. */
function* anchorByText(root: ParentNode, people: Person[]): Steps<void> {
  const missing = new Map<string, Person>();
  for (const person of people) if (!person.element) missing.set(person.key, person);
  if (missing.size === 0) return;
  let seen = 0;
  for (const el of pageIndex(root).all) {
    if (++seen % 512 === 0) yield;
    if (el.childElementCount > 2 || !ANCHOR_TAGS.has(el.tagName)) continue;
    const text = squash(el.textContent ?? '');
    if (text.length < 2 || text.length > 80) continue;
    const person = missing.get(nameKey(text));
    if (person && !isHidden(el)) {
      person.element = el;
      missing.delete(person.key);
      if (missing.size === 0) return;
    }
  }
}

function* detectionSteps(root: ParentNode, url: URL, options: DetectOptions): Steps<Detection> {
  const { result, gaveUp } = yield* withPageIndex(
    root,
    {
      budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
      now: options.now ?? (() => performance.now()),
    },
    () => runDetectors(root, url, options.detectors ?? DETECTORS),
  );
  return { ...result, gaveUp };
}

/** Every person the page shows, in one task: for tools and tests. In a page, see detectInSlices. */
export function detectPeople(root: ParentNode, url: URL, options: DetectOptions = {}): Detection {
  return finish(detectionSteps(root, url, options));
}

/**
 * The same detection, giving the page its turn every `sliceMs` (default DEFAULT_SLICE_MS): a
 * large page keeps scrolling and answering clicks while it is read. The time budget counts
 * detection's own time, not the page's.
 */
export function detectInSlices(
  root: ParentNode,
  url: URL,
  options: DetectOptions & Partial<SliceOptions> = {},
): Promise<Detection> {
  const now = options.now ?? (() => performance.now());
  return inSlices(detectionSteps(root, url, { ...options, now }), {
    sliceMs: options.sliceMs ?? DEFAULT_SLICE_MS,
    now,
    pause: options.pause ?? nextTask,
  });
}

function* runDetectors(
  root: ParentNode,
  url: URL,
  detectors: readonly Detector[],
): Steps<Omit<Detection, 'gaveUp'>> {
  const people = new Map<string, Person>();
  const failed: string[] = [];
  let profileFound = false;
  for (const detector of detectors) {
    yield;
    if (outOfTime(1)) break;
    // A profile page is about one person: its sidebars and lists are not the account's team.
    if (profileFound && detector.kind === 'layout') continue;
    let candidates: Candidate[];
    const found = detector.fillIn ? foundElements(people.values()) : undefined;
    const context = found
      ? { readBefore: (record: Element) => readBefore(record, found), peopleSoFar: people.size }
      : {};
    try {
      candidates = detector.steps
        ? yield* detector.steps(root, url, context)
        : detector.detect(root, url, context);
    } catch {
      failed.push(detector.id);
      continue;
    }
    if (detector.kind === 'profile' && candidates.length > 0) profileFound = true;
    let merged = 0;
    for (const candidate of candidates.flatMap(eachPerson)) {
      if (++merged % 64 === 0) yield;
      if (found && candidate.scope && readBefore(candidate.scope, found)) continue;
      candidate.title = tidyTitle(candidate.title);
      candidate.name = candidate.name.replace(TRAILING_CONTACT, '');
      const key = nameKey(candidate.name);
      if (
        key === '' ||
        isPet(candidate.name, candidate.title) ||
        heldBefore(candidate.title ?? '')
      ) {
        continue;
      }
      const known = people.get(key);
      if (!known) {
        people.set(key, fromCandidate(key, candidate));
        continue;
      }
      fillEmpty(known, candidate);
      known.evidence.push(candidate.evidence);
      if (candidate.element && (!known.element || isHidden(known.element))) {
        if (!isHidden(candidate.element)) known.element = candidate.element;
      }
    }
  }
  const list = withoutFormer(foldInitials([...people.values()]));
  if (!outOfTime(1)) yield* anchorByText(root, list);
  return { people: list, failed };
}

const FORMER_SECTION = new RegExp(`^(?:${FORMER_SECTIONS.join('|')})(?:\\s|$)`, 'iu');
/** A heading that opens a section is short; a longer line is a sentence that mentions the past. */
const HEADING_WITHIN = 60;

/**
 * People under a heading such as "Past Boards" or "Бывшие руководители" held their posts before:
 * history, not the account's committee. A section runs from its heading to the next heading of
 * its level or higher; year headings inside it ("2019-2020", an h6) do not end it.
 */
function withoutFormer(people: Person[]): Person[] {
  const index = activeIndex();
  if (!index) return people;
  const sections: Array<[number, number]> = [];
  let open: { level: number; from: number } | undefined;
  for (const heading of index.headings) {
    const level = Number(heading.tagName.charAt(1));
    const order = index.facts.get(heading)?.order ?? 0;
    if (open && level <= open.level) {
      sections.push([open.from, order]);
      open = undefined;
    }
    if (!open) {
      const text = heading.textContent ?? '';
      // The test first: nearly every heading fails it, and only a match is worth squashing.
      if (FORMER_SECTION.test(text.trimStart()) && squash(text).length <= HEADING_WITHIN) {
        open = { level, from: order };
      }
    }
  }
  if (open) sections.push([open.from, Number.POSITIVE_INFINITY]);
  if (sections.length === 0) return people;
  return people.filter((person) => {
    const order = person.element ? index.facts.get(person.element)?.order : undefined;
    return order === undefined || !sections.some(([from, to]) => order > from && order < to);
  });
}

/**
 * "Otava Huumarkangas, Emma Miikkulainen": people listed in one line, each holding the post.
 * "Shane Powell   Chris Leclair (Webmaster)", "Alyssa Roetheli Caitlin Roetheli": two people
 * sharing a post, written as one name. Each half is a given name the lists know and a word they
 * do not know as one ("Mary Ann Elizabeth Smith" stays whole). The second person has no element
 * of their own: the chip stays with the first.
 */
function eachPerson(candidate: Candidate): Candidate[] {
  const listed = namesInList(candidate.name);
  if (listed) return listed.map((name, at) => sharing(candidate, name, at === 0));
  const words = candidate.name.split(' ');
  if (words.length !== 4) return [candidate];
  const given = (word: string | undefined) =>
    word !== undefined && givenNames.has(word.toLocaleLowerCase());
  const [first, second, third, fourth] = words;
  if (!given(first) || given(second) || !given(third) || given(fourth)) return [candidate];
  return [sharing(candidate, `${first} ${second}`, true), sharing(candidate, `${third} ${fourth}`)];
}

/** One of several people a candidate names: the first keeps the chip, the others share the rest. */
function sharing(candidate: Candidate, name: string, first = false): Candidate {
  if (first) return { ...candidate, name };
  const { element: _element, scope: _scope, ...shared } = candidate;
  return { ...shared, name, evidence: { ...candidate.evidence } };
}

interface Found {
  /** The elements of the people found so far. */
  own: Set<Element>;
  /** Every element that holds one of them: a record holding a found person was read. */
  holders: Set<Element>;
}

/** Found people's elements and their ancestors, gathered once: one walk up per person. */
function foundElements(people: Iterable<Person>): Found {
  const own = new Set<Element>();
  const holders = new Set<Element>();
  for (const person of people) {
    if (!person.element) continue;
    own.add(person.element);
    for (let node: Element | null = person.element; node; node = node.parentElement) {
      if (holders.has(node)) break;
      holders.add(node);
    }
  }
  return { own, holders };
}

/** A fallback reading of a record that a more trusted detector already read. */
function readBefore(scope: Element, found: Found): boolean {
  if (found.holders.has(scope)) return true;
  for (let node: Element | null = scope; node; node = node.parentElement) {
    if (found.own.has(node)) return true;
  }
  return false;
}

const INITIAL = /^\p{Lu}\.$/u;
/** Cheap look before the full reading: most names hold no initial at all. */
const INITIAL_IN_NAME = /(?:^|\s|\.)\p{Lu}\./u;

/** A name's words, honorifics dropped and run-together initials parted ("А.В." → "А." "В."). */
function wordsOf(name: string): string[] {
  return stripHonorifics(name)
    .replace(/(\p{Lu}\.)(?=\p{Lu}\.)/gu, '$1 ')
    .split(/\s+/u)
    .filter(Boolean);
}

const initialOf = (word: string) => word.charAt(0).toLocaleLowerCase();

/** "Корнилов А. В." or "J. Smith": the surname and the initials, as a key; else undefined. */
function initialsKey(name: string): string | undefined {
  const words = wordsOf(name);
  const initials = words.filter((word) => INITIAL.test(word));
  const surnames = words.filter((word) => !INITIAL.test(word));
  const [surname] = surnames;
  if (surnames.length !== 1 || !surname || surname.length < 2) return undefined;
  if (initials.length === 0 || initials.length > 2) return undefined;
  return `${surname.toLocaleLowerCase()}|${initials.map(initialOf).join('')}`;
}

/** The keys a full name would have written with initials, surname first or last. */
function initialsKeysOfFullName(name: string): string[] {
  const words = wordsOf(name);
  if (words.length < 2 || words.length > 3 || words.some((word) => INITIAL.test(word))) return [];
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  return [
    `${first.toLocaleLowerCase()}|${words.slice(1).map(initialOf).join('')}`,
    `${last.toLocaleLowerCase()}|${words.slice(0, -1).map(initialOf).join('')}`,
  ];
}

/**
 * A page that lists "Корнилов А. В." in one place and "Корнилов Андрей Витальевич" in another
 * names one person: the two become one, under the full name, when exactly one full name fits
 * the initials.
 */
function foldInitials(people: Person[]): Person[] {
  const initialled: Array<[Person, string]> = [];
  for (const person of people) {
    const key = INITIAL_IN_NAME.test(person.name) ? initialsKey(person.name) : undefined;
    if (key) initialled.push([person, key]);
  }
  if (initialled.length === 0) return people;
  const full = new Map<string, Person[]>();
  for (const person of people) {
    for (const key of initialsKeysOfFullName(person.name)) {
      const holders = full.get(key);
      if (!holders) full.set(key, [person]);
      else if (!holders.includes(person)) holders.push(person);
    }
  }
  if (full.size === 0) return people;
  const gone = new Set<Person>();
  for (const [person, key] of initialled) {
    const holders = full.get(key);
    const [whole] = holders ?? [];
    if (!whole || holders?.length !== 1 || gone.has(whole)) continue;
    // The first mention keeps its place and fields; the full name is the one a rep would file.
    const [kept, other] =
      people.indexOf(person) < people.indexOf(whole) ? [person, whole] : [whole, person];
    fillEmpty(kept, other);
    kept.evidence.push(...other.evidence);
    kept.element ??= other.element;
    kept.name = whole.name;
    kept.key = whole.key;
    gone.add(other);
  }
  return gone.size === 0 ? people : people.filter((person) => !gone.has(person));
}

/** Every person the page shows, merged across detectors. */
export function findPeople(root: ParentNode, url: URL): Person[] {
  return detectPeople(root, url).people;
}

/** Drop the DOM reference so the person can be sent in a message or stored. */
export function toSerializable(person: Person): SerializablePerson {
  const { element: _element, ...rest } = person;
  return { ...rest, evidence: rest.evidence.map((e) => ({ ...e })) };
}
