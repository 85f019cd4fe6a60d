/** Drives the built extension in Debian's Chromium: a fixture server, a browser profile, the panel. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { type BrowserContext, chromium, type Frame, type Page, type Worker } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..', '..');
export const TEST_BUILD = join(ROOT, '.output', 'test', 'chrome-mv3');
export const RELEASE_BUILD = join(ROOT, '.output', 'chrome-mv3');
const FIXTURES = join(ROOT, 'test', 'fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

/**
 * Serves test/fixtures on loopback, which the test build may reach as 127.0.0.1 and as
 * localhost: two hosts, so pages can belong to two different companies.
 */
export async function serveFixtures(): Promise<{
  /** A host other than 127.0.0.1 must resolve to it (localhost, or a --host-resolver-rules name). */
  url: (path: string, host?: string) => string;
  close: () => Promise<void>;
}> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    try {
      const body = await readFile(join(FIXTURES, path));
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null)
    throw new Error('fixture server has no port');
  const { port } = address;
  return {
    url: (path, host = '127.0.0.1') => `http://${host}:${port}/${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function newProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'rolecall-e2e-'));
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

export async function launch(
  profileDir: string,
  extension = TEST_BUILD,
  extraArgs: readonly string[] = [],
): Promise<Browser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close: () => context.close() };
}

/** What the context menu and the keyboard shortcut do: open the panel on the page's tab. */
export async function openTagger(browser: Browser, page: Page, selection?: string): Promise<Frame> {
  const pageUrl = page.url();
  await browser.worker.evaluate(
    async ({ pageUrl, selection }) => {
      const hook: unknown = Reflect.get(globalThis, 'rolecallTest');
      const open: unknown =
        typeof hook === 'object' && hook ? Reflect.get(hook, 'openTaggerOn') : undefined;
      if (typeof open !== 'function') throw new Error('the test build exposes no openTaggerOn');
      await open(pageUrl, selection);
    },
    { pageUrl, selection },
  );
  await page.locator('rolecall-tagger').getByRole('dialog', { name: 'Tag stakeholder' }).waitFor();
  return page.mainFrame();
}

/** Selects the text of one person card, as a rep would with the mouse. */
export async function selectCard(page: Page, person: string): Promise<void> {
  await page.evaluate((person) => {
    const card = document.querySelector(`[data-person="${person}"]`);
    if (!card) throw new Error(`no card ${person}`);
    const range = document.createRange();
    range.selectNodeContents(card);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, person);
}

export interface TagChoices {
  roles: readonly string[];
  stance?: string;
  influence?: 'High' | 'Medium' | 'Low';
}

/** Tags the person on one card through the on-page panel; returns what the panel said. */
export async function tagCard(
  browser: Browser,
  page: Page,
  person: string,
  { roles, stance, influence }: TagChoices,
): Promise<string> {
  await selectCard(page, person);
  await openTagger(browser, page);
  const panel = page.locator('rolecall-tagger').getByRole('dialog', { name: 'Tag stakeholder' });
  for (const role of roles) await panel.getByRole('button', { name: role, exact: true }).click();
  if (stance) await panel.getByLabel('Stance').selectOption(stance);
  if (influence) await panel.getByRole('radio', { name: influence, exact: true }).check();
  await panel.getByRole('button', { name: /^(Save|Update)$/ }).click();
  const status = await panel.getByRole('status').textContent();
  await panel.getByRole('button', { name: 'Done' }).click();
  return status ?? '';
}

export async function openPopup(browser: Browser): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}
