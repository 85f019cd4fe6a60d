/** schema.org people in JSON-LD: @graph, arrays, people nested as employee/founder/member/author. */
import { pageIndex } from '../page-index';
import { peopleFromThings } from '../structured';
import { addProp, localName, newThing, type Thing } from '../things';
import type { Candidate } from '../types';

export const id = 'json-ld';

/** Larger blocks are not read: a page-sized JSON blob is not a list of stakeholders. */
const MAX_SCRIPT_CHARS = 5_000_000;
const MAX_NODES = 50_000;

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(text: string): Json {
  const body = text
    .replace(/^\s*(?:<!--|<!\[CDATA\[)/u, '')
    .replace(/(?:-->|\]\]>)\s*$/u, '')
    .trim();
  try {
    const value: Json = JSON.parse(body);
    return value;
  } catch {
    // Malformed JSON-LD is common in the wild; the rest of the page still counts.
    return undefined;
  }
}

function typesOf(node: Record<string, Json>): string[] {
  const raw = node['@type'] ?? node.type;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map(localName);
}

function scalar(value: Json): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isRecord(value) && typeof value['@value'] === 'string') return value['@value'];
  return undefined;
}

/** Convert parsed JSON to items without recursion; `@id` references resolve to the full node. */
function toThings(roots: Json[]): Thing[] {
  const byId = new Map<string, Thing>();
  const made = new Map<Record<string, Json>, Thing>();
  const pending: Array<[Record<string, Json>, Thing]> = [];
  let count = 0;

  const thingFor = (node: Record<string, Json>): Thing => {
    const known = made.get(node);
    if (known) return known;
    const nodeId = typeof node['@id'] === 'string' ? node['@id'] : undefined;
    const isReference = nodeId !== undefined && Object.keys(node).length === 1;
    const existing = nodeId ? byId.get(nodeId) : undefined;
    if (isReference && existing) return existing;
    const thing = existing && existing.types.length === 0 ? existing : newThing(typesOf(node));
    if (existing === thing) thing.types.push(...typesOf(node));
    if (nodeId && !byId.has(nodeId)) byId.set(nodeId, thing);
    made.set(node, thing);
    if (!isReference) pending.push([node, thing]);
    return thing;
  };

  const tops: Thing[] = [];
  // A stack with children pushed in reverse keeps the page's order without recursion.
  const stack: Json[] = [...roots].reverse();
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...[...value].reverse());
    else if (isRecord(value)) {
      if (Array.isArray(value['@graph'])) stack.push(...[...value['@graph']].reverse());
      if (value['@type'] !== undefined || value['@id'] !== undefined) tops.push(thingFor(value));
    }
  }
  while (pending.length > 0 && count < MAX_NODES) {
    const entry = pending.pop();
    if (!entry) break;
    const [node, thing] = entry;
    count++;
    for (const [key, raw] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      for (const value of Array.isArray(raw) ? raw : [raw]) {
        const text = scalar(value);
        if (text !== undefined) addProp(thing, key, text);
        else if (isRecord(value)) addProp(thing, key, thingFor(value));
      }
    }
  }
  return tops;
}

export function detect(root: ParentNode, url: URL): Candidate[] {
  const parsed: Json[] = [];
  for (const script of pageIndex(root).jsonLd) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const value = parse(text);
    if (value !== undefined) parsed.push(value);
  }
  if (parsed.length === 0) return [];
  return peopleFromThings(toThings(parsed), url, {
    detector: id,
    method: 'structured-data',
    confidence: 0.95,
  });
}
