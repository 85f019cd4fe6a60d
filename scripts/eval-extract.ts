/**
 * `npm run eval:extract -- DIR [--verbose] [--exclude NAME]... [--chromium]`: precision, recall and F1 of
 * people detection on every labelled page under DIR (labels found by ./eval-labels.ts), for
 * names and for titles, per page (pages with errors, or every page with --verbose), per
 * language (the page's `xx/` folder or `xx-` file prefix) and overall, plus the people found on
 * negative pages (labels `[]`). `--exclude real-pages` skips every folder of that name, so the
 * rest of the corpus can be scored apart from the development set. The last line is the
 * overall figures as JSON. Pages are read in happy-dom (the unit tests' DOM), or with
 * `--chromium` in Debian's Chromium, as the extension reads them: its HTML parser is the
 * browsers', where happy-dom's gives up on some malformed pages ("<th>Name</td>").
 * Matching follows ../shared/corpus/README.md: names and titles equal after NFKC, case folding
 * and whitespace collapsing; honorifics and degrees may be kept or dropped on either side.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { type Browser, chromium } from 'playwright-core';
import { z } from 'zod';
import { detectPeople } from '../lib/extract';
import { stripHonorifics } from '../lib/extract/names';
import { type Label, labelsFrom, type PageLabels } from './eval-labels';

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

interface PageResult {
  path: string;
  names: Score;
  titles: Score;
  negative: boolean;
  misses: string[];
  extras: string[];
  gaveUp: boolean;
}

/** happy-dom's Document is the DOM's in all but its declared type; check the shape we use. */
function isParentNode(value: unknown): value is ParentNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    'querySelectorAll' in value &&
    'firstElementChild' in value
  );
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
/** The README's rule, with honorifics and degrees allowed either way. */
const nameKeys = (name: string) => new Set([fold(name), fold(stripHonorifics(name))]);

function sameName(found: string, label: Label): boolean {
  const keys = nameKeys(found);
  return [label.name, ...label.nameAlternatives].some((alt) =>
    [...nameKeys(alt)].some((key) => keys.has(key)),
  );
}

async function* htmlFiles(dir: string, skip: ReadonlySet<string>): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) yield* htmlFiles(path, skip);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

const LANGUAGES = ['en', 'de', 'ru', 'fi', 'zh', 'id'];

/** The page's language from its folder (`ru/…`) or its file name (`ru-…`); '??' when neither. */
function languageOf(path: string): string {
  for (const part of path.split(/[\\/]/u)) {
    const lang = LANGUAGES.find((l) => part === l || part.startsWith(`${l}-`));
    if (lang) return lang;
  }
  return '??';
}

/** What detection found on one page, wherever it ran. */
interface Reading {
  people: Array<{ name: string; title?: string }>;
  gaveUp: boolean;
}

type Reader = (path: string, html: string) => Promise<Reading>;

const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    // Saved pages link stylesheets and scripts that are not there; loading none is the point.
    handleDisabledFileLoadingAsSuccess: true,
  },
});
const parser = new window.DOMParser();

function f1(s: Score): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

/** A generous budget: the figures measure detection, not the speed of the machine running them. */
const BUDGET_MS = 60_000;

const inHappyDom: Reader = async (path, html) => {
  const doc: unknown = parser.parseFromString(html, 'text/html');
  if (!isParentNode(doc)) throw new Error(`could not parse ${path}`);
  return detectPeople(doc, pathToFileURL(path), { budgetMs: BUDGET_MS });
};

const ChromiumReading = z.object({
  people: z.array(z.object({ name: z.string(), title: z.optional(z.string()) })),
  gaveUp: z.boolean(),
});

/**
 * Pages read in Chromium with their own scripts off and no request leaving the page (saved
 * pages link what is not there); lib/extract bundled as the content script bundles it.
 */
async function chromiumReader(): Promise<{ read: Reader; close: () => Promise<void> }> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, '..', 'lib', 'extract', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'rolecallExtract',
    write: false,
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]?.text;
  if (!script) throw new Error('esbuild produced no bundle');
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort());
  let page = await context.newPage();
  const detectIn = async (path: string, html: string): Promise<Reading> => {
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    // A string, not a function: the script runs under tsx, whose helpers the page lacks.
    const found: unknown = await page.evaluate(`${script}
      (() => {
        const { people, gaveUp } = rolecallExtract.detectPeople(document, new URL(${JSON.stringify(pathToFileURL(path).href)}), { budgetMs: ${BUDGET_MS} });
        return { people: people.map((p) => ({ name: p.name, ...(p.title ? { title: p.title } : {}) })), gaveUp };
      })()`);
    return ChromiumReading.parse(found);
  };
  const read: Reader = async (path, html) => {
    try {
      return await detectIn(path, html);
    } catch {
      // A page that navigates while it loads (a meta refresh) takes its tab along: read it again
      // in a fresh one, where the refresh has not fired yet.
      await page.close();
      page = await context.newPage();
      return detectIn(path, html);
    }
  };
  return { read, close: () => browser.close() };
}

async function evaluate(
  path: string,
  page: PageLabels,
  root: string,
  read: Reader,
): Promise<PageResult> {
  const { labels } = page;
  let unnamed = page.unnamed;
  const html = await readFile(path, 'utf8');
  const { people, gaveUp } = await read(path, html);
  const names: Score = { tp: 0, fp: 0, fn: 0 };
  const titles: Score = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  const extras: string[] = [];
  const unmatched = new Set(labels);
  for (const person of people) {
    const label = [...unmatched].find((l) => sameName(person.name, l));
    if (!label && unnamed > 0) {
      // The labels say someone they do not name is here; this detection may be them.
      unnamed--;
      continue;
    }
    if (!label) {
      names.fp++;
      if (person.title) titles.fp++;
      extras.push(`${person.name}${person.title ? ` (${person.title})` : ''}`);
      continue;
    }
    unmatched.delete(label);
    names.tp++;
    if (label.titles.length === 0) continue;
    if (person.title && label.titles.some((t) => fold(t) === fold(person.title ?? ''))) titles.tp++;
    else {
      titles.fn++;
      if (person.title) titles.fp++;
      misses.push(`title of ${person.name}: got ${person.title ?? '—'}, want ${label.titles[0]}`);
    }
  }
  for (const label of unmatched) {
    names.fn++;
    if (label.titles.length > 0) titles.fn++;
    misses.push(`missed ${label.name}`);
  }
  return {
    path: relative(root, path),
    names,
    titles,
    negative: labels.length === 0 && page.unnamed === 0,
    misses,
    extras,
    gaveUp,
  };
}

function add(a: Score, b: Score): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

const pct = (n: number) => n.toFixed(3);

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? '.');
  const verbose = process.argv.includes('--verbose');
  const browser = process.argv.includes('--chromium') ? await chromiumReader() : undefined;
  const read = browser?.read ?? inHappyDom;
  const skip = new Set(
    process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--exclude' ? [arg] : [])),
  );
  const byLanguage = new Map<string, Score>();
  const total: Score = { tp: 0, fp: 0, fn: 0 };
  const titleTotal: Score = { tp: 0, fp: 0, fn: 0 };
  let negativeFalsePositives = 0;
  let pages = 0;
  const files: string[] = [];
  for await (const file of htmlFiles(dir, skip)) files.push(file);
  for (const file of files.sort()) {
    const labels = await labelsFrom(file);
    if (!labels) continue;
    const result = await evaluate(file, labels, dir, read);
    pages++;
    if (result.negative) negativeFalsePositives += result.names.fp;
    else {
      const lang = languageOf(result.path);
      const score = byLanguage.get(lang) ?? { tp: 0, fp: 0, fn: 0 };
      add(score, result.names);
      byLanguage.set(lang, score);
      add(total, result.names);
      add(titleTotal, result.titles);
    }
    const n = f1(result.names);
    const t = f1(result.titles);
    const bad = result.names.fp + result.names.fn + result.titles.fn > 0 || result.gaveUp;
    if (verbose || bad) {
      console.log(
        `${result.path}  names P=${pct(n.precision)} R=${pct(n.recall)} F1=${pct(n.f1)}  titles F1=${pct(t.f1)}${result.negative ? '  (negative)' : ''}${result.gaveUp ? '  (gave up: time budget)' : ''}`,
      );
      for (const line of result.misses.slice(0, 8)) console.log(`    - ${line}`);
      for (const line of result.extras.slice(0, 8)) console.log(`    + ${line}`);
    }
  }
  const languages = [...byLanguage].sort(([a], [b]) => a.localeCompare(b));
  if (languages.length > 1 || languages[0]?.[0] !== '??') {
    const parts = languages.map(([lang, s]) => {
      const l = f1(s);
      return `${lang} F1 ${pct(l.f1)} (P ${pct(l.precision)} R ${pct(l.recall)}, ${s.tp}/${s.tp + s.fn})`;
    });
    console.log(`by language: ${parts.join('; ')}`);
  }
  const overall = f1(total);
  const titleF1 = f1(titleTotal).f1;
  console.log(
    `overall: ${total.tp} found, ${total.fp} false, ${total.fn} missed; title F1 ${pct(titleF1)}; ${negativeFalsePositives} false people on negative pages`,
  );
  console.log(
    JSON.stringify({
      precision: Number(pct(overall.precision)),
      recall: Number(pct(overall.recall)),
      f1: Number(pct(overall.f1)),
      title_f1: Number(pct(titleF1)),
      negative_false_positives: negativeFalsePositives,
      pages,
    }),
  );
  await window.happyDOM.close();
  await browser?.close();
}

await main();
