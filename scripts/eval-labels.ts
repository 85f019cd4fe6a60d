/**
 * The labels side of `npm run eval:extract` (scripts/eval-extract.ts): where a corpus page's
 * labels live and what they say. Three layouts are read, as ../shared/corpus/README.md
 * describes them: NAME.labels.json beside NAME.html (an array, or `{ people: [...] }`); the
 * schema.org split variants, where eg-0001.jsonld.html shares eg-0001.labels.json; and the
 * microformats suite, whose LABELS.json maps each fixture to its h-cards (organisations
 * skipped: they are not people). Some h-cards are people whose labels carry no name (the
 * suite spells it only as given-name and family-name): each such label may be matched by
 * one detection that matches no named label, and is never counted as a miss.
 */
import { access, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { nameKey } from '../lib/extract/names';

export interface PageLabels {
  labels: Label[];
  /** People the labels know are shown but do not name. */
  unnamed: number;
}

export interface Label {
  name: string;
  nameAlternatives: string[];
  /** Acceptable titles; empty when the label has none (title not scored). */
  titles: string[];
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: Json): string | undefined => (typeof value === 'string' ? value : undefined);
const strs = (value: Json): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function readJson(path: string): Promise<Json> {
  const value: Json = JSON.parse(await readFile(path, 'utf8'));
  return value;
}

/** People only (LABELS.json marks organisations), unnamed entries dropped, one label per name. */
function toLabels(entries: Json[]): PageLabels {
  const byKey = new Map<string, Label>();
  let unnamed = 0;
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    if (entry.kind !== undefined && entry.kind !== 'person') continue;
    const name = str(entry.name);
    if (!name) {
      unnamed++;
      continue;
    }
    const title = str(entry.title);
    const titles = title
      ? [
          title,
          ...strs(entry.title_alternatives),
          ...strs(entry.title_as_displayed ? [entry.title_as_displayed] : []),
        ]
      : [];
    const key = nameKey(name);
    if (byKey.has(key)) continue;
    byKey.set(key, { name, nameAlternatives: strs([entry.name_as_displayed]), titles });
  }
  return { labels: [...byKey.values()], unnamed };
}

/** The labels of one page, or undefined when the page has none (it is then not evaluated). */
export async function labelsFrom(htmlPath: string): Promise<PageLabels | undefined> {
  const stem = htmlPath.slice(0, -'.html'.length);
  const own = `${stem}.labels.json`;
  if (await exists(own)) {
    const value = await readJson(own);
    if (Array.isArray(value)) return toLabels(value);
    if (isRecord(value) && Array.isArray(value.people)) return toLabels(value.people);
  }
  // schema.org split: eg-0001.jsonld.html shares eg-0001.labels.json with its variants.
  const variantStem = stem.replace(/\.[a-z-]+$/u, '');
  if (variantStem !== stem && (await exists(`${variantStem}.labels.json`))) {
    const value = await readJson(`${variantStem}.labels.json`);
    if (isRecord(value) && Array.isArray(value.people)) return toLabels(value.people);
    if (Array.isArray(value)) return toLabels(value);
  }
  // microformats: a LABELS.json above maps relative paths to the people in each fixture.
  for (let dir = dirname(htmlPath); dir !== dirname(dir); dir = dirname(dir)) {
    const index = join(dir, 'LABELS.json');
    if (!(await exists(index))) continue;
    const value = await readJson(index);
    const key = relative(dir, htmlPath);
    if (isRecord(value) && Array.isArray(value[key])) return toLabels(value[key]);
    return undefined;
  }
  return undefined;
}
