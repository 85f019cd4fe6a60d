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

  it('speaks each of the six languages without overflowing or cutting any text in the popup', async () => {
    const setup = await openPopup(browser);
    await setup.getByRole('heading', { name: uiText('en', 'coverage.raise') }).waitFor();
    // A name and a title of one long unbroken word each, as some pages write them.
    await addPerson(setup, {
      name: 'Maximiliantheodorbartholomäusvonundzuhohenstaufenberg Schmidt',
      title: 'Geschäftsführungsvorsitzenderstellvertreterin',
      roles: ['approver', 'economic-buyer'],
    });
    await setup.close();
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
      expect(await layoutFaults(popup), language).toEqual([]);
      await popup.close();
    }
  });

  it('after erasing an account, says so once with a spaced undo and no alarm', async () => {
    const popup = await openPopup(browser);
    await setLanguage(popup, 'en');
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(popup.url().replace('popup.html', 'dashboard.html#/accounts'));
    await page.getByRole('table', { name: 'Accounts' }).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Erase this account' }).click();
    await page.getByRole('button', { name: 'Erase', exact: true }).click();
    const notice = page.getByRole('status').filter({ hasText: /^Erased / });
    await notice.waitFor();
    await page.screenshot({ path: 'test-results/dashboard-erased.png' });
    await expect(page.locator('.rc-alert').count()).resolves.toBe(0);
    await expect(page.getByText('This account no longer exists.').count()).resolves.toBe(0);
    const [text, undo] = await Promise.all([
      notice.locator('span').first().boundingBox(),
      notice.getByRole('button', { name: 'Undo' }).boundingBox(),
    ]);
    expect((undo?.x ?? 0) - ((text?.x ?? 0) + (text?.width ?? 0))).toBeGreaterThanOrEqual(6);
    await notice.getByRole('button', { name: 'Undo' }).click();
    await page.close();
    await popup.close();
  });
});

/**
 * What a reader would see as broken: anything reaching past the popup's right edge, text cut
 * by its box (an ellipsis or a clip), and a select too narrow for the choice it shows.
 */
function layoutFaults(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const faults: string[] = [];
    const name = (element: Element) =>
      `${element.tagName}.${element.getAttribute('class') ?? ''} "${(element.textContent ?? '').slice(0, 30)}"`;
    const measure = document.createElement('canvas').getContext('2d');
    for (const element of document.querySelectorAll('main *')) {
      if (element.closest('.rc-visually-hidden')) continue;
      if (element.getBoundingClientRect().right > window.innerWidth + 0.5) {
        faults.push(`overflows ${name(element)}`);
      }
      const style = getComputedStyle(element);
      if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
        faults.push(`cut ${name(element)}`);
      }
      if (element instanceof HTMLSelectElement && measure) {
        measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const shown = element.selectedOptions[0]?.textContent ?? '';
        // Padding on both sides and the arrow, about 20 px.
        const needed =
          measure.measureText(shown).width +
          Number.parseFloat(style.paddingLeft) +
          Number.parseFloat(style.paddingRight) +
          20;
        if (needed > element.getBoundingClientRect().width)
          faults.push(`cut ${name(element)} "${shown}"`);
      }
    }
    return faults;
  });
}

/**
 * Adds a person to the deal the popup shows (the one last worked on, of the most recently
 * changed account), behind Dexie's back.
 */
async function addPerson(
  page: Page,
  person: { name: string; title: string; roles: readonly string[] },
): Promise<void> {
  await page.evaluate(
    (person) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rolecall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['deals', 'stakeholders'], 'readwrite');
          const latest = tx.objectStore('deals').index('updatedAt').openCursor(null, 'prev');
          latest.onsuccess = () => {
            const deal = latest.result?.value;
            if (!deal) return reject(new Error('no deal to add to'));
            const now = Date.now();
            tx.objectStore('stakeholders').put({
              id: 'long-word',
              accountId: deal.accountId,
              name: person.name,
              normalizedName: person.name.toLowerCase(),
              title: person.title,
              involvements: [
                { dealId: deal.id, roles: person.roles, stance: 'unknown', influence: 'unknown' },
              ],
              evidence: [],
              createdAt: now,
              updatedAt: now,
            });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    person,
  );
}

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
