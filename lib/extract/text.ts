/** Reading text out of the DOM as a reader sees it: never markup, never hidden copies. */
import { contentOf, hiddenAnswers } from './page-index';

export interface TextOptions {
  imageAlt?: boolean;
  skip?: (el: Element) => boolean;
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'HEAD']);

/**
 * Collapse runs of whitespace to one space. JavaScript's \s already covers no-break and
 * ideographic spaces, and without the u flag the engine takes its faster path.
 */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Visible text of an element, read from text nodes only (never innerHTML), skipping
 * scripts, styles and templates. Iterative, and capped so a huge subtree costs little.
 * Options: `imageAlt` reads an image as its alt text (the microformats rule for implied
 * names); `skip` leaves out the elements it names and everything in them.
 */
export function textOf(el: Element, max = 2000, options: TextOptions = {}): string {
  const { imageAlt = false, skip } = options;
  const parts: string[] = [];
  let length = 0;
  const stack: (Element | string)[] = [el];
  while (stack.length > 0 && length < max) {
    const node = stack.pop();
    if (node === undefined) break;
    if (typeof node === 'string') {
      parts.push(node);
      length += node.length;
      continue;
    }
    const tag = node.tagName;
    if (node !== el && (SKIP_TEXT.has(tag) || skip?.(node))) continue;
    if (tag === 'BR') parts.push(' ');
    if (imageAlt && tag === 'IMG') parts.push(` ${node.getAttribute('alt') ?? ''} `);
    const content = contentOf(node);
    for (let i = content.length - 1; i >= 0; i--) {
      const child = content[i];
      if (child !== undefined) stack.push(child);
    }
    // Block boundaries separate words even without whitespace in the source.
    parts.push(' ');
  }
  return squash(parts.join(''));
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True when the element itself is hidden by an attribute or inline style. */
export function hidesItself(el: Element): boolean {
  if (el.tagName === 'TEMPLATE') return true;
  if (el.tagName === 'DIALOG' && !el.hasAttribute('open')) return true;
  // One call for the names, values only for the few that can hide.
  for (const name of el.getAttributeNames()) {
    if (name === 'hidden') return true;
    if (name === 'aria-modal' && el.getAttribute(name) === 'true') return true;
    if (name === 'role' && el.getAttribute(name) === 'dialog') return true;
    if (name === 'style' && HIDING_STYLE.test(el.getAttribute(name) ?? '')) return true;
  }
  return false;
}

/** The element above: the parent, or past the edge of a shadow root, its host. */
function above(el: Element): Element | null {
  const parent = el.parentElement;
  if (parent) return parent;
  const root = el.parentNode;
  return root && isShadowRoot(root) ? root.host : null;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

/**
 * Hidden for our purpose: inside a template, a closed dialog or a container hidden by
 * attribute or inline style. Bio dialogs repeat the grid, so a second copy there is noise.
 */
export function isHidden(el: Element): boolean {
  // Up to the first ancestor already judged (or the root), then down again: no recursion.
  const answers = hiddenAnswers();
  const chain: Element[] = [];
  let hidden = false;
  for (let node: Element | null = el; node; node = above(node)) {
    const known = answers?.get(node);
    if (known !== undefined) {
      hidden = known;
      break;
    }
    chain.push(node);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i];
    if (!node) continue;
    hidden = hidden || hidesItself(node);
    answers?.set(node, hidden);
  }
  return hidden;
}

/**
 * A plain root-relative path: word characters, "-", "~", "%", "." and "/", with no "." or
 * empty segment for URL parsing to resolve. One character class and a separate test: nested
 * quantifiers here once took minutes on "/a/b/c.jpg?itok=…" (catastrophic backtracking).
 */
const ROOT_PATH = /^\/[\w\-~%/.]*$/u;
const DOT_OR_EMPTY_SEGMENT = /\/\.|\/\//u;

let lastBase: { url: URL; href: string; origin: string } | undefined;

/** `base.origin`, worked out once per page URL: a card grid resolves a photo per card. */
function originOf(base: URL): string {
  if (lastBase?.url !== base || lastBase.href !== base.href) {
    lastBase = { url: base, href: base.href, origin: base.origin };
  }
  return lastBase.origin;
}

/** Absolute URL for an attribute value, or undefined for scripts, data and empty values. */
export function absoluteUrl(value: string | null | undefined, base: URL): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || /^(?:javascript|data|vbscript):/i.test(trimmed)) return undefined;
  // A plain root-relative path resolves to origin + path; URL parsing is the slow part here.
  if (ROOT_PATH.test(trimmed) && !DOT_OR_EMPTY_SEGMENT.test(trimmed)) {
    const origin = originOf(base);
    if (origin !== 'null') return origin + trimmed;
  }
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined;
  }
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;

/** The first e-mail address in a text or a mailto: link. */
export function findEmail(text: string): string | undefined {
  return EMAIL.exec(text.replace(/^mailto:/i, ''))?.[0];
}

/** Years a post was held, ended before this year ("Board Chair, 2009–2016"). */
const CLOSED_TERM = /(?:^|[\s,(])(?:19|20)\d\d\s*[–—-]\s*((?:19|20)\d\d)\)?$/u;

/** A line or a post that ends with a term already over: a former office holder. */
export function heldBefore(text: string): boolean {
  const end = CLOSED_TERM.exec(text.trim())?.[1];
  return end !== undefined && Number(end) < new Date().getFullYear();
}

/** Inline elements: text in them continues the line around them. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A',
  'SPAN',
  'STRONG',
  'B',
  'EM',
  'I',
  'SMALL',
  'BIG',
  'SUP',
  'SUB',
  'ABBR',
  'FONT',
  'U',
  'MARK',
  'BDI',
  'BDO',
  'CITE',
  'Q',
  'S',
  'TIME',
  'LABEL',
]);
