import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  chipFor,
  chipsOn,
  clickChip,
  launch,
  newProfileDir,
  openPopup,
  panelOf,
  serveFixtures,
  tagCard,
  turnOnRecognition,
} from './harness';

let server: Awaited<ReturnType<typeof serveFixtures>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  // A company site with a real-looking domain, served by the fixture server.
  browser = await launch(await newProfileDir(), undefined, [
    '--host-resolver-rules=MAP *.acme.test 127.0.0.1',
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('automatic recognition on an opted-in site', () => {
  it('badges known people and flags a changed title without a click, and stops when turned off', async () => {
    const url = server.url('pages/northwind-leadership.html', 'www.acme.test');
    const page = await browser.context.newPage();
    await page.goto(url);
    await tagCard(browser, page, 'tomas', { roles: ['Economic buyer'] });
    // The map remembers an older title than the page now shows.
    const popup = await openPopup(browser);
    await popup.getByRole('button', { name: 'Edit Tomás Okafor' }).click();
    await popup.getByLabel('Title').fill('Finance Director');
    await popup.getByRole('button', { name: 'Save changes' }).click();
    await popup.getByText('Finance Director').waitFor();
    await popup.close();

    await expect(turnOnRecognition(browser, ['acme.test'])).resolves.toEqual(['acme.test']);
    await page.reload();
    const chip = await chipFor(page, 'Rolecall: Tomás Okafor');
    expect(chip.text).toContain('Economic buyer');
    expect(chip.title).toBe('The page says “Chief Financial Officer”, the map “Finance Director”.');
    // Only people on the map are marked, and no panel opens by itself.
    await expect(chipsOn(page)).resolves.toHaveLength(1);
    expect(page.frames()).toHaveLength(1);
    await page.screenshot({ path: 'test-results/recognition.png' });
    // What the page said stays with the person: the popup asks the rep to check them.
    const check = await openPopup(browser);
    await check
      .getByRole('region', { name: 'Gaps' })
      .getByText('The page now shows a different title or company: check they are still involved.')
      .waitFor();
    await check.close();

    await clickChip(page, 'Rolecall: Tomás Okafor');
    const panel = await panelOf(page);
    await expect(panel.getByLabel('Name').inputValue()).resolves.toBe('Tomás Okafor');

    await expect(turnOnRecognition(browser, [])).resolves.toEqual([]);
    await page.reload();
    await page.waitForTimeout(2000);
    await expect(chipsOn(page)).resolves.toHaveLength(0);
    await page.close();
  });
});
