/** schema.org people in HTML microdata (itemscope/itemtype/itemprop). */
import { pageIndex } from '../page-index';
import { peopleFromThings } from '../structured';
import { textOf } from '../text';
import { addProp, localName, newThing, type Thing } from '../things';
import type { Candidate } from '../types';

export const id = 'microdata';

/** The value an itemprop element carries, by the HTML microdata rules. */
export function propertyValue(el: Element, textAttribute = 'content'): string {
  const attribute = el.getAttribute(textAttribute);
  if (attribute !== null && el.tagName !== 'A') return attribute;
  switch (el.tagName) {
    case 'META':
      return el.getAttribute('content') ?? '';
    case 'IMG':
    case 'AUDIO':
    case 'VIDEO':
    case 'SOURCE':
    case 'EMBED':
    case 'IFRAME':
      return el.getAttribute('src') ?? '';
    case 'A':
    case 'LINK':
    case 'AREA':
      return el.getAttribute('href') ?? '';
    case 'OBJECT':
      return el.getAttribute('data') ?? '';
    case 'TIME':
      return el.getAttribute('datetime') ?? textOf(el);
    case 'DATA':
    case 'METER':
      return el.getAttribute('value') ?? '';
    default:
      return textOf(el, 500);
  }
}

/** Nearest ancestor (not the element itself) matching `selector`. */
export function ownerOf(el: Element, selector: string): Element | null {
  return el.parentElement?.closest(selector) ?? null;
}

export function detect(root: ParentNode, url: URL): Candidate[] {
  const index = pageIndex(root);
  const scopes = index.itemscopes;
  if (scopes.length === 0) return [];
  const things = new Map<Element, Thing>();
  for (const scope of scopes) {
    const types = (scope.getAttribute('itemtype') ?? '')
      .split(/\s+/u)
      .filter(Boolean)
      .map(localName);
    things.set(scope, newThing(types, scope));
  }
  const nested = new Set<Thing>();
  for (const el of index.itemprops) {
    const owner = ownerOf(el, '[itemscope]');
    const thing = owner ? things.get(owner) : undefined;
    if (!thing) continue;
    const names = (el.getAttribute('itemprop') ?? '').split(/\s+/u).filter(Boolean);
    const child = el.hasAttribute('itemscope') ? things.get(el) : undefined;
    for (const name of names) {
      if (child) {
        addProp(thing, name, child);
        nested.add(child);
      } else addProp(thing, name, propertyValue(el), el);
    }
  }
  const tops = [...things.values()].filter((thing) => !nested.has(thing));
  return peopleFromThings(tops, url, { detector: id, method: 'structured-data', confidence: 0.9 });
}
