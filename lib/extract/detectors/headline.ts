/**
 * A page about one person: its only h1 is their name and their post stands right under it, as
 * bio pages and professional networks beyond LinkedIn (XING, 脉脉) lay out a profile's header.
 */
import { NOT_CONTENT } from '../layout';
import { cleanName, looksLikeName, nameKey } from '../names';
import { contentOf, pageIndex } from '../page-index';
import { isHidden, textOf } from '../text';
import { looksLikeTitle } from '../titles';
import type { Candidate } from '../types';

export const id = 'headline';

/** Siblings after the heading searched for the post. */
const NEAR = 3;

/** A firm named after its founders ("Kerrigan Tait") puts that name in its host too. */
function namesTheSite(name: string, url: URL): boolean {
  const letters = nameKey(name).replace(/[^\p{L}]/gu, '');
  const host = url.hostname.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && host.includes(letters);
}

/** The heading's own words: badges and counters inside it ("Premium") are not part of the name. */
function ownText(heading: Element): string {
  const text = contentOf(heading)
    .filter((part) => typeof part === 'string')
    .join('');
  return text.trim() === '' ? textOf(heading, 200) : text;
}

export function detect(root: ParentNode, url: URL): Candidate[] {
  const h1s = pageIndex(root).headings.filter((h) => h.tagName === 'H1' && !isHidden(h));
  const [heading] = h1s;
  if (h1s.length !== 1 || !heading || heading.closest(NOT_CONTENT)) return [];
  const name = cleanName(ownText(heading));
  if (!looksLikeName(name) || namesTheSite(name, url)) return [];
  let next = heading.nextElementSibling;
  for (let n = 0; next && n < NEAR; n++, next = next.nextElementSibling) {
    const text = textOf(next, 200);
    if (looksLikeName(text)) return [];
    if (!looksLikeTitle(text)) continue;
    return [
      {
        name,
        title: text,
        element: heading,
        evidence: { detector: id, method: 'page-layout', confidence: 0.55 },
      },
    ];
  }
  return [];
}
