/** Drives the built extension in Debian's Chromium: a fixture server, a browser profile, the panel. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import {
  type BrowserContext,
  chromium,
  type Frame,
  type Locator,
  type Page,
  type Worker,
} from 'playwright-core';
import { z } from 'zod';

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

/** The panel's frame on the page (an extension page, so found by its path, not through the DOM). */
export async function panelFrame(page: Page): Promise<Frame> {
  // Generous: CI machines are shared, and the first invocation also starts the page's scripts.
  for (let waited = 0; waited < 20_000; waited += 50) {
    const frame = page.frames().find((candidate) => candidate.url().includes('/panel.html#'));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('no panel frame on the page');
}

/** The panel's dialog inside its frame. */
export async function panelOf(page: Page): Promise<Locator> {
  return (await panelFrame(page)).getByRole('dialog', { name: 'Tag stakeholder' });
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
  const frame = await panelFrame(page);
  // The panel itself, not the header its page paints before its code has loaded.
  await frame.locator('#app > .rc-panel').waitFor();
  return frame;
}

/** A chip beside a name, as the rep sees it: read through the browser's own inspector. */
export interface ChipSeen {
  label: string;
  text: string;
  title: string;
  /** The chip's middle, in the page's viewport. */
  x: number;
  y: number;
  left: number;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  backendNodeId: number;
  attributes?: string[] | undefined;
  children?: DomNode[] | undefined;
  shadowRoots?: DomNode[] | undefined;
}

/** The part of the inspector's DOM.Node that chips are read from. */
const DomNodeSchema: z.ZodType<DomNode> = z.object({
  nodeType: z.number(),
  nodeName: z.string(),
  nodeValue: z.string(),
  backendNodeId: z.number(),
  attributes: z.array(z.string()).optional(),
  get children() {
    return z.array(DomNodeSchema).optional();
  },
  get shadowRoots() {
    return z.array(DomNodeSchema).optional();
  },
});

const BoxModel = z.object({ model: z.object({ border: z.array(z.number()) }) });

function attribute(node: DomNode, name: string): string {
  const list = node.attributes ?? [];
  for (let at = 0; at < list.length; at += 2) if (list[at] === name) return list[at + 1] ?? '';
  return '';
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * The chips on the page. They live in closed shadow roots that neither the page nor
 * Playwright's selectors can open; the browser's inspector protocol can, as a rep's eyes can.
 */
export async function chipsOn(page: Page): Promise<ChipSeen[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const root = DomNodeSchema.parse(
      (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })).root,
    );
    const found: DomNode[] = [];
    const visit = (node: DomNode) => {
      if (node.nodeName === 'BUTTON' && attribute(node, 'class').includes('rc-page-chip'))
        found.push(node);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
    };
    visit(root);
    const chips: ChipSeen[] = [];
    for (const node of found) {
      const { model } = BoxModel.parse(
        await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId }),
      );
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
      chips.push({
        label: attribute(node, 'aria-label'),
        text: textOf(node),
        title: attribute(node, 'title'),
        x: (x1 + x3) / 2,
        y: (y1 + y3) / 2,
        left: x1,
      });
    }
    return chips;
  } finally {
    await cdp.detach();
  }
}

/** The chip labelled `label`, once it is drawn. */
export async function chipFor(page: Page, label: string): Promise<ChipSeen> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const chip = (await chipsOn(page)).find((candidate) => candidate.label === label);
    if (chip) return chip;
    await page.waitForTimeout(100);
  }
  throw new Error(`no chip "${label}" on the page`);
}

/** Clicks a chip as the rep does: a real mouse click where it is drawn. */
export async function clickChip(page: Page, label: string): Promise<void> {
  const chip = await chipFor(page, label);
  await page.mouse.click(chip.x, chip.y);
}

/** What the dashboard does after the browser granted the sites (its prompt cannot be automated). */
export function turnOnRecognition(browser: Browser, sites: string[]): Promise<unknown> {
  return browser.worker.evaluate(async (sites) => {
    const hook: unknown = Reflect.get(globalThis, 'rolecallTest');
    const turnOn: unknown =
      typeof hook === 'object' && hook ? Reflect.get(hook, 'turnOnRecognition') : undefined;
    if (typeof turnOn !== 'function')
      throw new Error('the test build exposes no turnOnRecognition');
    return turnOn(sites);
  }, sites);
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
  const panel = (await openTagger(browser, page)).getByRole('dialog', { name: 'Tag stakeholder' });
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
