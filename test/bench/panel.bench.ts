/**
 * The panel's first paint, from the moment the rep invokes Rolecall to the moment the panel's
 * header and loading line are on screen, in real Chromium (the test build, whose background can
 * be told to invoke). The panel is an extension page framed on the rep's page, out of the
 * page's reach; the floor is what it replaced: a plain-DOM frame drawn by a script injected into
 * the page (in a shadow root, with the panel's styles), painted the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type Browser,
  launch,
  newProfileDir,
  panelFrame,
  serveFixtures,
  TEST_BUILD,
} from '../e2e/harness';
import { type BenchFigure, figure, sized } from './figure';

const RUNS = sized(9, 1);
const STYLES = readFileSync(
  join(import.meta.dirname, '..', '..', 'components', 'styles.css'),
  'utf8',
);

/** The extension API inside the background, where `worker.evaluate` runs these functions. */
declare const chrome: typeof import('wxt/browser').browser;

async function invokeAt(browser: Browser, page: Page): Promise<number> {
  return browser.worker.evaluate(async (url) => {
    const hook: unknown = Reflect.get(globalThis, 'rolecallTest');
    const open: unknown =
      typeof hook === 'object' && hook ? Reflect.get(hook, 'openTaggerOn') : undefined;
    if (typeof open !== 'function') throw new Error('the test build exposes no openTaggerOn');
    const start = performance.timeOrigin + performance.now();
    await open(url);
    return start;
  }, page.url());
}

/**
 * Invocation to the first paint of the panel's header and loading line (drawn in the page's
 * closed layer while the frame loads), and to the frame's own first paint of them.
 */
async function framedPaint(browser: Browser, page: Page): Promise<[number, number]> {
  // The page marks its first paint after the layer arrives (a paint observer of the page's own
  // would do the same; this one is the bench's, not the extension's).
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(
          () => Reflect.set(window, '__painted', performance.timeOrigin + performance.now()),
          0,
        ),
      );
    }).observe(document.documentElement, { childList: true });
  });
  const start = await invokeAt(browser, page);
  const frame = await panelFrame(page);
  const framed = await frame.waitForFunction(() => {
    const [paint] = performance.getEntriesByName('first-contentful-paint');
    return paint ? performance.timeOrigin + paint.startTime : 0;
  });
  const shown = await page.waitForFunction(() => Number(Reflect.get(window, '__painted')) || 0);
  return [Number(await shown.jsonValue()) - start, Number(await framed.jsonValue()) - start];
}

/** Injection of a script drawing the same header in a shadow root, to the page's next paint. */
async function plainPaint(browser: Browser, page: Page): Promise<number> {
  return browser.worker.evaluate(
    async ({ url, css }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) throw new Error('no tab');
      const start = performance.timeOrigin + performance.now();
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        args: [css],
        func: (styles: string) =>
          new Promise<number>((resolve) => {
            document.querySelector('[data-bench-frame]')?.remove();
            const host = document.createElement('div');
            host.dataset.benchFrame = '';
            host.style.cssText =
              'all:initial;position:fixed;top:16px;right:16px;z-index:2147483647';
            const shadow = host.attachShadow({ mode: 'open' });
            shadow.innerHTML = `<style>${styles}</style><div class="rc-root rc-panel" role="dialog"><header class="rc-panel-header"><span class="rc-brand"><span class="rc-logo">R</span><h1>Tag stakeholder</h1></span><button class="rc-icon-button">✕</button></header><p class="rc-hint">Loading…</p></div>`;
            document.documentElement.append(host);
            // After the next frame is produced: the paint that shows the header.
            requestAnimationFrame(() =>
              setTimeout(() => resolve(performance.timeOrigin + performance.now()), 0),
            );
          }),
      });
      return Number(result?.result) - start;
    },
    { url: page.url(), css: STYLES },
  );
}

function median(times: number[]): number {
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export default async function panelBench(): Promise<BenchFigure[]> {
  if (!existsSync(TEST_BUILD)) {
    spawnSync('node', ['scripts/build-test.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await serveFixtures();
  const browser = await launch(await newProfileDir(), TEST_BUILD);
  // tsx keeps function names with a helper that the worker, where these functions run, lacks.
  await browser.worker.evaluate('globalThis.__name = (fn) => fn');
  try {
    const shown: number[] = [];
    const framed: number[] = [];
    const plain: number[] = [];
    const fresh = async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url('pages/northwind-leadership.html'));
      return page;
    };
    for (let run = 0; run <= RUNS; run++) {
      // Alternate, on fresh pages, so both meet the same machine.
      const page = await fresh();
      const [first, frame] = await framedPaint(browser, page);
      await page.close();
      const other = await fresh();
      const floor = await plainPaint(browser, other);
      await other.close();
      if (run === 0) continue;
      shown.push(first);
      framed.push(frame);
      plain.push(floor);
    }
    return [
      figure('panel first paint vs plain-DOM frame in the page', median(shown), median(plain)),
      figure(
        'panel frame painted (extension page) vs plain-DOM frame in the page',
        median(framed),
        median(plain),
      ),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
