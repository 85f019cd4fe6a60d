/** Run the detectors and merge their candidates: one person per name, trusted sources first. */
import { nameKey } from './names';
import { outOfTime, pageIndex, withPageIndex } from './page-index';
import { DETECTORS } from './registry';
import { isHidden, squash } from './text';
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
function anchorByText(root: ParentNode, people: Person[]): void {
  const missing = new Map<string, Person>();
  for (const person of people) if (!person.element) missing.set(person.key, person);
  if (missing.size === 0) return;
  for (const el of pageIndex(root).all) {
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

export function detectPeople(root: ParentNode, url: URL, options: DetectOptions = {}): Detection {
  const { result, gaveUp } = withPageIndex(
    root,
    {
      budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
      now: options.now ?? (() => performance.now()),
    },
    () => runDetectors(root, url, options.detectors ?? DETECTORS),
  );
  return { ...result, gaveUp };
}

function runDetectors(
  root: ParentNode,
  url: URL,
  detectors: readonly Detector[],
): Omit<Detection, 'gaveUp'> {
  const people = new Map<string, Person>();
  const failed: string[] = [];
  let profileFound = false;
  for (const detector of detectors) {
    if (outOfTime(1)) break;
    // A profile page is about one person: its sidebars and lists are not the account's team.
    if (profileFound && detector.kind === 'layout') continue;
    let candidates: Candidate[];
    try {
      candidates = detector.detect(root, url);
    } catch {
      failed.push(detector.id);
      continue;
    }
    if (detector.kind === 'profile' && candidates.length > 0) profileFound = true;
    for (const candidate of candidates) {
      const key = nameKey(candidate.name);
      if (key === '') continue;
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
  const list = [...people.values()];
  if (!outOfTime(1)) anchorByText(root, list);
  return { people: list, failed };
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
