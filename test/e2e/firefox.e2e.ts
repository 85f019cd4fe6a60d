/**
 * The Manifest V2 build in Debian's Firefox ESR: tagging through the framed panel, the chips
 * beside the names, the popup's coverage, and an export, driven over WebDriver BiDi.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIREFOX_BUILD, Firefox } from './firefox';
import { serveFixtures } from './harness';

let server: Awaited<ReturnType<typeof serveFixtures>>;
let firefox: Firefox;
/** An extension page kept open to reach the background's test hooks. */
let extensionTab: string;

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await Firefox.launch();
  extensionTab = await firefox.extensionPage();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** What the context menu and the shortcut do, through the test build's hook in the background. */
async function invoke(url: string): Promise<void> {
  await firefox.evaluate(
    extensionTab,
    `const background = await browser.runtime.getBackgroundPage();
     await background.rolecallTest.openTaggerOn(${JSON.stringify(url)});
     return true;`,
  );
}

/** Clicks the button whose text is `text` in a frame, as the rep would. */
function click(frame: string, text: string): Promise<unknown> {
  return firefox.evaluate(
    frame,
    `const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(text)});
     if (!button) throw new Error('no button ' + ${JSON.stringify(text)});
     button.click();
     return true;`,
  );
}

describe('Rolecall in Firefox (Manifest V2)', () => {
  it('asks for the Firefox version that reads every key its manifest uses', async () => {
    const manifest = z
      .object({
        browser_specific_settings: z.object({
          gecko: z.object({
            strict_min_version: z.string(),
            data_collection_permissions: z.unknown().optional(),
          }),
        }),
      })
      .parse(JSON.parse(await readFile(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')));
    const { gecko } = manifest.browser_specific_settings;
    // It declares that Rolecall collects no data, a key Firefox reads from version 140 on.
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  it('tags a person through the framed panel, shows them in the popup, and exports the map', async () => {
    const url = server.url('pages/northwind-leadership.html');
    const page = await firefox.open(url);
    await firefox.setViewport(page, 1280, 900);
    await firefox.evaluate(
      page,
      `const card = document.querySelector('[data-person="tomas"]');
       const range = document.createRange();
       range.selectNodeContents(card);
       getSelection().removeAllRanges();
       getSelection().addRange(range);
       return true;`,
    );
    await invoke(url);
    const frame = await firefox.panelFrame(page);
    // The frame is the extension's own page: the page cannot read it.
    await expect(
      firefox.evaluate(
        page,
        `try { return document.querySelectorAll('iframe').length; } catch { return -1; }`,
      ),
    ).resolves.toBe(0);
    await firefox.waitFor(
      frame,
      `return document.querySelector('input')?.value === 'Tomás Okafor';`,
    );
    await click(frame, 'Economic buyer');
    await click(frame, 'Budget holder');
    await click(frame, 'Save');
    await expect(
      firefox.waitFor(frame, `return document.querySelector('[role=status]')?.textContent;`),
    ).resolves.toBe('Saved Tomás Okafor on the Northwind Analytics map.');
    await firefox.screenshot(page, 'test-results/firefox-panel.png');
    await click(frame, 'Done');

    // With nothing selected: the people on the page, and Tomás's chip carries his role.
    await firefox.evaluate(page, 'getSelection().removeAllRanges(); return true;');
    await invoke(url);
    const list = await firefox.panelFrame(page);
    await expect(
      firefox.waitFor(
        list,
        `return document.querySelectorAll('[aria-label="People on this page"] li').length;`,
      ),
    ).resolves.toBe(8);
    await firefox.waitFor(list, `return document.body.textContent.includes('Economic buyer +1');`);
    await firefox.screenshot(page, 'test-results/firefox-people.png');

    // The popup: coverage of the account, with Tomás as its economic buyer.
    await firefox.setViewport(extensionTab, 380, 600);
    // A tab in the background gets no frames (the popup's effects wait for one): bring it forward.
    await firefox.send('browsingContext.activate', { context: extensionTab });
    await firefox.evaluate(extensionTab, 'location.reload(); return true;');
    await firefox.waitFor(
      extensionTab,
      `const grid = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent.includes('Role coverage'));
       const row = [...(grid?.rows ?? [])].find((r) => r.textContent.startsWith('Economic buyer'));
       return row?.textContent.includes('Tomás Okafor');`,
    );
    await expect(
      firefox.waitFor(
        extensionTab,
        `return document.querySelector('[aria-label^="Coverage score"]')?.getAttribute('aria-label');`,
      ),
    ).resolves.toMatch(/\d+ of 100/u);
    await firefox.screenshot(extensionTab, 'test-results/firefox-popup.png');

    // Export the account as a backup: the file lands in the profile's downloads.
    await firefox.evaluate(
      extensionTab,
      `const summary = [...document.querySelectorAll('summary')].find((s) => s.textContent.includes('Export'));
       summary?.click();
       return true;`,
    );
    await firefox.waitFor(
      extensionTab,
      `const button = document.querySelector('button[aria-label^="Download Northwind Analytics as Rolecall backup"]');
       if (!button || button.disabled) return false;
       button.click();
       return true;`,
    );
    const until = Date.now() + 15_000;
    let saved: string[] = [];
    while (saved.length === 0 && Date.now() < until) {
      saved = (await readdir(firefox.downloads)).filter((name) => name.endsWith('.json'));
      if (saved.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(saved).toHaveLength(1);
    const backup: unknown = JSON.parse(
      await readFile(join(firefox.downloads, saved[0] ?? ''), 'utf8'),
    );
    expect(JSON.stringify(backup)).toContain('Tomás Okafor');
    expect(JSON.stringify(backup)).toContain('economic-buyer');
  });
});
