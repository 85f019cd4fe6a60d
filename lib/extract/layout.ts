/** Reading a card's text blocks in order, each tagged with where in the card's template it sits. */
import { looksLikeName, mendBrokenName } from './names';
import { childrenOf, contentOf, templateClasses } from './page-index';
import { hidesItself, INLINE_TAGS, squash, textOf } from './text';
import { looksLikeTitle } from './titles';
import { anywhere, matchesAny, word } from './titles/patterns';

/** Inline elements, and the line breaks a card's segments are cut at. */
const INLINE = new Set([...INLINE_TAGS, 'BR', 'WBR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'SELECT']);

/** Regions that hold navigation or suggestions, never the page's own people. */
export const NOT_CONTENT =
  'nav, footer, aside, [role="navigation"], [role="complementary"], [role="menu"], .dropdown-menu, .navbar';

export interface Segment {
  text: string;
  /** Where a chip would sit: the text's own inline wrapper, else its block. */
  element: Element;
  /**
   * The segment's place in the card's template: the block path from the card down (each step
   * "tag.class@n", the n-th such block in its parent) and its rank inside that block (text
   * split by <br>). Cards cut from one template share slots.
   */
  slot: string;
  /** The slot without the last "@n": consecutive blocks of one kind (several role lines). */
  family: string;
}

/**
 * Headings over people who are suggested to the reader or who vouch for the page's subject
 * ("People also viewed", "Kontaktvorschläge", "你可能感兴趣的人", "Referenzen"), or who held the
 * posts before ("历任领导", "Ehemalige Präsidenten"): not this organisation's people today.
 */
const SUGGESTIONS = new RegExp(
  [
    'people (?:also viewed|you may know|similar to)|others named|similar profiles|you (?:may|might) (?:also )?know',
    'viewed this profile|recommended for you|suggested (?:for you|connections)|recommendations|references',
    'ähnliche profile|sah sich auch an|kontaktvorschläge|das könnte sie|referenzen|empfehlungen',
    'похожие (?:профили|резюме)|возможно, вы знакомы|рекомендации|рекомендуем|смотрели также',
    'orang yang mungkin|profil serupa|rekomendasi',
    'saatat tuntea|samankaltaiset|katsoivat myös|suosittelut',
    '可能(?:感兴趣|认识)的人|推荐人脉|相似的人|也看了|推荐信|同名',
    // Customers speaking for the firm: testimonials, not its people.
    'what (?:our )?(?:customers|clients) (?:say|think)|testimonials|kundenstimmen|das sagen unsere kunden',
    'что говорят (?:наши )?клиенты|отзывы|kata (?:pelanggan|klien)|testimoni|asiakkaat kertovat|asiakkaidemme kokemuksia',
    '客户评价|客户心声|客户说',
    // Former holders of the posts: history, not today's people.
    'former (?:leaders|presidents|directors|members)|past (?:presidents|chairs|leaders)|ehemalige|bisherige',
    'бывшие руководители|прежние руководители|mantan (?:pimpinan|direksi|ketua)|entiset|aiemmat',
    '历任|历届|往届',
    'with the same name|gleichen namen|с такой же фамилией|nama yang sama|samanniminen',
  ].join('|'),
  'iu',
);

const MENUS = new Set(['NAV', 'UL', 'OL', 'MENU', 'HEADER', 'FOOTER']);

/** Headings that say the section below is people: a lone card or a list of names there is people. */
const PEOPLE_HEADING = [
  word(
    'team|leadership|management|board|directors|executives|founders?|instructors?|speakers?|faculty|staff|trustees|our people|contact persons?|ansprechpartner\\p{L}*|verantwortlich\\p{L}*|vorstand|geschäftsführung|aufsichtsrat|mitglieder|руководство|команда|правление|сотрудники|члены|pengurus|direksi|manajemen|dewan|pimpinan|hallitus|johto|edustajisto|jäsenet|yhteyshenkilö\\p{L}*',
  ),
  anywhere('团队|领导|董事会|高管|管理层|成员'),
];

/** A heading's text (as normalizeTitle leaves it) that introduces people. */
export function headsPeople(normalized: string): boolean {
  return matchesAny(normalized, PEOPLE_HEADING);
}

/**
 * Headings over a body whose members may be listed by name alone: a board, a council, trustees
 * ("Hallitus 2025", "Muut jäsenet"). Not speakers or a team, whose names come with posts.
 */
const ROSTER_HEADING = [
  word(
    'board|trustees|council|committee|members|directors|vorstand|aufsichtsrat|beirat|mitglieder|правление|совет\\p{L}*|члены|dewan|pengurus|direksi|komisaris|hallitus|edustajisto|valtuusto|jäsenet',
  ),
  anywhere('董事会|监事会|理事会|成员|委员'),
];

/** A heading's text (as normalizeTitle leaves it) over a roster of names (see ROSTER_HEADING). */
export function headsRoster(normalized: string): boolean {
  return matchesAny(normalized, ROSTER_HEADING);
}

/** A heading just before `el` or one of its three ancestors reads as suggestions (see SUGGESTIONS). */
export function underSuggestions(el: Element): boolean {
  if (opensWithSuggestions(el)) return true;
  let node: Element | null = el;
  for (let level = 0; node && level < 4; level++, node = node.parentElement) {
    let before = node.previousElementSibling;
    for (let n = 0; before && n < 2; n++, before = before.previousElementSibling) {
      if (suggests(before)) return true;
    }
  }
  return false;
}

/** A section whose own heading or tab strip opens it: "<section><h2>Referenzen</h2><article>…". */
export function opensWithSuggestions(el: Element): boolean {
  const opening = el.firstElementChild;
  return opening !== null && suggests(opening);
}

/** A heading or a tab strip naming suggestions; a menu's "References" link leads elsewhere. */
function suggests(el: Element): boolean {
  if (MENUS.has(el.tagName) || el.querySelector('a')) return false;
  return headsSuggestions(textOf(el, 120));
}

/** A heading's text that names suggested, vouching or former people (see SUGGESTIONS). */
export function headsSuggestions(text: string): boolean {
  return text.length <= 100 && SUGGESTIONS.test(text);
}

/**
 * A list in the value cell of a key/value table (an encyclopedia's infobox: "Key people") is a
 * fact about the subject, not the page's own people list.
 */
export function inFactTable(list: Element): boolean {
  const cell = list.closest('td');
  const row = cell?.parentElement;
  return row ? [...row.children].some((c) => c.tagName === 'TH') : false;
}

/** The block a segment was read from: its slot without the line's rank ("#n"). */
export const blockOf = (segment: Segment): string =>
  segment.slot.slice(0, segment.slot.lastIndexOf('#'));

/** A card's text blocks plus the photo and e-mail link met on the way. */
export interface CardReading {
  card: Element;
  segments: Segment[];
  photo?: string;
  /** The photo's alt text: "Biscuit the office spaniel" says who is in the picture. */
  photoAlt?: string;
  mailto?: string;
}

/** Tag and class: what the copies of one template have in common. */
export function signatureOf(el: Element): string {
  return `${el.tagName}.${templateClasses(el.getAttribute('class') ?? '')}`;
}

interface Block {
  element: Element;
  path: string;
  /** `path` without this block's own "@n". */
  family: string;
  /** How many child blocks of each signature this block has opened so far. */
  opened?: Map<string, number>;
  /** Segments flushed in this block so far: text split by <br> gets ranks 0, 1, 2... */
  rank: number;
  /** Inline children read as lines of their own (see inlineLines). */
  split?: Set<Element>;
}

/**
 * Inline children that a stylesheet lays out as lines of their own: two or more wrappers with
 * no loose text between them, one a job title and one not ("<span>CEO</span><b>Ada Quinn</b>").
 * Two wrappers of plain words ("<span>Ada</span> <span>Quinn</span>") stay one line.
 */
function inlineLines(block: Element): Set<Element> | undefined {
  // Cheap look at element children first: most blocks hold text and at most one wrapper.
  if (block.childElementCount === 0) return undefined;
  let wrappers = 0;
  let nested = false;
  const kids = childrenOf(block);
  for (const kid of kids) {
    if (INLINE.has(kid.tagName) && kid.tagName !== 'BR') {
      wrappers++;
      if (kid.childElementCount > 0) nested = true;
    }
  }
  if (wrappers === 0) return undefined;
  // No loose text beside the wrappers, and too few or too many of them to be name and title.
  if (contentOf(block).length === kids.length && (wrappers > 4 || (wrappers === 1 && !nested))) {
    return undefined;
  }
  let container = block;
  // Look through wrapping links: <li><a><img><span>Name</span><span>Title</span></a></li>.
  for (let depth = 0; depth < 3; depth++) {
    const pieces: Element[] = [];
    let bare = '';
    for (const child of contentOf(container)) {
      if (typeof child === 'string') bare += child;
      else if (INLINE.has(child.tagName) && child.tagName !== 'BR') pieces.push(child);
    }
    bare = squash(bare);
    if (bare !== '') return titleBesideName(bare, pieces);
    const [first] = pieces;
    if (pieces.length === 1 && first && (nested || depth > 0)) {
      container = first;
      continue;
    }
    if (pieces.length < 2 || pieces.length > 4) return undefined;
    const titles = pieces.map((piece) => looksLikeTitle(textOf(piece, 300)));
    if (!titles.includes(true)) return undefined;
    // A title beside a name; or title-like pieces each styled as its own kind of line
    // ("<span class=role>Chair</span> <span class=tenure>Director since 2011</span>").
    if (titles.includes(false) || eachStyledApart(pieces)) return new Set(pieces);
    return undefined;
  }
  return undefined;
}

/** Every piece has a class of its own: a stylesheet sets them apart, words split into spans are not. */
function eachStyledApart(pieces: readonly Element[]): boolean {
  const classes = new Set<string>();
  for (const piece of pieces) {
    const name = piece.getAttribute('class')?.trim();
    if (!name || classes.has(name)) return false;
    classes.add(name);
  }
  return true;
}

/** "Nora Whitfield <small>President & CEO</small>": the wrapped title is a line of its own. */
function titleBesideName(bare: string, pieces: Element[]): Set<Element> | undefined {
  if (bare.length > 80 || pieces.length === 0 || pieces.length > 3) return undefined;
  // "<strong>Ketua Umum</strong>: Dr. H. Rahmat": a label and its value, one line.
  if (/^[:：]/u.test(bare)) return undefined;
  const titles = pieces.filter((piece) => looksLikeTitle(textOf(piece, 300)));
  if (titles.length === 0) return undefined;
  const rest = pieces.filter((piece) => !titles.includes(piece));
  const name = squash([bare, ...rest.map((piece) => textOf(piece, 300))].join(' '));
  return looksLikeName(name) || looksLikeName(bare) ? new Set(titles) : undefined;
}

/**
 * The text blocks of a card in reading order: each block element's text, split at <br>.
 * Inline wrappers (a, span, strong) are read as part of their block. Iterative, and gives up
 * (undefined) past `maxChars`: a card is short.
 */
export function readBlocks(
  card: Element,
  maxChars = 800,
  signature: (el: Element) => string = signatureOf,
): CardReading | undefined {
  const segments: Segment[] = [];
  const reading: CardReading = { card, segments };
  let total = 0;
  // The text of the segment being read, and where its chip would sit (undefined: none yet).
  let text = '';
  let holder: Element | undefined;
  let block: Block = { element: card, path: '', family: '', rank: 0, split: inlineLines(card) };
  const blocks: Block[] = [];
  const flush = () => {
    if (!holder) return;
    const squashed = squash(text);
    if (squashed !== '') {
      segments.push({
        text: squashed,
        element: holder,
        slot: `${block.path}#${block.rank}`,
        family: `${block.family}#${block.rank}`,
      });
      block.rank++;
    }
    holder = undefined;
    text = '';
  };
  // Nodes to visit, each with its parent element (null marks the end of a block).
  const stack: Array<Element | string | null> = [card];
  const parents: Element[] = [card];
  while (stack.length > 0) {
    const node = stack.pop();
    const parent = parents.pop();
    if (node === undefined || parent === undefined) break;
    if (node === null) {
      flush();
      block = blocks.pop() ?? block;
      continue;
    }
    if (typeof node === 'string') {
      if (!holder && node.trim() === '') continue;
      total += node.length;
      if (total > maxChars) return undefined;
      holder ??= textHolder(parent, block.element);
      text += node;
      continue;
    }
    const tag = node.tagName;
    if (SKIP.has(tag)) continue;
    // A biography kept hidden until asked ("查看详情") is read, but does not make the card long.
    total -= hiddenBio(node);
    if (tag === 'IMG') {
      if (reading.photo === undefined) {
        reading.photo = node.getAttribute('src') ?? undefined;
        reading.photoAlt = node.getAttribute('alt') ?? undefined;
      }
      continue;
    }
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (tag === 'A' && !reading.mailto) {
      const href = node.getAttribute('href');
      if (href && /^mailto:/iu.test(href)) reading.mailto = href;
    }
    const inline = INLINE.has(tag);
    if (node !== card && (!inline || block.split?.has(node))) {
      flush();
      blocks.push(block);
      const kind = signature(node);
      block.opened ??= new Map();
      const nth = block.opened.get(kind) ?? 0;
      block.opened.set(kind, nth + 1);
      const family = `${block.path}>${kind}`;
      block = {
        element: node,
        path: `${family}@${nth}`,
        family,
        rank: 0,
        split: inline ? undefined : inlineLines(node),
      };
      stack.push(null);
      parents.push(node);
    }
    const content = contentOf(node);
    for (let i = content.length - 1; i >= 0; i--) {
      const child = content[i];
      if (child !== undefined) {
        stack.push(child);
        parents.push(node);
      }
    }
  }
  flush();
  reading.segments = mendBrokenNames(segments);
  return reading;
}

/** Segments of one block that are a name broken over two lines ("Бахром<br>Шакиров"), joined. */
function mendBrokenNames(segments: Segment[]): Segment[] {
  for (const [i, segment] of segments.slice(0, 4).entries()) {
    const next = segments[i + 1];
    if (!next || blockOf(next) !== blockOf(segment)) continue;
    const text = mendBrokenName(segment.text, next.text);
    if (text) return [...segments.slice(0, i), { ...segment, text }, ...segments.slice(i + 2)];
  }
  return segments;
}

/** The length of a text the card keeps hidden until asked (a biography), else 0. */
function hiddenBio(el: Element): number {
  if (!el.hasAttributes() || !hidesItself(el)) return 0;
  return Math.min(el.textContent?.length ?? 0, MAX_HIDDEN_BIO);
}

/** A hidden biography longer than this still makes the card too long to be one. */
const MAX_HIDDEN_BIO = 4_000;

/** The element a chip should sit on: the text's own inline parent, unless it is the whole block. */
function textHolder(parent: Element, block: Element): Element {
  return parent !== block && INLINE.has(parent.tagName) ? parent : block;
}
