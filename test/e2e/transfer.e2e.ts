import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch, newProfileDir, openPopup, serveFixtures, tagCard } from './harness';

let server: Awaited<ReturnType<typeof serveFixtures>>;
const browsers: Browser[] = [];

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.close();
});

async function freshBrowser(): Promise<Browser> {
  const browser = await launch(await newProfileDir());
  browsers.push(browser);
  return browser;
}

/** Who is on the popup's map, with their roles, as the rep reads it. */
async function mapOf(browser: Browser): Promise<string[]> {
  const popup = await openPopup(browser);
  const people = popup.getByRole('region', { name: 'Stakeholders' }).locator('.rc-person');
  await people.first().waitFor();
  const cards = await people.allTextContents();
  await popup.close();
  return cards.sort();
}

describe('moving a map to another browser', () => {
  it('exports an account from the popup and imports it on a fresh profile, unchanged', async () => {
    const laptop = await freshBrowser();
    const page = await laptop.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    await tagCard(laptop, page, 'tomas', {
      roles: ['Economic buyer', 'Budget holder'],
      stance: 'supporter',
      influence: 'High',
    });
    await tagCard(laptop, page, 'priya', { roles: ['Technical evaluator'] });
    const before = await mapOf(laptop);
    expect(before).toHaveLength(2);

    const popup = await openPopup(laptop);
    await popup.locator('summary', { hasText: 'Export' }).click();
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup
        .getByRole('button', { name: /^Download Northwind Analytics as Rolecall backup/ })
        .click(),
    ]);
    const file = join(await newProfileDir(), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.json$/u);

    const newLaptop = await freshBrowser();
    const dashboard = await newLaptop.context.newPage();
    await dashboard.goto(`chrome-extension://${newLaptop.extensionId}/dashboard.html#/data`);
    await dashboard.getByLabel('Choose a file').setInputFiles(file);
    await dashboard.getByRole('heading', { name: /^Preview:/ }).waitFor();
    await dashboard.screenshot({ path: 'test-results/import-preview.png', fullPage: true });
    await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
    await dashboard.getByText(/^Imported .*1 new and 0 updated accounts, 2 new/u).waitFor();

    expect(await mapOf(newLaptop)).toEqual(before);
  });

  it('says what HubSpot will do before the popup downloads its file (issue 16)', async () => {
    const browser = await freshBrowser();
    const page = await browser.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    await tagCard(browser, page, 'priya', { roles: ['Technical evaluator'] });

    const popup = await openPopup(browser);
    await popup.locator('summary', { hasText: 'Export' }).click();
    await popup
      .getByRole('button', { name: /^Download Northwind Analytics as HubSpot contacts/ })
      .click();
    await popup.getByRole('heading', { name: 'Before you import this into HubSpot' }).waitFor();
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Download anyway' }).click(),
    ]);
    const file = join(await newProfileDir(), download.suggestedFilename());
    await download.saveAs(file);
    const rows = (await readFile(file, 'utf8')).split('\r\n');
    expect(rows[0]).toBe(
      '\uFEFFFirst Name,Last Name,Email,Phone Number,Job Title,Company Name,Company Domain Name,Buying Role',
    );
    expect(rows[1]).toMatch(/,INFLUENCER$/u);
  });
});
