/**
 * What titles read as, in the panel: the people list says it, the tag form offers it in one
 * click, in each of the six interface languages. Screenshots go to /tmp/titles-shots/.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch, newProfileDir, openTagger, serveFixtures } from './harness';

const SHOTS = '/tmp/titles-shots';

let server: Awaited<ReturnType<typeof serveFixtures>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launch(await newProfileDir());
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function setLanguage(language: string): Promise<unknown> {
  return browser.worker.evaluate(async (language) => {
    const hook: unknown = Reflect.get(globalThis, 'rolecallTest');
    const set: unknown =
      typeof hook === 'object' && hook ? Reflect.get(hook, 'setLanguage') : undefined;
    if (typeof set !== 'function') throw new Error('the test build exposes no setLanguage');
    await set(language);
  }, language);
}

/** In each language: the list line for the Chinese head of procurement, and the form's buttons. */
const WORDS = {
  en: { reading: 'Procurement · Head of unit', set: 'Set Head of unit' },
  de: { reading: 'Einkauf · Leitung', set: 'Leitung übernehmen' },
  ru: {
    reading: 'Закупки · Руководитель подразделения',
    set: 'Указать: Руководитель подразделения',
  },
  zh: { reading: '采购 · 部门负责人', set: '设为部门负责人' },
  id: { reading: 'Pengadaan · Kepala unit', set: 'Pakai Kepala unit' },
  fi: { reading: 'Hankinta · Yksikön päällikkö', set: 'Aseta Yksikön päällikkö' },
} as const;

describe('titles read in the panel', () => {
  it.each(Object.entries(WORDS))(
    'in %s, lists what each title reads as and offers it in one click',
    async (language, words) => {
      await setLanguage(language);
      const page: Page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.goto(server.url('pages/kestrel-team.html'));
      // The dialog is named in the interface's language: found by its place instead.
      const panel = (await openTagger(browser, page)).locator('#app > .rc-panel');
      const row = panel.getByRole('listitem').filter({ hasText: 'Li Wenjing' });
      await expect.poll(() => row.textContent()).toContain(words.reading);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SHOTS}/${language}-list.png` });
      await row.getByRole('button').first().click();
      const set = panel.getByRole('button', { name: words.set });
      await set.waitFor();
      // The frame grows to the form's height: shoot once it has, not while it paints.
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${SHOTS}/${language}-form.png` });
      await set.click();
      await expect.poll(() => set.count()).toBe(0);
      await page.close();
    },
  );
});
