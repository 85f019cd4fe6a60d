/** A professional-profile page (LinkedIn-like, signed in or public): the profile's own person only. */
import { cleanName, looksLikeName } from '../names';
import { pageIndex } from '../page-index';
import { absoluteUrl, isHidden, squash, textOf } from '../text';
import type { Candidate } from '../types';

export const id = 'profile';

/** The profile owner's name heading, one selector per page variant. */
const NAME_SELECTORS = [
  // Signed-in profile top card.
  'h1.text-heading-xlarge',
  // Public (signed-out) profile top card.
  'h1.top-card-layout__title',
  // Older signed-in layout.
  '.pv-top-card h1',
  // Signed-in layout of 2021–2022, name in the left panel of the top card.
  '.pv-text-details__left-panel h1',
  // Signed-in layout of 2017–2019.
  'h1.pv-top-card-section__name',
];

/** The headline under the name: a fallback title when there is no experience list. */
const HEADLINE_SELECTORS = [
  // Signed-in top card.
  '.text-body-medium.break-words',
  // Public (signed-out) top card.
  '.top-card-layout__headline',
  // Signed-in layout of 2017–2019.
  '.pv-top-card-section__headline',
];

/** First position of the experience list: the current job. */
const EXPERIENCE_SELECTORS = [
  // Signed-in: the anchor precedes the card's list; the first entity is the latest job.
  '#experience ~ div [data-view-name="profile-component-entity"]',
  // Public page experience list.
  '.experience__list .profile-section-card, section.experience li',
];

const PHOTO_SELECTORS = [
  // Signed-in top card; the class carries a state suffix ("__image--show").
  'img[class*="pv-top-card-profile-picture__image"]',
  // Public top card.
  'img.top-card__profile-image',
];

function first(root: ParentNode, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** Visible texts of the spans LinkedIn doubles for screen readers, once each. */
function shownLines(el: Element): string[] {
  const lines: string[] = [];
  for (const span of el.querySelectorAll('span[aria-hidden="true"]')) {
    const text = textOf(span, 300);
    if (text && !lines.includes(text)) lines.push(text);
  }
  return lines;
}

/** Title and company of the latest position; grouped positions list the company first. */
function currentJob(root: ParentNode): { title?: string; org?: string } {
  const entry = first(root, EXPERIENCE_SELECTORS);
  if (!entry) return {};
  const nested = entry.querySelector('[data-view-name="profile-component-entity"]');
  const lines = shownLines(entry);
  if (nested) {
    // Several roles at one company: company, tenure, then the latest role.
    const roleLines = shownLines(nested);
    return { org: lines[0], title: roleLines[0] };
  }
  const org = lines[1]?.split(' · ')[0];
  return { title: lines[0], org };
}

/** The owner's heading: the page's own h1 matching a known variant (found without a page scan). */
function ownerHeading(root: ParentNode): Element | undefined {
  const h1s = pageIndex(root).headings.filter((h) => h.tagName === 'H1');
  return h1s.find((h) => NAME_SELECTORS.some((selector) => h.matches(selector)));
}

export function detect(root: ParentNode, url: URL): Candidate[] {
  const heading = ownerHeading(root);
  if (!heading || isHidden(heading)) return [];
  const name = cleanName(textOf(heading, 200));
  if (!looksLikeName(name, { allowSingleWord: true })) return [];
  const job = currentJob(root);
  const headline = first(root, HEADLINE_SELECTORS);
  const photo = first(root, PHOTO_SELECTORS);
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return [
    {
      name,
      title: job.title ?? (headline ? squash(textOf(headline, 300)) : undefined),
      org: job.org,
      photoUrl: absoluteUrl(photo?.getAttribute('src'), url),
      profileUrl:
        absoluteUrl(canonical, url) ?? (url.protocol.startsWith('http') ? url.href : undefined),
      element: heading,
      evidence: { detector: id, method: 'page-layout', confidence: 0.85 },
    },
  ];
}
