/**
 * Two deals on one account in real Chromium (issue 17): one person champions one and blocks the
 * other; the popup shows each deal's coverage, flags the split, and the CRM files keep each
 * person's roles under the deal they hold them in.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  launch,
  newProfileDir,
  openPopup,
  openTagger,
  selectCard,
  serveFixtures,
  tagCard,
} from './harness';

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

const ACCOUNT = 'Northwind Analytics';
const SPLIT = 'Backs you in one deal with this account and opposes you in another (Tomás Okafor).';

/** Tags a card for a deal picked in the form: an existing one by name, or a new one. */
async function tagFor(
  page: Page,
  person: string,
  deal: { existing: string } | { created: string },
  roles: string[],
  stance: string,
): Promise<string> {
  await selectCard(page, person);
  const panel = (await openTagger(browser, page)).getByRole('dialog', { name: 'Tag stakeholder' });
  const deals = panel.getByRole('group', { name: 'Deal', exact: true });
  if ('created' in deal) {
    await deals.getByRole('button', { name: '+ New deal' }).click();
    await deals.getByLabel('Name of the new deal').fill(deal.created);
  } else {
    await deals.getByRole('button', { name: deal.existing, exact: true }).click();
  }
  for (const role of roles) await panel.getByRole('button', { name: role, exact: true }).click();
  await panel.getByLabel('Stance').selectOption(stance);
  await panel.getByRole('button', { name: /^(Save|Update)$/ }).click();
  const status = await panel.getByRole('status').textContent();
  await panel.getByRole('button', { name: 'Done' }).click();
  return status ?? '';
}

/** Who holds a role in the role grid of the deal the popup shows. */
function holders(popup: Page, role: string): Promise<string | null> {
  return popup
    .getByRole('table', { name: 'Role coverage' })
    .getByRole('row', { name: new RegExp(`^${role}`) })
    .textContent();
}

/** Clicks an export button and keeps every file it downloads, by name. */
async function downloadAll(
  popup: Page,
  button: RegExp,
  count: number,
): Promise<Map<string, string>> {
  const downloads: Download[] = [];
  const collect = (download: Download) => downloads.push(download);
  popup.on('download', collect);
  await popup.getByRole('button', { name: button }).click();
  // The pre-export check may stop first to say what the CRM will do; the rep goes on.
  const anyway = popup.getByRole('button', { name: 'Download anyway' });
  await expect
    .poll(
      async () => {
        if (downloads.length === 0 && (await anyway.isVisible())) await anyway.click();
        return downloads.length;
      },
      { timeout: 15_000 },
    )
    .toBe(count);
  popup.off('download', collect);
  const dir = await newProfileDir();
  const files = new Map<string, string>();
  for (const download of downloads) {
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    files.set(download.suggestedFilename(), await readFile(path, 'utf8'));
  }
  return files;
}

const rowsOf = (files: Map<string, string>, ending: string) =>
  ([...files].find(([name]) => name.endsWith(ending))?.[1] ?? '')
    .replace(/^\uFEFF/u, '')
    .split('\r\n');

describe('two deals on one account', () => {
  it('keeps a person’s roles per deal, flags the split, and exports both deals right', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    // The first tag opens the account's first deal, named after it.
    await tagCard(browser, page, 'tomas', {
      roles: ['Economic buyer'],
      stance: 'champion',
      influence: 'High',
    });
    await tagCard(browser, page, 'priya', { roles: ['Technical evaluator'] });
    // The same person, tagged for a second deal: roles there, still one person.
    expect(
      await tagFor(page, 'tomas', { created: 'Data platform' }, ['Gatekeeper'], 'blocker'),
    ).toBe(`Updated Tomás Okafor on the ${ACCOUNT} — Data platform map.`);

    // The popup opens on the deal last worked on, and lists the other with its score.
    const popup = await openPopup(browser);
    const switcher = popup.getByRole('region', { name: 'Deal', exact: true });
    await expect(switcher.locator('.rc-deal-name').textContent()).resolves.toBe('Data platform');
    const others = switcher.getByRole('list', { name: 'Other deals on this account' });
    await expect(others.getByRole('listitem').textContent()).resolves.toMatch(
      new RegExp(`^${ACCOUNT}\\d+$`),
    );
    await expect(holders(popup, 'Gatekeeper')).resolves.toContain('Tomás Okafor');
    await expect(holders(popup, 'Economic buyer')).resolves.not.toContain('Tomás Okafor');
    // Priya takes no part in this deal.
    const people = popup.getByRole('region', { name: 'Stakeholders' }).locator('.rc-person');
    await expect(people.allTextContents()).resolves.toEqual([
      expect.stringContaining('Tomás Okafor'),
    ]);
    await expect(people.first().textContent()).resolves.toContain(`Champion in ${ACCOUNT}`);
    const gaps = popup.getByRole('region', { name: 'Gaps' });
    await gaps.getByRole('listitem').filter({ hasText: SPLIT }).waitFor();
    await popup.screenshot({ path: 'test-results/popup-two-deals.png', fullPage: true });

    // One click opens the other deal: Tomás is its economic buyer, Priya is on its map.
    await others.getByRole('button', { name: ACCOUNT }).click();
    await expect.poll(() => switcher.locator('.rc-deal-name').textContent()).toBe(ACCOUNT);
    await expect(holders(popup, 'Economic buyer')).resolves.toContain('Tomás Okafor');
    await expect(holders(popup, 'Technical evaluator')).resolves.toContain('Priya Raman');
    await expect(people.count()).resolves.toBe(2);
    await gaps.getByRole('listitem').filter({ hasText: SPLIT }).waitFor();

    // Salesforce: each contact once; each role under its own opportunity.
    await popup.locator('summary', { hasText: 'Export' }).click();
    const salesforce = await downloadAll(
      popup,
      new RegExp(`^Download ${ACCOUNT} as Salesforce`),
      2,
    );
    expect(
      rowsOf(salesforce, 'salesforce-1-contacts.csv').filter((r) => r.includes('Okafor')),
    ).toHaveLength(1);
    // Without the Rolecall id each row starts with (a random id).
    const roles = rowsOf(salesforce, 'salesforce-2-contact-roles.csv')
      .slice(1)
      .map((row) => row.slice(row.indexOf(',') + 1));
    expect(roles.sort()).toEqual([
      `Priya,Raman,${ACCOUNT},${ACCOUNT},,Technical Buyer`,
      `Tomás,Okafor,${ACCOUNT},Data platform,,Other`,
      `Tomás,Okafor,${ACCOUNT},${ACCOUNT},,Economic Buyer`,
    ]);

    // HubSpot: the contacts, the two deals, and who takes part in which under which labels.
    const hubspot = await downloadAll(popup, new RegExp(`^Download ${ACCOUNT} as HubSpot`), 3);
    expect(
      rowsOf(hubspot, 'hubspot-2-deals.csv')
        .slice(1)
        .map((row) => row.split(',')[0]),
    ).toEqual(expect.arrayContaining([ACCOUNT, 'Data platform']));
    const parts = rowsOf(hubspot, 'hubspot-3-deal-contacts.csv').slice(1);
    expect(
      parts
        .filter((row) => row.includes('Okafor'))
        .map((row) => row.split(',').at(-1))
        .sort(),
    ).toEqual(['Economic buyer', 'Gatekeeper']);
    expect(parts.filter((row) => row.includes('Raman')).map((row) => row.split(',')[3])).toEqual([
      ACCOUNT,
    ]);
    await popup.close();
    await page.close();
  });
});
