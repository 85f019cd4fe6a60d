/**
 * A record's fields: its visible text cut into lines where a reader sees lines (block edges and
 * <br>), each with the element that holds it and whether it is set off (heading, bold), plus
 * the contact links the record carries. Field order is kept; what each field is, the scorer says.
 */
import { NAME_SUFFIXES } from '../../lexicon';
import { contentOf } from '../page-index';
import { hidesItself, INLINE_TAGS, squash } from '../text';

export interface Field {
  text: string;
  /** The smallest element holding the whole line: where a chip would sit. */
  element: Element;
  /** Inside a heading, <strong> or <b>: a name or a post is often set off so. */
  emphasis: boolean;
  /** Inside a mailto:, tel: or profile link (a social network): a way to reach the person. */
  contactLink: boolean;
  /** Wholly inside a link to another page: a menu entry or a "read more", never a post. */
  pageLink: boolean;
}

/** Inline elements (and code): text in them continues the line around them. */
const INLINE = new Set([...INLINE_TAGS, 'CODE']);
/** Never read: code, styles, forms' option lists, pictures (a photo's alt is not page text). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'SELECT', 'IMG']);
/** Tags that set a field off: headings and bold. */
const EMPHASIS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B']);
/** Links that reach the person: mail, phone, or a profile on a social network. */
export const CONTACT_HREF =
  /^\s*(?:mailto:|tel:)|^https?:\/\/(?:www\.)?(?:twitter\.com|x\.com|linkedin\.com|github\.com|facebook\.com|vk\.com|weibo\.com)\//iu;

const POLITE_THEN_MORE = new RegExp(
  `^(\\p{Script=Han}{2,4}\\s*(?:${NAME_SUFFIXES.join('|')}))\\s*(.+)$`,
  'u',
);

/** Past this many fields a subtree is a page region, not a record. */
export const MAX_FIELDS = 24;

interface Chunk {
  text: string;
  parent: Element;
  emphasis: boolean;
  link: boolean;
  pageLink: boolean;
}

/**
 * "<strong>Jani Virta</strong> Chairman", "<b>Puhelin:</b> 0400 …": a line whose bold part
 * opens or closes it holds two fields, the set-off one and the rest.
 */
function setOff(chunks: Chunk[]): Chunk[][] {
  const runs: Chunk[][] = [];
  for (const chunk of chunks) {
    const last = runs.at(-1);
    if (last && last[0]?.emphasis === chunk.emphasis) last.push(chunk);
    else runs.push([chunk]);
  }
  return runs.length === 2 ? runs : [chunks];
}

/** The smallest element that holds every chunk's parent. */
function commonAncestor(chunks: readonly Chunk[]): Element {
  const first = chunks[0]?.parent;
  const last = chunks.at(-1)?.parent;
  if (!first || !last) throw new Error('a line has at least one chunk');
  let node: Element | null = first;
  while (node && !node.contains(last)) node = node.parentElement;
  return node ?? first;
}

/** Fields of a subtree (or of a run of sibling nodes, for records cut out of one block). */
export function readRecord(nodes: readonly (Element | string)[], parent: Element): Field[] {
  const fields: Field[] = [];
  let line: Chunk[] = [];
  const push = (chunks: Chunk[]) => {
    const text = squash(chunks.map((chunk) => chunk.text).join(''));
    if (text === '') return;
    const field = {
      element: commonAncestor(chunks),
      emphasis: chunks.some((chunk) => chunk.emphasis && squash(chunk.text) !== ''),
      contactLink: chunks.some((chunk) => chunk.link),
      pageLink: chunks.every((chunk) => chunk.pageLink || squash(chunk.text) === ''),
    };
    // "李显玉先生 CEO": the polite word after a Chinese name ends the name's field.
    const polite = POLITE_THEN_MORE.exec(text);
    if (polite?.[1] && polite[2]) {
      fields.push({ ...field, text: polite[1] }, { ...field, text: polite[2] });
    } else fields.push({ ...field, text });
  };
  const flush = () => {
    // White space between two inline elements ("</span>\n<a>") still parts their words.
    const words: Chunk[] = [];
    for (const chunk of line) {
      const last = words.at(-1);
      if (squash(chunk.text) !== '') words.push(chunk);
      else if (last && /\s/u.test(chunk.text))
        words[words.length - 1] = { ...last, text: `${last.text} ` };
    }
    const parts = setOff(words);
    for (const part of parts) push(part);
    line = [];
  };
  const walk = (
    node: Element | string,
    holder: Element,
    emphasis: boolean,
    link: boolean,
    pageLink: boolean,
  ) => {
    if (fields.length > MAX_FIELDS) return;
    if (typeof node === 'string') {
      line.push({ text: node, parent: holder, emphasis, link, pageLink });
      return;
    }
    const tag = node.tagName;
    if (SKIP.has(tag) || hidesItself(node)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const href = tag === 'A' ? (node.getAttribute('href') ?? '') : '';
    const linked = link || CONTACT_HREF.test(href);
    const toPage = pageLink || (href !== '' && !href.startsWith('#') && !linked);
    const inline = INLINE.has(tag);
    if (!inline) flush();
    const emphasised = emphasis || EMPHASIS.has(tag);
    for (const child of contentOf(node)) walk(child, node, emphasised, linked, toPage);
    if (!inline) flush();
  };
  for (const node of nodes) walk(node, parent, false, false, false);
  flush();
  return fields;
}
