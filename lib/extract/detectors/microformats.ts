/** People in microformats: h-card (mf2) and hCard (v1). Cards that name an organisation are skipped. */
import { cleanName, namesNobody } from '../names';
import { pageIndex } from '../page-index';
import { absoluteUrl, findEmail, isHidden, squash, textOf } from '../text';
import type { Candidate } from '../types';

export const id = 'microformats';

/** v1 roots own the properties inside them just as mf2 `h-*` roots do. */
const V1_ROOTS = new Set([
  'vcard',
  'vevent',
  'hentry',
  'hresume',
  'hreview',
  'hreview-aggregate',
  'hproduct',
  'hfeed',
  'hnews',
  'hrecipe',
  'adr',
  'geo',
  'hcalendar',
]);

function isRoot(el: Element): boolean {
  for (const name of el.classList) {
    if (/^h-[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(name) || V1_ROOTS.has(name)) return true;
  }
  return false;
}

/** Nearest microformat root above `el` (not `el` itself). */
function ownerRoot(el: Element, stop: Element): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (isRoot(node)) return node;
    if (node === stop) return null;
  }
  return null;
}

interface CardProps {
  elements: Map<string, Element>;
  /** mf2 implies a name only when no p-* or e-* property and no nested microformat is given. */
  hasTextProps: boolean;
}

/** Property name → first element carrying it, for both mf2 prefixes and v1 class names. */
function collect(card: Element): CardProps {
  const elements = new Map<string, Element>();
  let hasTextProps = false;
  const mf2 = [...card.classList].some((c) => c === 'h-card');
  for (const el of card.querySelectorAll('[class]')) {
    if (ownerRoot(el, card) !== card) continue;
    // A nested microformat is a property of its own: mf2 then implies no name.
    if (mf2 && isRoot(el)) hasTextProps = true;
    for (const name of el.classList) {
      const prop = mf2 ? /^(?:p|u|dt|e)-(.+)$/u.exec(name)?.[1] : name;
      if (mf2 && /^[pe]-/u.test(name)) hasTextProps = true;
      if (prop && !elements.has(prop)) elements.set(prop, el);
    }
  }
  return { elements, hasTextProps };
}

function textValue(el: Element): string {
  if (el.tagName === 'IMG' || el.tagName === 'AREA') return el.getAttribute('alt') ?? '';
  if (el.tagName === 'ABBR') return el.getAttribute('title') ?? textOf(el);
  const valueParts = [...el.querySelectorAll(':scope > .value')];
  if (valueParts.length > 0) return valueParts.map((part) => textOf(part)).join('');
  return textOf(el, 300);
}

function urlValue(el: Element): string | undefined {
  return (
    el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('data') ?? textOf(el, 300)
  );
}

/** The parent's only child element, when it has this tag and is no microformat of its own. */
function onlyChild(parent: Element, tag: string): Element | undefined {
  const only = parent.children.length === 1 ? parent.children[0] : undefined;
  return only?.tagName === tag && !isRoot(only) ? only : undefined;
}

/** An image's alt or an abbreviation's title standing for the whole card (mf2 implied name). */
function standIn(parent: Element): string | undefined {
  const img = onlyChild(parent, 'IMG') ?? onlyChild(parent, 'AREA');
  if (img?.hasAttribute('alt')) return img.getAttribute('alt') ?? undefined;
  const abbr = onlyChild(parent, 'ABBR');
  if (abbr?.hasAttribute('title')) return abbr.getAttribute('title') ?? undefined;
  return undefined;
}

/** mf2 implied name: the card's own alt or title, a lone image's alt, else the card's text. */
function impliedName(card: Element): { text: string; element: Element } {
  if (card.tagName === 'IMG' || card.tagName === 'AREA' || card.tagName === 'ABBR') {
    return { text: textValue(card), element: card };
  }
  const direct = standIn(card);
  if (direct !== undefined) return { text: direct, element: card };
  const only = card.children.length === 1 ? card.children[0] : undefined;
  const nested = only && !isRoot(only) ? standIn(only) : undefined;
  if (nested !== undefined) return { text: nested, element: card };
  return { text: textOf(card, 300, { imageAlt: true }), element: card };
}

function isOrganisation(card: Element, props: CardProps, name: string): boolean {
  const classes = card.classList;
  if (classes.contains('p-org') || classes.contains('h-org') || classes.contains('affiliation')) {
    return true;
  }
  const nameEl = props.elements.get('name') ?? props.elements.get('fn');
  const orgEl = props.elements.get('org');
  if (nameEl && orgEl && nameEl === orgEl) return true;
  return orgEl !== undefined && squash(textValue(orgEl)) === name;
}

function toCandidate(card: Element, url: URL): Candidate | undefined {
  const props = collect(card);
  const p = (key: string) => props.elements.get(key);
  const isMf2 = card.classList.contains('h-card');
  const nameEl = p('name') ?? p('fn');
  let name: string;
  let element: Element;
  if (nameEl) {
    name = textValue(nameEl);
    element = nameEl;
  } else if (isMf2 && !props.hasTextProps) {
    ({ text: name, element } = impliedName(card));
  } else return undefined;
  name = cleanName(name);
  // A card for a desk ("Parts Desk", "Accounts") or a blog's admin account is nobody.
  if (name === '' || isOrganisation(card, props, name) || namesNobody(name)) return undefined;
  const titleEl = p('job-title') ?? p('title') ?? p('role');
  const orgEl = p('org');
  const emailEl = p('email');
  const telEl = p('tel');
  const urlEl = p('url');
  const photoEl = p('photo');
  return {
    name,
    title: titleEl ? squash(textValue(titleEl)) || undefined : undefined,
    org: orgEl ? squash(textValue(orgEl)) || undefined : undefined,
    email: emailEl ? findEmail(urlValue(emailEl) ?? '') : undefined,
    phone: telEl ? squash(textValue(telEl)) || undefined : undefined,
    profileUrl: absoluteUrl(urlEl ? urlValue(urlEl) : card.getAttribute('href'), url),
    photoUrl: absoluteUrl(photoEl ? urlValue(photoEl) : undefined, url),
    element: isHidden(element) ? card : element,
    evidence: { detector: id, method: 'structured-data', confidence: 0.9 },
  };
}

/** Blogs mark commenters up as hCards ("comment-author vcard"): readers, not the page's people. */
const DISCUSSION = /(?:^|[\s_-])(?:comments?|commentlist|discussion)(?:$|[\s_-])/iu;

function inDiscussion(card: Element): boolean {
  let node: Element | null = card;
  for (let level = 0; node && level < 6; level++, node = node.parentElement) {
    if (DISCUSSION.test(node.getAttribute('class') ?? '') || DISCUSSION.test(node.id)) return true;
  }
  return false;
}

export function detect(root: ParentNode, url: URL): Candidate[] {
  const out: Candidate[] = [];
  for (const card of pageIndex(root).cards) {
    if (inDiscussion(card)) continue;
    const candidate = toCandidate(card, url);
    if (candidate) out.push(candidate);
  }
  return out;
}
