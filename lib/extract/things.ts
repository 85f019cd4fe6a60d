/** A vocabulary-neutral item graph: JSON-LD, microdata and RDFa are all read into this shape first. */

export type ThingValue = string | Thing;

export interface Thing {
  /** Last segment of each type IRI: "http://schema.org/Person" → "Person". */
  types: string[];
  props: Map<string, ThingValue[]>;
  /** The element that carries the item (microdata, RDFa); absent for JSON-LD. */
  element?: Element;
  /** Element holding each text property, so the chip can sit beside the name. */
  propElements?: Map<string, Element>;
}

export function newThing(types: string[], element?: Element): Thing {
  return { types, props: new Map(), element, propElements: new Map() };
}

/** "schema:jobTitle", "http://schema.org/jobTitle" and "jobTitle" are one property. */
export function localName(iri: string): string {
  const trimmed = iri.trim().replace(/[/#]+$/u, '');
  const cut = Math.max(
    trimmed.lastIndexOf('/'),
    trimmed.lastIndexOf('#'),
    trimmed.lastIndexOf(':'),
  );
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}

export function addProp(thing: Thing, name: string, value: ThingValue, element?: Element): void {
  const key = localName(name);
  if (key === '') return;
  const values = thing.props.get(key);
  if (values) values.push(value);
  else thing.props.set(key, [value]);
  if (element && typeof value === 'string' && !thing.propElements?.has(key)) {
    thing.propElements?.set(key, element);
  }
}

/** First text value of a property, or the `name` of a nested item (e.g. a DefinedTerm job title). */
export function textProp(thing: Thing, name: string): string | undefined {
  for (const value of thing.props.get(name) ?? []) {
    if (typeof value === 'string') {
      if (value.trim() !== '') return value.trim();
    } else {
      const nested = textProp(value, 'name');
      if (nested) return nested;
    }
  }
  return undefined;
}

/** All text values of a property, nested items by their name. */
export function textProps(thing: Thing, name: string): string[] {
  const out: string[] = [];
  for (const value of thing.props.get(name) ?? []) {
    const text = typeof value === 'string' ? value.trim() : textProp(value, 'name');
    if (text) out.push(text);
  }
  return out;
}

/** A URL-valued property: a string, or an ImageObject's url/contentUrl. */
export function urlProp(thing: Thing, name: string): string | undefined {
  for (const value of thing.props.get(name) ?? []) {
    if (typeof value === 'string') return value.trim() || undefined;
    const nested = textProp(value, 'url') ?? textProp(value, 'contentUrl');
    if (nested) return nested;
  }
  return undefined;
}

export function isType(thing: Thing, ...types: string[]): boolean {
  return thing.types.some((type) => types.includes(type));
}
