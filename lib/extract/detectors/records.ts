/**
 * Records found from structure, not from their words: sibling subtrees of one template and runs
 * cut at a repeated heading. Inside each record the name field and the post field are picked by
 * score, wherever they stand (post above the name, a phone line between, a bio after), and one
 * combiner weighs name, post, contact and the group's agreement instead of a chain of vetoes.
 * It adds the people the other layout detectors miss; merge keeps their readings first.
 */
import { NOT_CONTENT, opensWithSuggestions, underSuggestions } from '../layout';
import { isPet, mendBrokenName, nameThenPost } from '../names';
import {
  childrenOf,
  contentOf,
  HEADING_TAGS,
  outOfTime,
  pageIndex,
  signatureIn,
} from '../page-index';
import { type ColonLine, colonLinesOf } from '../records/colon-lines';
import { isAddressed, isContactLine, readName, readPost } from '../records/evidence';
import { type Field, MAX_FIELDS, readRecord } from '../records/fields';
import { finish, type Steps } from '../steps';
import { INLINE_TAGS, isHidden, squash } from '../text';
import type { Candidate, DetectContext } from '../types';

export const id = 'records';

/** Rows, cells and form parts: the table reader and no one else reads them. */
const NOT_RECORDS = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'OPTION', 'BR', 'HR', 'IMG']);
const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'DT']);
/** Bylines, comments and quotes name the page's writers and readers, not its people. */
const NOT_PEOPLE = /byline|author|comment|review|reply|testimonial|quote/iu;
/** Page furniture named by id or class where no <nav>/<footer> tag says so ("footer-wrapper"). */
const FURNITURE =
  /(?:^|\s)(?:site-|page-|main-)?(?:footer|header|nav|navbar|navigation|menu|sidebar|copyright|breadcrumbs?)(?:[-_][\w-]*)?(?=\s|$)/iu;
/** Cards put the name near their top; a name further down is a region's text, not a record's. */
const NAME_WITHIN = 4;
/** A phone or a mail link speaks for the name only near it: a page's footer is far. */
const CONTACT_WITHIN = 4;

/** What one record's fields add up to. */
interface Reading {
  /** The record read: a chip's card, or the block a run was cut from. */
  scope?: Element;
  name: string;
  nameScore: number;
  /** The name is set off (a heading, bold): a grid's slot for names. */
  nameSetOff: boolean;
  element: Element;
  post?: string;
  postScore: number;
  contact: boolean;
}

/** Weights of the combiner, set by hand on the development pages (leave-one-out not yet run). */
const WEIGHTS = {
  post: 1,
  contact: 0.5,
  accept: 0.5,
  singleWordPost: 1,
  shapeOnlyPost: 0.8,
} as const;

/** The name field: the best-reading one, set-off text first, earlier fields before later ones. */
function pickName(fields: readonly Field[]): number {
  let best = -1;
  let bestValue = 0;
  for (const [i, field] of fields.slice(0, NAME_WITHIN).entries()) {
    const { score } = readName(field.text);
    if (score === 0) continue;
    const value = score + (field.emphasis ? 0.2 : 0) - i * 0.01;
    if (value > bestValue) {
      best = i;
      bestValue = value;
    }
  }
  return best;
}

/** Several full names in one tag: a list of people, whose own records are read below it. */
function holdsSeveral(fields: readonly Field[], at: number): boolean {
  const tag = fields[at]?.element.tagName;
  let names = 0;
  for (const field of fields) {
    if (field.element.tagName === tag && readName(field.text).score >= 0.7) names++;
  }
  return names > 1;
}

const altsIn = (scope: Element | undefined): string[] =>
  scope ? [...scope.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt') ?? '') : [];

/** Nearer fields speak for the record more than far ones (a bio's role words are far). */
const nearness = (distance: number) => (distance === 1 ? 1 : distance === 2 ? 0.8 : 0.4);

/**
 * "CEO Rolf Frey", "Anna Berg Head of Sales", "CEO  田泽飞:": a post and a name in one field with
 * nothing between them, parted where a known name meets a post. A name is two words or three,
 * or one when written in Han characters (a whole Chinese name has no space).
 */
function glued(field: Field): Field[] {
  const text = field.text.replace(/\s*[:：]$/u, '');
  const words = text.split(' ');
  // A short post only: "Harbour Board Approves New Ferry Route" is a headline, not a post.
  if (words.length < 2 || words.length > 6 || readName(text).score > 0) return [field];
  for (const n of [1, 2, 3]) {
    if (n >= words.length) break;
    const head = words.slice(0, -n).join(' ');
    const tail = words.slice(-n).join(' ');
    if ((n > 1 || HAN.test(tail)) && readPost(head).score === 1 && readName(tail).score === 1) {
      return [
        { ...field, text: head },
        { ...field, text: tail },
      ];
    }
    const name = words.slice(0, n).join(' ');
    const post = words.slice(n).join(' ');
    if ((n > 1 || HAN.test(name)) && readName(name).score === 1 && readPost(post).score === 1) {
      return [
        { ...field, text: name },
        { ...field, text: post },
      ];
    }
  }
  return [field];
}

/** Fields of one element that are a name broken over two lines ("Бахром<br>Шакиров"), joined. */
function joinBrokenName(fields: readonly Field[]): readonly Field[] {
  for (const [i, field] of fields.slice(0, NAME_WITHIN).entries()) {
    const next = fields[i + 1];
    if (!next || next.element !== field.element) continue;
    const text = mendBrokenName(field.text, next.text);
    if (text) return [...fields.slice(0, i), { ...field, text }, ...fields.slice(i + 2)];
  }
  return fields;
}

/**
 * The text of the tab that shows a tab pane: the link to its id, or the control it names as
 * its label. Empty for anything else.
 */
function tabLabel(pane: Element): string {
  if (pane.getAttribute('role') !== 'tabpanel' && !pane.classList.contains('tab-pane')) return '';
  const labelled = pane.getAttribute('aria-labelledby');
  const id = pane.id;
  const doc = pane.ownerDocument;
  const byLabel = labelled ? doc.getElementById(labelled) : null;
  const tab =
    byLabel ??
    (id === ''
      ? undefined
      : [...doc.querySelectorAll('a[href^="#"], [aria-controls]')].find(
          (control) =>
            control.getAttribute('href') === `#${id}` ||
            control.getAttribute('aria-controls') === id,
        ));
  return tab ? squash(tab.textContent ?? '') : '';
}

/** A whole name in Han characters. */
const HAN = /^\p{Script=Han}{2,4}$/u;

function readFields(all: readonly Field[], scope?: Element): Read {
  if (all.length === 0) return 'empty';
  if (all.length > MAX_FIELDS) return undefined;
  const joined = joinBrokenName(all);
  const fields = [...joined.slice(0, NAME_WITHIN).flatMap(glued), ...joined.slice(NAME_WITHIN)];
  const at = pickName(fields);
  const field = fields[at];
  if (!field || holdsSeveral(fields, at)) return undefined;
  const { name, score } = readName(field.text);
  // The office dog shares the team grid: "Biscuit — Chief Morale Officer, a spaniel".
  // A pet goes by one name; only then are the photos' alt texts worth reading.
  if (!name.includes(' ') && isPet(name, ...fields.map((f) => f.text), ...altsIn(scope))) {
    return undefined;
  }
  let post: string | undefined;
  let postScore = 0;
  let contact = field.contactLink;
  for (const [i, other] of fields.entries()) {
    if (i === at) continue;
    if (other.contactLink || isContactLine(other.text)) {
      contact ||= Math.abs(i - at) <= CONTACT_WITHIN;
      continue;
    }
    // A post is text, not a link to another page: "<a href=Komisaris.php>Dewan Komisaris</a>"
    // under a footer heading is a menu entry.
    if (other.pageLink) continue;
    const reading = readPost(other.text);
    // A set-off post (a heading over the name) beats a duty line under it ("Serves as the
    // chief executive officer …"); otherwise after the name wins a tie: cards put the post
    // under the name more often than over it.
    const wordy = reading.post.split(' ').length > 6 ? 0.9 : 1;
    const value =
      reading.score * wordy * nearness(Math.abs(i - at)) +
      (other.emphasis ? 0.02 : 0) +
      (i > at ? 0.01 : 0);
    if (reading.score > 0 && value > postScore) {
      post = reading.post;
      postScore = value;
    }
  }
  // A tab pane's post is its tab: "<a href=#Treasurer>Treasurer</a>" over the pane's name.
  const tab = scope ? readPost(tabLabel(scope)) : undefined;
  if (tab && tab.score > postScore) {
    post = tab.post;
    postScore = tab.score;
  }
  return {
    scope,
    name,
    nameScore: score,
    // A form of address sets a name off as bold does: "<figcaption>Frau Zernecke</figcaption>".
    nameSetOff: field.emphasis || isAddressed(field.text),
    element: field.element,
    post,
    postScore,
    contact,
  };
}

const evidenceOf = (r: Reading) =>
  Math.min(1, r.postScore * WEIGHTS.post + (r.contact ? WEIGHTS.contact : 0));

function accepted(r: Reading): boolean {
  if (r.nameScore === 0 || evidenceOf(r) < WEIGHTS.accept) return false;
  if (r.nameScore === 1) return true;
  // A name by shape alone, or one word, stands beside a post: "Charolette — Club Relations",
  // "Sarmanto — Komisaris"; a phone line alone does not make "Regionale Küsterei" a person.
  return r.postScore >= (r.nameScore < 0.7 ? WEIGHTS.singleWordPost : WEIGHTS.shapeOnlyPost);
}

/** A list mark before a line: ". Name", "- Name", "3. Name", "• Name". */
const LIST_MARK = /^(?:[.\-–•·*]|\d{1,3}[.)])\s*/u;

/**
 * A heading that names a post over three lines or more that each read as a name ("<h5>Dosen
 * Progdi Teknik Mesin</h5> . Mustaqim, ST<br>. Rusnoto, ST …"): one record per line, the
 * heading its post.
 */
function rosterOf(fields: readonly Field[]): Reading[] | undefined {
  const [heading, ...lines] = fields;
  if (!heading || lines.length < 3) return undefined;
  const post = readPost(heading.text);
  if (post.score < 0.6) return undefined;
  const readings = lines.map((line) => {
    const text = line.text.replace(LIST_MARK, '');
    // "Juha Koljonen, puheenjohtaja": a line may name its own post after the name.
    const own = nameThenPost(text);
    const { name, score } = readName(own?.name ?? text);
    // Lines of text have no element of their own: no scope, the name key merges repeats.
    return {
      name,
      nameScore: score,
      nameSetOff: line.emphasis,
      element: line.element,
      post: own?.post ?? post.post,
      postScore: post.score,
      contact: false,
    };
  });
  const named = readings.filter((r) => r.nameScore > 0);
  return named.length * 5 >= readings.length * 4 ? named : undefined;
}

/** Sibling subtrees of one template under one parent. */
function siblingGroups(parent: Element, signature: (el: Element) => string): Element[][] {
  const bySignature = new Map<string, Element[]>();
  for (const child of childrenOf(parent)) {
    if (NOT_RECORDS.has(child.tagName)) continue;
    const key = signature(child);
    const group = bySignature.get(key);
    if (group) group.push(child);
    else bySignature.set(key, [child]);
  }
  return [...bySignature.values()].filter((group) => group.length >= 2);
}

/** A block's content cut at each repeated heading: "<h4>Ketua:</h4> NAME <h4>…". */
function headingRuns(parent: Element): Array<readonly (Element | string)[]> {
  const content = contentOf(parent);
  const counts = new Map<string, number>();
  for (const node of content) {
    if (typeof node !== 'string' && HEADINGS.has(node.tagName)) {
      counts.set(node.tagName, (counts.get(node.tagName) ?? 0) + 1);
    }
  }
  // The most repeated heading cuts the records (two levels as often: both cut); rarer ones
  // are group titles between them.
  const most = Math.max(0, ...counts.values());
  if (most < 2) return [];
  const cutting = new Set([...counts].filter(([, n]) => n === most).map(([t]) => t));
  const runs: Array<(Element | string)[]> = [];
  let open = false;
  for (const node of content) {
    const heading = typeof node !== 'string' && HEADINGS.has(node.tagName);
    // A rarer heading between the runs titles the next group: it ends a run, opens none.
    if (heading) open = cutting.has(node.tagName);
    if (heading && open) runs.push([node]);
    else if (open) runs.at(-1)?.push(node);
  }
  return runs;
}

/**
 * Records with no text (a photo's column beside the card) neither speak for a group nor against
 * it; records another detector read as people ('known') speak for it: a card its cousins' reader
 * missed ("Kwame Mensah, OH2KM" among plain names) stands with them.
 */
type Read = Reading | undefined | 'empty' | 'known';

/** Set-off names the lists know, out of the records read: a grid of people says so. */
interface Named {
  named: number;
  of: number;
}

function namedIn(readings: readonly Read[]): Named {
  const read = readings.filter((r) => r !== 'empty' && r !== 'known');
  return {
    named: read.filter((r) => r !== undefined && r.nameScore === 1 && r.nameSetOff).length,
    of: read.length,
  };
}

/**
 * `across`: the same count over every group of this template on the page. Committees of two
 * ("<h3>Begabtenförderung</h3>" over two photo cards, five times) are one grid cut by headings.
 */
function candidatesOf(all: readonly Read[], across: Named = namedIn(all)): Candidate[] {
  const readings = all.filter((r) => r !== 'empty' && r !== 'known');
  const known = all.filter((r) => r === 'known').length;
  let good = readings.filter((r): r is Reading => r !== undefined && accepted(r));
  // One-word names ("Sarmanto", "Charolette") stand among full ones; a group of one-word
  // "names" beside posts is a list of departments ("Einkauf — Leiterin Einkauf").
  const full = good.filter((r) => r.nameScore >= 0.7).length;
  if (full * 2 < good.length) good = good.filter((r) => r.nameScore >= 0.7);
  // Three cards or more that each set off a name the name lists know, in nearly every card
  // of the group: a grid of people, with or without posts ("<h4>Kevin Heinicke</h4>"). Its
  // name slot then speaks for a name the lists do not know ("<h3>Suwisa Kaewphan</h3>").
  const named = readings.filter(
    (r): r is Reading => r !== undefined && r.nameScore === 1 && r.nameSetOff,
  );
  const grid = (n: Named) => n.named >= 3 && n.named * 4 >= n.of * 3;
  if (named.length > 0 && (grid({ named: named.length, of: readings.length }) || grid(across))) {
    const slotted = readings.filter(
      (r): r is Reading => r !== undefined && r.nameScore >= 0.7 && r.nameSetOff,
    );
    const chosen = new Set([...good, ...slotted]);
    good = readings.filter((r): r is Reading => r !== undefined && chosen.has(r));
  }
  // A group speaks for its records when at least two, and half of them, read as people.
  const people = good.length + known;
  if (good.length === 0 || people < 2 || people * 2 < readings.length + known) return [];
  return good.map((r) => ({
    name: r.name,
    title: r.post,
    element: r.element,
    ...(r.scope ? { scope: r.scope } : {}),
    evidence: {
      detector: id,
      method: 'page-layout',
      confidence: Math.min(0.7, 0.3 + 0.2 * r.nameScore + 0.2 * evidenceOf(r)),
    },
  }));
}

/**
 * Lines of one template ("Lurah : …" in every row) are a group; a lone line is not. A line whose
 * post the lexicon does not know counts when two lines of its group, in two elements, name
 * known posts.
 */
function fromColonLines(lines: readonly ColonLine[]): Candidate[] {
  const groups = new Map<string, ColonLine[]>();
  const alone: Candidate[] = [];
  for (const line of lines) {
    // An imprint's "Vertreten durch: Anna Berg" speaks for itself: the law asks for it.
    if (line.representative) alone.push(representative(line));
    else groups.set(line.group, [...(groups.get(line.group) ?? []), line]);
  }
  return [
    ...alone,
    ...[...groups.values()].flatMap((group) => {
      // Lines of one element (a list after one label) vouch once: others of the group must agree.
      const vouched =
        new Set(group.filter((line) => line.postScore > 0).map((l) => l.element)).size >= 2;
      return candidatesOf(
        group
          .filter((line) => vouched || line.postScore > 0)
          .map((line) => ({
            name: line.name,
            nameScore: line.nameScore,
            nameSetOff: false,
            element: line.element,
            post: line.post,
            postScore: 1,
            contact: false,
          })),
      );
    }),
  ];
}

/** A person an imprint names as acting for the organisation, with their post if it gives one. */
function representative(line: ColonLine): Candidate {
  return {
    name: line.name,
    ...(line.post === '' ? {} : { title: line.post }),
    element: line.element,
    evidence: { detector: id, method: 'page-layout', confidence: 0.5 },
  };
}

/** Inline elements a label is set off in. */
const INLINE_LABEL = new Set(['STRONG', 'B', 'LABEL']);

/** A colon in the element's own text or in a label set off inside it ("<b>Vertreten durch:</b>"). */
const hasColonText = (el: Element) =>
  contentOf(el).some((node) =>
    typeof node === 'string'
      ? /[:：]/u.test(node)
      : INLINE_LABEL.has(node.tagName) && /[:：]/u.test(node.textContent ?? ''),
  );

export function detect(root: ParentNode, url?: URL, context: DetectContext = {}): Candidate[] {
  return finish(steps(root, url, context));
}

export function* steps(
  root: ParentNode,
  _url?: URL,
  context: DetectContext = {},
): Steps<Candidate[]> {
  const readBefore = context.readBefore ?? (() => false);
  const index = pageIndex(root);
  const signature = (el: Element) => signatureIn(index, el);
  const out: Candidate[] = [];
  const lines: ColonLine[] = [];
  const excluded = new Set<Element>();
  /** Records read as members of a group: a lone reading of them would second-guess the group. */
  const readHere = new Set<Element>();
  /** Groups read, judged once the whole page is read: their template's other groups count. */
  const pending: Array<{ key: string; readings: Read[] }> = [];
  const byTemplate = new Map<string, Named>();
  let seen = 0;
  for (const parent of index.all) {
    if (++seen % 64 === 0) yield;
    if (outOfTime()) break;
    // Most elements hold no element: only a "Post: Name" line of their own could be a record
    // (nothing lies below them for the exclusions to pass on to).
    if (childrenOf(parent).length === 0 && !hasColonText(parent)) continue;
    if (excluded.has(parent.parentElement ?? parent) || parent.matches(NOT_CONTENT)) {
      excluded.add(parent);
      continue;
    }
    if (FURNITURE.test(parent.id) || FURNITURE.test(signature(parent))) {
      excluded.add(parent);
      continue;
    }
    if (NOT_PEOPLE.test(signature(parent)) || isHidden(parent)) continue;
    const groups = siblingGroups(parent, signature);
    const colon = hasColonText(parent);
    const runs = headingRuns(parent);
    // The costlier look at the headings around comes only where records were found.
    if ((groups.length === 0 && !colon && runs.length < 2) || underSuggestions(parent)) continue;
    if (colon) lines.push(...colonLinesOf(index, parent));
    for (const group of groups) {
      if (NOT_PEOPLE.test(signature(group[0] ?? parent))) continue;
      // Quoted customers and suggested profiles are not the page's people.
      if (group.some((m) => opensWithSuggestions(m) || m.querySelector('blockquote, q'))) continue;
      // Records another detector read are skipped unread: on a grid it read whole, all of them.
      if (group.every(readBefore)) continue;
      const readings: Read[] = [];
      for (const member of group) {
        yield;
        readHere.add(member);
        readings.push(
          readBefore(member) ? 'known' : readFields(readRecord([member], parent), member),
        );
      }
      const key = `${signature(parent)}>${signature(group[0] ?? parent)}`;
      pending.push({ key, readings });
      const counts = byTemplate.get(key) ?? { named: 0, of: 0 };
      const own = namedIn(readings);
      byTemplate.set(key, { named: counts.named + own.named, of: counts.of + own.of });
    }
    if (runs.length >= 2) {
      out.push(
        ...candidatesOf(
          runs.flatMap((run): Read[] => {
            for (const node of run) if (typeof node !== 'string') readHere.add(node);
            const fields = readRecord(run, parent);
            const roster = rosterOf(fields);
            if (roster) return roster;
            const reading = readFields(fields);
            // A run has no element of its own: the name's element stands for it.
            return [typeof reading === 'object' ? { ...reading, scope: reading.element } : reading];
          }),
        ),
      );
    }
  }
  for (const table of index.tables) {
    yield;
    if (outOfTime() || excluded.has(table) || table.closest(NOT_CONTENT)) continue;
    for (const [column, cells] of cardColumns(table).entries()) {
      const readings: Read[] = [];
      for (const cell of cells) {
        yield;
        readHere.add(cell);
        readings.push(readBefore(cell) ? 'known' : readFields(readRecord([cell], cell), cell));
      }
      pending.push({ key: `${signature(table)}#${column}`, readings });
    }
  }
  for (const { key, readings } of pending) out.push(...candidatesOf(readings, byTemplate.get(key)));
  // A lone card speaks only on a page where nothing else does: beside a team or a profile,
  // a lone name is a suggestion, a reference or a quote far more often than a person.
  const fromLines = fromColonLines(lines);
  const alone = out.length === 0 && fromLines.length === 0 && (context.peopleSoFar ?? 0) === 0;
  const lone = alone
    ? yield* loneRecords(
        index.all,
        excluded,
        (card) => readBefore(card) || insideAny(card, readHere),
      )
    : [];
  return [...out, ...fromLines, ...lone];
}

/** Children that are no field of their own: inline text, breaks, pictures. */
const NOT_BLOCKS = new Set([...INLINE_TAGS, 'BR', 'IMG']);
/** Fields a cell needs to be a card rather than a value: a name, a post, more. */
const CARD_FIELDS = 2;

/**
 * A table used for layout, a card per row ("photo | name, post, bio"): the cells of one column
 * that hold cards, across the rows, are records of one template. Plain value cells are the
 * table reader's.
 */
function cardColumns(table: Element): Element[][] {
  const columns: Element[][] = [];
  for (const row of table.querySelectorAll('tr')) {
    if (row.closest('table') !== table) continue;
    const cells = [...row.children].filter((cell) => cell.tagName === 'TD');
    for (const [i, cell] of cells.entries()) {
      if (cell.querySelector('table')) continue;
      const blocks = childrenOf(cell).filter((child) => !NOT_BLOCKS.has(child.tagName));
      if (blocks.length < CARD_FIELDS) continue;
      const column = columns[i] ?? [];
      column.push(cell);
      columns[i] = column;
    }
  }
  return columns.filter((cells) => cells !== undefined && cells.length >= 2);
}

const QUOTE_OPENS = /^[«“"„‘'»]/u;
/** How far up a quote beside a lone card is looked for: the card, its holder and theirs. */
const QUOTE_WITHIN = 3;

/** A name under a quote is the customer who said it (a testimonial), not the page's person. */
function nearQuote(card: Element): boolean {
  if (card.closest('figure, blockquote')) return true;
  let node: Element | null = card;
  for (let level = 0; node && level < QUOTE_WITHIN; level++, node = node.parentElement) {
    if (node.querySelector('blockquote, q')) return true;
    for (const child of childrenOf(node)) {
      if (QUOTE_OPENS.test((child.textContent ?? '').trimStart())) return true;
    }
  }
  return false;
}

/** True when `el` or one of its ancestors is in `set`. */
function insideAny(el: Element, set: ReadonlySet<Element>): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (set.has(node)) return true;
  }
  return false;
}

/** Elements of a card a lone name may stand first among: a photo's column comes before it. */
const LONE_NAME_WITHIN = 3;

/** An element's text as one field, when it is short enough to be one. */
function shortText(el: Element): string | undefined {
  if (el.childElementCount > 4 || isHidden(el)) return undefined;
  const text = squash(el.textContent ?? '');
  return text.length >= 2 && text.length <= 120 ? text : undefined;
}

/**
 * A card with no look-alike beside it: a profile's head, the one speaker a page lists, the
 * founder on an about page. Its evidence must stand alone, so it asks more of it than a group
 * does: a name the name lists know, and a post right beside it (under it, or over it as an
 * eyebrow line), in the card's first few elements.
 */
/** A card's lines: a heading's own lines ("Christa Rempfler<br><span>Notarin</span>"), else its child elements. */
function cardLines(
  card: Element,
  children: readonly Element[],
): Array<[string, Element] | undefined> {
  if (HEADING_TAGS.has(card.tagName) && children.some((child) => child.tagName === 'BR')) {
    return readRecord(contentOf(card), card)
      .slice(0, LONE_NAME_WITHIN + 1)
      .map((field) => [field.text, field.element]);
  }
  return children.slice(0, LONE_NAME_WITHIN + 1).map((child) => {
    const text = NOT_RECORDS.has(child.tagName) ? undefined : shortText(child);
    return text === undefined ? undefined : [text, child];
  });
}

function* loneRecords(
  all: readonly Element[],
  excluded: ReadonlySet<Element>,
  readBefore: (record: Element) => boolean,
): Steps<Candidate[]> {
  const out: Candidate[] = [];
  let seen = 0;
  for (const card of all) {
    if (++seen % 64 === 0) yield;
    if (outOfTime()) break;
    const children = childrenOf(card);
    if (children.length < 2 || excluded.has(card) || readBefore(card)) continue;
    const lines = cardLines(card, children);
    for (const [i, line] of lines.slice(0, LONE_NAME_WITHIN).entries()) {
      if (!line || readBefore(line[1])) continue;
      const name = readName(line[0]);
      if (name.score < 1) continue;
      const post = [lines[i + 1], lines[i - 1]]
        .map((beside) => (beside ? readPost(beside[0]) : undefined))
        .find((reading) => reading?.score === 1);
      if (!post || NOT_PEOPLE.test(card.className) || underSuggestions(card)) break;
      // A page's own title naming someone is its subject, whatever is quoted below it.
      if (opensWithSuggestions(card) || (card.tagName !== 'H1' && nearQuote(card))) break;
      out.push({
        name: name.name,
        title: post.post,
        element: line[1],
        scope: card,
        evidence: { detector: id, method: 'page-layout', confidence: 0.4 },
      });
      break;
    }
  }
  return out;
}
