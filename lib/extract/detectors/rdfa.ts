/** schema.org people in RDFa Lite (vocab/typeof/property). */
import { pageIndex } from '../page-index';
import { peopleFromThings } from '../structured';
import { textOf } from '../text';
import { addProp, localName, newThing, type Thing } from '../things';
import type { Candidate } from '../types';
import { ownerOf, propertyValue } from './microdata';

export const id = 'rdfa';

const URL_PROPS = new Set(['url', 'sameAs', 'image', 'email', 'logo', 'photo', 'contentUrl']);

function textOrAlt(el: Element): string {
  return el.tagName === 'IMG' ? (el.getAttribute('alt') ?? '') : textOf(el, 500);
}

export function detect(root: ParentNode, url: URL): Candidate[] {
  const index = pageIndex(root);
  const scopes = index.typeofs;
  if (scopes.length === 0) return [];
  const things = new Map<Element, Thing>();
  for (const scope of scopes) {
    const types = (scope.getAttribute('typeof') ?? '').split(/\s+/u).filter(Boolean).map(localName);
    things.set(scope, newThing(types, scope));
  }
  const nested = new Set<Thing>();
  for (const el of index.properties) {
    const owner = ownerOf(el, '[typeof]');
    const thing = owner ? things.get(owner) : undefined;
    if (!thing) continue;
    const names = (el.getAttribute('property') ?? '').split(/\s+/u).filter(Boolean);
    const child = el.hasAttribute('typeof') ? things.get(el) : undefined;
    for (const name of names) {
      if (child) {
        addProp(thing, name, child);
        nested.add(child);
      } else {
        // Links carry their target for URL properties; names and titles are the link text.
        const resource =
          el.getAttribute('resource') ?? el.getAttribute('href') ?? el.getAttribute('src');
        const wantsUrl = URL_PROPS.has(localName(name));
        const value =
          wantsUrl && resource !== null && !el.hasAttribute('content')
            ? resource
            : el.tagName === 'A' || el.tagName === 'IMG'
              ? (el.getAttribute('content') ?? textOrAlt(el))
              : propertyValue(el);
        addProp(thing, name, value, el);
      }
    }
  }
  const tops = [...things.values()].filter((thing) => !nested.has(thing));
  return peopleFromThings(tops, url, { detector: id, method: 'structured-data', confidence: 0.9 });
}
