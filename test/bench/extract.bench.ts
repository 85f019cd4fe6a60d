/**
 * Detection time against the floor of one plain walk over every element of the same page, in
 * two DOMs: happy-dom (the unit tests' DOM, where DOM reads cost as much as our own code) and
 * real Chromium (where the product runs: its native walk is far cheaper than any script).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { chromium, type Page } from 'playwright-core';
import { findPeople } from '../../lib/extract';
import { CHROMIUM } from '../e2e/harness';
import { type BenchFigure, figure, sized } from './figure';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'extract');
const URL_OF_PAGE = new URL('https://acme.example/about/team');

const FIRST = [
  'Ada',
  'Bruno',
  'Chiara',
  'Dmitri',
  'Elif',
  'Farah',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
];
const LAST = [
  'Berg',
  'Costa',
  'Dahl',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Horvat',
  'Ito',
  'Jensen',
  'Kowal',
];
const TITLES = [
  'Chief Financial Officer',
  'Head of Procurement',
  'IT Director',
  'Software Engineer',
  'Account Executive',
];

/** A middle initial per thousand people, so every generated name is different. */
const INITIALS = 'ABCDEFGHJKLMNPRSTVW';

/** A leadership-style grid of `count` people (up to 19,000), each with photo, name, title and e-mail. */
export function generatedTeamPage(count: number): string {
  const cards: string[] = [];
  for (let i = 0; i < count; i++) {
    const initial = INITIALS[Math.floor(i / 1000) % INITIALS.length];
    const name = `${FIRST[i % 10]} ${initial}. ${LAST[Math.floor(i / 10) % 10]}-${LAST[Math.floor(i / 100) % 10]}`;
    cards.push(
      `<div class="member"><img src="/p/${i}.jpg" alt=""><h3 class="name">${name}</h3>` +
        `<p class="role">${TITLES[i % TITLES.length]}</p><a href="mailto:p${i}@acme.example">Email</a></div>`,
    );
  }
  return `<html><body><nav><ul><li>Home</li><li>Team</li></ul></nav><main><div class="grid">${cards.join('')}</div></main></body></html>`;
}

/** happy-dom's Document is the DOM's in all but its declared type; check the shape we use. */
function isDocument(value: unknown): value is Document {
  return (
    typeof value === 'object' &&
    value !== null &&
    'querySelectorAll' in value &&
    'createTreeWalker' in value &&
    'documentElement' in value
  );
}

function largestHtml(dir: string): string | undefined {
  let best: { path: string; size: number } | undefined;
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) break;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.name.endsWith('.html')) {
        const size = statSync(path).size;
        if (!best || size > best.size) best = { path, size };
      }
    }
  }
  return best?.path;
}

/**
 * The floor (issue 12): one JavaScript pass that reads every text of the page once, a
 * TreeWalker over elements and texts (SHOW_ELEMENT | SHOW_TEXT) reading each text's value.
 */
function plainWalk(doc: Document): number {
  const walker = doc.createTreeWalker(doc.documentElement, 1 | 4);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count += node.nodeType === 3 ? (node.nodeValue?.length ?? 0) : 1;
  }
  return count;
}

/**
 * Fastest of `runs` alternating runs of the floor and the work, after a warm-up of each: on a
 * busy machine the minimum is the figure least disturbed by everything else running.
 */
function bestOfAlternating(
  floor: () => unknown,
  work: () => unknown,
  runs = sized(9, 1),
): [number, number] {
  floor();
  work();
  let bestFloor = Number.POSITIVE_INFINITY;
  let bestWork = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    floor();
    bestFloor = Math.min(bestFloor, performance.now() - start);
    start = performance.now();
    work();
    bestWork = Math.min(bestWork, performance.now() - start);
  }
  return [bestFloor, bestWork];
}

/** The pages measured: the generated grid, and the largest real page at hand. */
function benchPages(): Array<[string, string]> {
  const people = sized(2000, 100);
  const pages: Array<[string, string]> = [
    [`generated ${people.toLocaleString('en')} people`, generatedTeamPage(people)],
  ];
  const real = (existsSync(CORPUS) ? largestHtml(CORPUS) : undefined) ?? largestHtml(FIXTURES);
  if (real) {
    pages.push([
      `largest real page (${real.split('/').slice(-2).join('/')})`,
      readFileSync(real, 'utf8'),
    ]);
  }
  return pages;
}

async function inHappyDom(pages: Array<[string, string]>): Promise<BenchFigure[]> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const parser = new window.DOMParser();
  const parse = (html: string): Document => {
    const doc: unknown = parser.parseFromString(html, 'text/html');
    if (!isDocument(doc)) throw new Error('happy-dom did not return a document');
    return doc;
  };
  const figures: BenchFigure[] = [];
  for (const [label, html] of pages) {
    const doc = parse(html);
    const [floor, value] = bestOfAlternating(
      () => plainWalk(doc),
      () => findPeople(doc, URL_OF_PAGE),
    );
    figures.push(figure(`extract: ${label}`, value, floor));
  }
  await window.happyDOM.close();
  return figures;
}

/**
 * The same measure inside a Chromium page: lib/extract bundled as the content script bundles
 * it, the floor the same TreeWalker walk over elements and texts. Each sample repeats its work enough times to rise
 * above the browser's coarse clock.
 */
async function inChromium(pages: Array<[string, string]>): Promise<BenchFigure[]> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'lib', 'extract', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'rolecallExtract',
    write: false,
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]?.text;
  if (!script) throw new Error('esbuild produced no bundle');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const figures: BenchFigure[] = [];
  try {
    const page = await browser.newPage();
    for (const [label, html] of pages) {
      await page.setContent(html, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: script });
      // A string, not a function: the bench runs under tsx, whose helpers the page lacks.
      const measured: unknown = await page.evaluate(`(() => {
        const url = new URL(${JSON.stringify(URL_OF_PAGE.href)});
        const walk = () => {
          const walker = document.createTreeWalker(document.documentElement, 1 | 4);
          let count = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            count += node.nodeType === 3 ? (node.nodeValue?.length ?? 0) : 1;
          return count;
        };
        const work = () => rolecallExtract.findPeople(document, url);
        const timed = (fn, times) => {
          const start = performance.now();
          for (let i = 0; i < times; i++) fn();
          return (performance.now() - start) / times;
        };
        const once = timed(work, 1);
        const times = Math.max(1, Math.ceil(20 / Math.max(once, 0.1)));
        let floor = Infinity;
        let value = Infinity;
        for (let run = 0; run < ${sized(9, 1)}; run++) {
          floor = Math.min(floor, timed(walk, times * 20));
          value = Math.min(value, timed(work, times));
        }
        return [floor, value];
      })()`);
      const [floor, value] = Array.isArray(measured) ? measured : [];
      if (typeof floor !== 'number' || typeof value !== 'number') {
        throw new Error('the page returned no timing');
      }
      figures.push(figure(`extract in Chromium: ${label}`, value, floor));
      figures.push(await longestTask(page, label, value));
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/**
 * The longest the page waits while detection runs in slices, as the finder runs it: the longest
 * slice, against the floor of the one task detection would otherwise be (`whole`, just measured).
 * Below 50 ms the page stays responsive; a ratio under 1 says the work was split.
 */
async function longestTask(page: Page, label: string, whole: number): Promise<BenchFigure> {
  const measured: unknown = await page.evaluate(`(async () => {
    const url = new URL(${JSON.stringify(URL_OF_PAGE.href)});
    let longest = 0;
    for (let run = 0; run < ${sized(5, 1)}; run++) {
      let sliceStart = performance.now();
      await rolecallExtract.detectInSlices(document, url, {
        pause: () => new Promise((resolve) => {
          longest = Math.max(longest, performance.now() - sliceStart);
          setTimeout(() => { sliceStart = performance.now(); resolve(); }, 0);
        }),
      });
      longest = Math.max(longest, performance.now() - sliceStart);
    }
    return longest;
  })()`);
  if (typeof measured !== 'number') throw new Error('the page returned no timing');
  return figure(`extract in Chromium, longest task in slices: ${label}`, measured, whole);
}

export default async function (): Promise<BenchFigure[]> {
  const pages = benchPages();
  return [...(await inHappyDom(pages)), ...(await inChromium(pages))];
}
