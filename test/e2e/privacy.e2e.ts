/**
 * The prospect's page plays against the rep: its script reads and writes everything a page can
 * while the rep tags, edits, writes a note and uses recognition. It must learn nothing the rep
 * recorded, nor that Rolecall runs, and change nothing in the map.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  chipFor,
  clickChip,
  launch,
  newProfileDir,
  openPopup,
  openTagger,
  panelFrame,
  panelOf,
  selectCard,
  serveFixtures,
  turnOnRecognition,
} from './harness';

let server: Awaited<ReturnType<typeof serveFixtures>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launch(await newProfileDir(), undefined, [
    '--host-resolver-rules=MAP *.acme.test 127.0.0.1',
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the rep records about Odile: none of it may reach the page. */
const FIRST_NOTE = 'Prefers golf to budget meetings';
const SECOND_NOTE = 'Quietly evaluating Zenith instead';
const SECRETS = [
  'Economic buyer',
  'Budget holder',
  'economic-buyer',
  'budget-holder',
  'blocker',
  'Blocker',
  FIRST_NOTE,
  SECOND_NOTE,
  'Quietly',
];

/** Everything the page's script collected so far, and what it tried to change. */
async function collected(page: Page): Promise<{ seen: string[]; tamper: string[] }> {
  return page.evaluate(() => {
    const read = (name: string): string[] => {
      const value: unknown = Reflect.get(window, name);
      return Array.isArray(value) ? value.map(String) : [];
    };
    return { seen: read('__seen'), tamper: read('__tamper') };
  });
}

function expectNothingLearned(seen: readonly string[], extensionId: string): void {
  const all = seen.join('\n');
  for (const secret of SECRETS) expect(all, `the page read “${secret}”`).not.toContain(secret);
  expect(all.toLowerCase()).not.toContain('rolecall');
  expect(all).not.toContain(extensionId);
  // Keys the rep typed in the panel never reach the page, the Escape that closed it included:
  // only the page's own synthetic Enter and Escape are heard.
  const keys = seen.filter((line) => /^key(down|up|press) /u.test(line));
  expect(keys.filter((line) => !/^keydown (Enter|Escape) /u.test(line))).toEqual([]);
  expect(seen.filter((line) => /^(input|beforeinput) /u.test(line))).toEqual([]);
}

async function openProspect(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  // Names a page could guess to listen for: WXT's content-script events carry the extension id.
  await page.addInitScript((id) => {
    Reflect.set(
      window,
      '__probeNames',
      ['tagger', 'finder', 'recognize', 'panel'].flatMap((script) => [
        `${id}:${script}:wxt:content-script-started`,
        `${id}:${script}:wxt:locationchange`,
      ]),
    );
  }, browser.extensionId);
  await page.goto(server.url('pages/prying-prospect.html', 'www.acme.test'));
  return page;
}

describe('a prospect’s page that tries to read and change what the rep records', () => {
  it('learns no role, stance, note or sign of Rolecall, and changes nothing, while the rep tags, edits and recognises', async () => {
    const page = await openProspect();
    const ownElements = () => page.evaluate(() => document.documentElement.children.length);
    const before = await ownElements();

    // Tag Odile from a selection, with roles, stance and a note typed key by key.
    await selectCard(page, 'odile');
    const frame = await openTagger(browser, page);
    const panel = frame.getByRole('dialog', { name: 'Tag stakeholder' });
    await panel.getByRole('button', { name: 'Economic buyer', exact: true }).click();
    await panel.getByRole('button', { name: 'Budget holder', exact: true }).click();
    await panel.getByLabel('Stance').selectOption('blocker');
    await panel.getByRole('radio', { name: 'High' }).check();
    await panel.getByLabel('Note').click();
    await page.keyboard.type(FIRST_NOTE);
    // Give the page's script time to try everything while the form is open.
    await page.waitForTimeout(600);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByRole('status').textContent()).resolves.toBe(
      'Saved Odile Marchetti on the Quillmore Logistics map.',
    );
    await panel.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.frames().length).toBe(1);

    // The list, with chips: open Odile from her chip (a real click) and rewrite the note.
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await openTagger(browser, page);
    await expect
      .poll(async () => (await chipFor(page, 'Rolecall: Odile Marchetti')).text)
      .toBe('Economic buyer +1');
    await clickChip(page, 'Rolecall: Odile Marchetti');
    const edit = await panelOf(page);
    await expect(edit.getByLabel('Name').inputValue()).resolves.toBe('Odile Marchetti');
    await edit.getByLabel('Note').fill('');
    await edit.getByLabel('Note').click();
    await page.keyboard.type(SECOND_NOTE);
    await page.waitForTimeout(600);
    await edit.getByRole('button', { name: 'Update' }).click();
    await edit.getByRole('status').waitFor();
    await page.screenshot({ path: 'test-results/privacy-list.png' });
    // Escape in the panel closes it; the page hears no key.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.frames().length).toBe(1);
    // Nothing of Rolecall's stays on the page once the panel is closed: frame, chips, layers.
    await expect(ownElements()).resolves.toBe(before);

    const watched = await collected(page);
    // The page's script really watched: it saw its own people and Rolecall's layers arrive.
    expect(watched.seen.join('\n')).toContain('Odile Marchetti');
    expect(watched.seen.some((line) => line.startsWith('mutation childList'))).toBe(true);
    expect(watched.seen).toContain('keydown Enter ');
    expectNothingLearned(watched.seen, browser.extensionId);

    // Recognition on this site: badges appear on load, without a click, in a closed layer.
    await turnOnRecognition(browser, ['acme.test']);
    await page.reload();
    await expect
      .poll(async () => (await chipFor(page, 'Rolecall: Odile Marchetti')).text)
      .toBe('Economic buyer +1');
    await page.waitForTimeout(600);
    await clickChip(page, 'Rolecall: Odile Marchetti');
    await (await panelFrame(page)).getByLabel('Name').waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: 'test-results/privacy-recognition.png' });
    const after = await collected(page);
    expect(after.seen.join('\n')).toContain('Odile Marchetti');
    expectNothingLearned(after.seen, browser.extensionId);

    // The map holds what the rep saved, nothing the page typed.
    const popup = await openPopup(browser);
    await popup.getByRole('button', { name: 'Edit Odile Marchetti' }).click();
    await expect(popup.getByLabel('Note').inputValue()).resolves.toBe(SECOND_NOTE);
    await expect(popup.getByText('Injected By Page').count()).resolves.toBe(0);
    await popup.close();
    await page.close();
  });
});
