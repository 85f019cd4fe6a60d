import { memoByText } from './memo';
import { finish, type Steps } from './steps';

/**
 * One walk over the page that every detector shares: the elements each needs, in document
 * order. Selector engines scan the whole page per query; this keeps detection near one walk.
 */

export interface PageIndex {
  /** Every element under the root, in document order. */
  all: Element[];
  /** What the walk learnt about each element, read once: one map lookup for all of it. */
  facts: Map<Element, ElementFacts>;
  itemscopes: Element[];
  itemprops: Element[];
  typeofs: Element[];
  properties: Element[];
  /** `h-card` (mf2) and `vcard` (v1) roots. */
  cards: Element[];
  jsonLd: Element[];
  tables: Element[];
  headings: Element[];
  /** li, p, dd, dt: candidate one-line entries. */
  lines: Element[];
  /** Elements with a <br> child: lines of text inside one block. */
  broken: Element[];
  /** Links that reach a person: mailto: and tel:. */
  contactLinks: Element[];
}

export interface ElementFacts {
  /** Position in document order. */
  order: number;
  /** The class attribute, read once by the walk. */
  className: string;
  /** Tag and template classes (see signatureIn), worked out when first asked for. */
  signature?: string;
  /** Child elements, read once by the walk. */
  children: readonly Element[];
  /** Child nodes in order (elements, and text nodes as their text), read when first asked for. */
  content?: Content;
}

/** What an element holds: child elements, and text nodes as strings (comments dropped). */
export type Content = readonly (Element | string)[];

const CONTACT_HREF = /^\s*(?:mailto|tel):/iu;
const CARD_CLASS = /(?:^|\s)(?:h-card|vcard)(?:\s|$)/u;
const JSON_LD = /^\s*application\/ld\+json\s*$/iu;
/** Elements whose content a reader never sees as page text (a template's is not even in the tree). */
const OPAQUE_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);
const LINE_TAGS = new Set(['LI', 'P', 'DD', 'DT']);
export const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The classes copies of one template share: page builders add a unique class per element
 * ("elementor-element-5f3a2b1") and CSS modules a hash ("Card_name__x7f2"), and sliders mark
 * the state of each copy ("swiper-slide-active", "slick-cloned"); tokens with digits and state
 * tokens are dropped so the copies still look alike.
 */
export function templateClasses(className: string): string {
  return withoutVariableTokens(className);
}

const STATE_TOKEN =
  /(?:^|[-_])(?:is-)?(?:active|current|selected|next|prev|previous|duplicate|cloned|visible|first|last|odd|even)(?:$|[-_])/u;
/** Builders' per-element ids, which now and then come out without a digit ("comp-legzgsye"). */
const ELEMENT_ID_TOKEN = /^(?:comp|elementor-element|elementor-repeater-item|w-node)-/u;

/** Copies of one template repeat one class attribute: each is cut once. */
const withoutVariableTokens = memoByText((className: string) =>
  className
    .split(/\s+/u)
    .filter(
      (token) =>
        token !== '' &&
        !/\d/u.test(token) &&
        !STATE_TOKEN.test(token) &&
        !ELEMENT_ID_TOKEN.test(token),
    )
    .join(' '),
);

function emptyIndex(): PageIndex {
  return {
    all: [],
    facts: new Map(),
    itemscopes: [],
    itemprops: [],
    typeofs: [],
    properties: [],
    cards: [],
    jsonLd: [],
    tables: [],
    headings: [],
    lines: [],
    broken: [],
    contactLinks: [],
  };
}

/** Elements walked between two yields of the index build. */
const WALK_STEP = 1_024;

/**
 * Index the page in document order, yielding every WALK_STEP elements. Stops early
 * (complete: false) past MAX_ELEMENTS or once `stop()` says so, keeping what it has: the top of
 * the page, where people usually are.
 */
function* build(
  root: ParentNode,
  stop: () => boolean = () => false,
): Steps<{ index: PageIndex; complete: boolean }> {
  const index = emptyIndex();
  // Iterative pre-order walk: deep pages cannot overflow the stack.
  const stack: Element[] = [];
  pushReversed(stack, elementsIn(root));
  while (stack.length > 0) {
    const el = stack.pop();
    if (!el) break;
    const count = index.all.length;
    if (count >= MAX_ELEMENTS) return { index, complete: false };
    if (count % WALK_STEP === 0 && count > 0) {
      if (stop()) return { index, complete: false };
      yield;
    }
    index.all.push(el);
    const tag = el.tagName;
    if (OPAQUE_TAGS.has(tag)) {
      if (tag === 'SCRIPT' && JSON_LD.test(el.getAttribute('type') ?? '')) index.jsonLd.push(el);
      // Never shown as text: their content stays out of the index.
      index.facts.set(el, { order: count, className: '', children: NO_ELEMENTS, content: NOTHING });
      continue;
    }
    if (tag === 'TABLE') index.tables.push(el);
    else if (LINE_TAGS.has(tag)) index.lines.push(el);
    else if (HEADING_TAGS.has(tag)) index.headings.push(el);
    else if (tag === 'BR') {
      const parent = el.parentElement;
      if (parent && parent !== index.broken.at(-1)) index.broken.push(parent);
    }
    let className = '';
    // Names first, values only for the few attributes that matter: far cheaper than `attributes`.
    for (const name of el.hasAttributes() ? el.getAttributeNames() : NO_NAMES) {
      switch (name) {
        case 'class':
          className = el.getAttribute('class') ?? '';
          if (CARD_CLASS.test(className)) index.cards.push(el);
          break;
        case 'itemscope':
          index.itemscopes.push(el);
          break;
        case 'itemprop':
          index.itemprops.push(el);
          break;
        case 'typeof':
          index.typeofs.push(el);
          break;
        case 'property':
          index.properties.push(el);
          break;
        case 'href':
          if (tag === 'A' && CONTACT_HREF.test(el.getAttribute('href') ?? '')) {
            index.contactLinks.push(el);
          }
          break;
      }
    }
    const children = elementsIn(el);
    index.facts.set(el, { order: count, className, children });
    pushReversed(stack, children);
  }
  return { index, complete: true };
}

/** Children onto a stack in reverse, so they come off it in document order. */
function pushReversed(stack: Element[], children: readonly Element[]): void {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child) stack.push(child);
  }
}

const NO_ELEMENTS: readonly Element[] = [];
const NO_NAMES: readonly string[] = [];

const NOTHING: Content = [];

/** Past this many child elements, one copy of the child list beats stepping through siblings. */
const LONG_LIST = 16;

/**
 * An element's child elements as an array, as a reader sees them (see shownIn). Short lists
 * are read sibling by sibling (a live collection per element costs more than the steps in
 * browsers), long ones copied whole, since some DOMs (happy-dom) find each next sibling by
 * searching the parent's list.
 */
function elementsIn(node: ParentNode): readonly Element[] {
  const parent = shownIn(node);
  if (Array.isArray(parent)) return parent.filter(isElement);
  const count = parent.childElementCount;
  if (count === 0) return NO_ELEMENTS;
  if (count > LONG_LIST) return Array.from(parent.children);
  const children: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    children.push(child);
  }
  return children;
}

/** An element's child nodes as a reader sees them: elements, and text nodes as their text. */
function nodesIn(node: Element): Content {
  const parent = shownIn(node);
  if (Array.isArray(parent)) return parent.reduce(addContent, []);
  if (parent.firstChild === null) return NOTHING;
  if (parent.childElementCount > LONG_LIST)
    return Array.from(parent.childNodes).reduce(addContent, []);
  const content: (Element | string)[] = [];
  for (let child: ChildNode | null = parent.firstChild; child; child = child.nextSibling) {
    addContent(content, child);
  }
  return content;
}

/** Elements as they are, text nodes as their text; comments and the rest are left out. */
function addContent(content: (Element | string)[], child: Node): (Element | string)[] {
  const type = child.nodeType;
  if (type === 3) content.push(child.nodeValue ?? '');
  else if (type === 1 && isElement(child)) content.push(child);
  return content;
}

/**
 * Where a node's visible content lives. Web components draw people inside open shadow roots:
 * the shadow tree stands in for the light children (which show through its slots), and a slot
 * shows the nodes assigned to it, else its own fallback. Closed shadow roots stay out of reach.
 */
function shownIn(node: ParentNode): ParentNode | Node[] {
  if (!isElement(node)) return node;
  const shadow = node.shadowRoot;
  if (shadow) return shadow;
  const tag = node.tagName;
  // Browsers keep a template's content out of the tree; some DOMs (happy-dom) show it as children.
  if (tag === 'TEMPLATE') return [];
  if (tag === 'SLOT' && isSlot(node)) {
    const assigned = node.assignedNodes();
    if (assigned.length > 0) return assigned;
  }
  return node;
}

/** Narrowing without `instanceof`, which breaks across windows (and in Node with happy-dom). */
export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function isSlot(el: Element): el is HTMLSlotElement {
  return 'assignedNodes' in el;
}

/**
 * An element's child elements as an array, from the run's index when it holds them. Detectors
 * loop over children a lot, and a live HTMLCollection is slow to index in some DOMs.
 */
export function childrenOf(el: Element): readonly Element[] {
  return active?.index.facts.get(el)?.children ?? elementsIn(el);
}

/** An element's child nodes (elements, and text as strings), from the run's index when it holds them. */
export function contentOf(el: Element): Content {
  const facts = active?.index.facts.get(el);
  if (!facts) return nodesIn(el);
  facts.content ??= nodesIn(el);
  return facts.content;
}

/** An element's template signature (tag and template classes), from the index when it has it. */
export function signatureIn(index: PageIndex, el: Element): string {
  const facts = index.facts.get(el);
  if (!facts) return `${el.tagName}.`;
  facts.signature ??= `${el.tagName}.${templateClasses(facts.className)}`;
  return facts.signature;
}

/** Elements indexed at most: past this a page is absurd and detection says it gave up. */
const MAX_ELEMENTS = 200_000;

interface Run {
  root: ParentNode;
  index: PageIndex;
  budgetMs: number;
  now: () => number;
  /** Milliseconds of work before the current step: time the page had between steps is not ours. */
  spent: number;
  /** When the current step began. */
  stepStart: number;
  /** Set once the time budget is spent. */
  timeUp: boolean;
  calls: number;
  /** isHidden's answers for this run: cards share their ancestors, so each is judged once. */
  hidden: Map<Element, boolean>;
}

let active: Run | undefined;

/** The shared index while detectPeople runs; a fresh one for a detector called on its own. */
export function pageIndex(root: ParentNode): PageIndex {
  if (active?.root === root) return active.index;
  return finish(build(root)).index;
}

/** The index of the run in progress, if any. */
export function activeIndex(): PageIndex | undefined {
  return active?.index;
}

/** The current run's memory of which elements are hidden (undefined outside a run). */
export function hiddenAnswers(): Map<Element, boolean> | undefined {
  return active?.hidden;
}

/** Milliseconds of the run's own work so far. */
function spentBy(run: Run): number {
  return run.spent + (run.now() - run.stepStart);
}

/**
 * True once the run's time budget is spent: loops over the page call it and stop early.
 * Inner loops read the clock every `every`th call only, so the check costs next to nothing.
 */
export function outOfTime(every = 32): boolean {
  if (!active) return false;
  if (active.timeUp) return true;
  if (++active.calls % every !== 0) return false;
  if (spentBy(active) > active.budgetMs) active.timeUp = true;
  return active.timeUp;
}

export interface RunOptions {
  budgetMs: number;
  now: () => number;
}

/**
 * Each step of `steps` with `run` as the active run, and only then: between steps the page runs,
 * and so may another detection. The budget counts the steps' time only.
 */
function* within<T>(run: Run, steps: Steps<T>): Steps<T> {
  for (;;) {
    const previous = active;
    active = run;
    run.stepStart = run.now();
    let step: IteratorResult<undefined, T>;
    try {
      step = steps.next();
    } finally {
      run.spent += run.now() - run.stepStart;
      active = previous;
    }
    if (step.done) return step.value;
    yield;
  }
}

/**
 * Run `work` with one index shared by every detector it calls. `gaveUp`: time ran out, or the
 * page was too large to index whole (the detectors then read the part that was indexed).
 */
export function* withPageIndex<T>(
  root: ParentNode,
  options: RunOptions,
  work: () => Steps<T>,
): Steps<{ result: T; gaveUp: boolean }> {
  const run: Run = {
    root,
    index: emptyIndex(),
    budgetMs: options.budgetMs,
    now: options.now,
    spent: 0,
    stepStart: options.now(),
    timeUp: false,
    calls: 0,
    hidden: new Map(),
  };
  // The index may take half the budget; the detectors need the rest.
  const { index, complete } = yield* within(
    run,
    build(root, () => spentBy(run) > options.budgetMs / 2),
  );
  run.index = index;
  const result = yield* within(run, work());
  return { result, gaveUp: run.timeUp || !complete };
}
