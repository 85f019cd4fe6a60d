import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionText } from '../../lib/i18n/questions';
import { uiText } from '../../lib/i18n/ui';
import { LANGUAGES, type Language } from '../../lib/model';
import { type Browser, launch, newProfileDir, openPopup, serveFixtures, tagCard } from './harness';

let server: Awaited<ReturnType<typeof serveFixtures>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launch(await newProfileDir());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const NO_CHAMPION = 'No champion: nobody inside sells for you when you are not in the room.';

async function score(popup: Page): Promise<number> {
  const label = await popup
    .getByRole('region', { name: /^Coverage score/ })
    .getAttribute('aria-label');
  const match = /(\d+) of 100/u.exec(label ?? '');
  if (!match) throw new Error(`no score in ${label}`);
  return Number(match[1]);
}

describe('coverage in the popup', () => {
  it('shows the gaps and their questions, and raises the score when a missing role is tagged', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    await tagCard(browser, page, 'tomas', {
      roles: ['Economic buyer', 'Budget holder'],
      stance: 'neutral',
      influence: 'High',
    });

    const popup = await openPopup(browser);
    const gaps = popup.getByRole('region', { name: 'Gaps' });
    const noChampion = gaps.getByRole('listitem').filter({ hasText: NO_CHAMPION });
    await noChampion.waitFor();
    const before = await score(popup);
    expect(before).toBeLessThan(100);
    // Critical gaps come before warnings.
    const severities = await gaps.locator('.rc-severity').allTextContents();
    expect(severities.indexOf('Critical')).toBeLessThanOrEqual(
      Math.max(0, severities.indexOf('Warning')),
    );

    // The brief a rep pastes into their notes before the call.
    // Headless Chromium grants no clipboard to extension pages: keep what would be written.
    await popup.evaluate(() => {
      navigator.clipboard.writeText = async (text) => {
        document.documentElement.dataset.copied = text;
      };
    });
    await popup.getByRole('button', { name: 'Prepare for call' }).click();
    await popup.getByRole('status').getByText('Call brief copied').waitFor();
    const brief = await popup.evaluate(() => document.documentElement.dataset.copied);
    expect(brief).toContain('Tomás Okafor');
    expect(brief).toContain(NO_CHAMPION);
    expect(brief).toContain(questionText('champ-who-wants', 'en'));

    await noChampion.getByText(NO_CHAMPION).click();
    const questions = noChampion.getByRole('list', { name: 'Questions to ask' });
    await expect(questions.getByRole('listitem').first().textContent()).resolves.toBe(
      questionText('champ-who-wants', 'en'),
    );
    await expect(
      questions.getByRole('button', { name: 'Copy question' }).count(),
    ).resolves.toBeGreaterThan(1);
    await popup.screenshot({ path: 'test-results/popup-coverage.png', fullPage: true });

    // The customer speaks German: the questions follow the account's question language.
    await popup.getByText('Deal context').click();
    await popup.getByLabel('Question language').selectOption('de');
    await expect
      .poll(() => questions.getByRole('listitem').first().textContent())
      .toBe(questionText('champ-who-wants', 'de'));

    await tagCard(browser, page, 'priya', {
      roles: ['Champion'],
      stance: 'supporter',
      influence: 'High',
    });
    await noChampion.waitFor({ state: 'detached' });
    await expect.poll(() => score(popup)).toBeGreaterThan(before);
    await expect(
      popup
        .getByRole('table', { name: 'Role coverage' })
        .getByRole('row', { name: /^Champion/ })
        .textContent(),
    ).resolves.toContain('Priya Raman');
    await popup.screenshot({ path: 'test-results/popup-coverage-after.png', fullPage: true });
    await popup.close();
    await page.close();
  });

  it('speaks each of the six languages without overflowing the popup', async () => {
    for (const language of LANGUAGES) {
      const popup = await openPopup(browser);
      await setLanguage(popup, language);
      // Written behind Dexie's back, so no live query sees it: open the popup again.
      await popup.reload();
      const raise = popup.getByRole('heading', { name: uiText(language, 'coverage.raise') });
      await raise.waitFor();
      await popup.getByText(uiText(language, 'deal.context')).click();
      const gap = popup.locator('.rc-gap details').first();
      await gap.locator('summary').click();
      await popup.screenshot({ path: `test-results/popup-${language}.png`, fullPage: true });
      const overflowing = await popup.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((element) => `${element.tagName}.${element.className}`),
      );
      expect(overflowing, language).toEqual([]);
      await popup.close();
    }
  });
});

/** The language setting, as the dashboard's settings would store it. */
async function setLanguage(page: Page, language: Language): Promise<void> {
  await page.evaluate(
    (language) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rolecall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'settings', language });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    language,
  );
}
