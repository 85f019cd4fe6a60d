/** The dashboard in real Chromium: accounts list, power map drag and export, sites, erase. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEAL_STAGES,
  DEFAULT_DEAL_CONTEXT,
  type LegacyAccount,
  normalizeName,
  type Stakeholder,
} from '../../lib/model';
import type { Snapshot } from '../../lib/transfer';
import { largeCommittee, smallCommittee } from '../powermap/people';
import { mapOf } from '../support/legacy-map';
import { type Browser, launch, newProfileDir } from './harness';

const NOW = Date.now();
const DAY = 86_400_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launch(await newProfileDir());
});

afterAll(async () => {
  await browser?.close();
});

/** An account and its one deal, named after it with its id. */
function account(id: string, name: string, fields: Partial<LegacyAccount> = {}): LegacyAccount {
  return {
    id,
    name,
    domains: [],
    ...DEFAULT_DEAL_CONTEXT,
    createdAt: NOW - 90 * DAY,
    updatedAt: NOW - DAY,
    ...fields,
  };
}

/** Verified `daysAgo` days ago, so staleness is what the test says it is. */
function verified(person: Stakeholder, accountId: string, daysAgo: number): Stakeholder {
  const at = NOW - daysAgo * DAY;
  return {
    ...person,
    id: `${accountId}-${person.id}`,
    accountId,
    dealId: accountId,
    ...(person.reportsToId ? { reportsToId: `${accountId}-${person.reportsToId}` } : {}),
    evidence: [{ capturedAt: at, method: 'page-layout', lastVerifiedAt: at }],
    createdAt: at,
    updatedAt: at,
  };
}

const OTHER_NAMES = [
  'Acme Logistics',
  'Blue Harbor Bank',
  'Cedar Health',
  'Delta Foods',
  'Ember Energy',
  'Fjord Maritime',
  'Granite Insurance',
  'Helix Biotech',
  'Ivory Retail',
  'Juniper Telecom',
  'Kestrel Aviation',
  'Lumen Media',
  'Meridian Steel',
  'Nimbus Cloud',
  'Orchid Hotels',
  'Polar Freight',
  'Quartz Semiconductors',
  'Ridge Construction',
  'Saffron Textiles',
  'Tundra Mining',
  'ООО Вектор',
  '华信科技',
];

/**
 * Northwind: 5 people, fresh, with Bo Kim's manager unknown. Contoso: 80 people, not verified
 * for a month. Twenty-two more accounts at every stage, with 0 to 6 people each.
 */
function seedData(): Snapshot {
  const accounts = [
    account('nw', 'Northwind Analytics', { stage: 'vendor-evaluation', updatedAt: NOW - 3600_000 }),
    account('contoso', 'Contoso Pharma', { stage: 'purchase-decision', updatedAt: NOW - 40 * DAY }),
    ...OTHER_NAMES.map((name, i) =>
      account(`other-${i}`, name, {
        stage: DEAL_STAGES[i % DEAL_STAGES.length],
        updatedAt: NOW - (i + 2) * DAY,
      }),
    ),
  ];
  const small = smallCommittee().map((p) =>
    verified(p.id === 'e1' ? { ...p, reportsToId: undefined } : p, 'nw', 1),
  );
  const large = largeCommittee().map((p) => verified(p, 'contoso', 30));
  const others = OTHER_NAMES.flatMap((_, i) =>
    smallCommittee()
      .slice(0, i % 7)
      .map((p, j) => {
        const name = `${['Aino', 'Ben', 'Chen', 'Dara', 'Eva', 'Farid'][j]} ${OTHER_NAMES[i]?.split(' ')[0]}`;
        return verified({ ...p, name, normalizedName: normalizeName(name) }, `other-${i}`, i * 2);
      }),
  );
  return mapOf(accounts, [...small, ...large, ...others]);
}

/** Writes straight into the extension's own IndexedDB, then reloads so the views read it. */
async function seed(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('rolecall');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['accounts', 'deals', 'stakeholders'], 'readwrite');
    for (const row of data.accounts) tx.objectStore('accounts').put(row);
    for (const row of data.deals) tx.objectStore('deals').put(row);
    for (const row of data.stakeholders) tx.objectStore('stakeholders').put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, seedData());
  await page.reload();
}

/** One record, read straight from the extension's IndexedDB. */
function readRecord(page: Page, store: string, key: string): Promise<unknown> {
  return page.evaluate(
    async ({ store, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('rolecall');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const value = await new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return value;
    },
    { store, key },
  );
}

async function openDashboard(hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html${hash}`);
  return page;
}

/** Drags one card onto another (or onto the strip above the map) the way a mouse does. */
async function drag(page: Page, fromId: string, to: { id: string } | 'no-manager') {
  const from = await page.locator(`g.rc-pm-node[data-id="${fromId}"]`).boundingBox();
  if (!from) throw new Error(`no card ${fromId}`);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2 + 20, { steps: 4 });
  let target: { x: number; y: number };
  if (to === 'no-manager') {
    const zone = await page.getByText('Drop here: no manager on the map').boundingBox();
    if (!zone) throw new Error('no drop zone');
    target = { x: zone.x + zone.width / 2, y: zone.y + zone.height / 2 };
  } else {
    const box = await page.locator(`g.rc-pm-node[data-id="${to.id}"]`).boundingBox();
    if (!box) throw new Error(`no card ${to.id}`);
    target = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  await page.mouse.move(target.x, target.y, { steps: 12 });
  await page.mouse.up();
}

let page: Page;

describe('the dashboard', () => {
  it('lists every account, and search and filters narrow the list', async () => {
    page = await openDashboard();
    await seed(page);
    const rows = page.locator('table.rc-accounts tbody tr');
    await page.getByText('Showing 24 of 24').waitFor();
    await expect(rows.count()).resolves.toBe(24);
    const northwind = rows.filter({ hasText: 'Northwind Analytics' });
    await expect(northwind.locator('td').nth(1).textContent()).resolves.toBe('Evaluating vendors');
    await expect(northwind.locator('td').nth(2).textContent()).resolves.toBe('5');
    await page.screenshot({ path: 'test-results/dashboard-accounts.png' });

    const search = page.getByLabel('Search');
    await search.fill('northwind');
    await expect(rows.count()).resolves.toBe(1);
    // A person's name finds their account and says who matched.
    await search.fill('bo kim');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('Found: Bo Kim');
    await search.fill('');

    await page.getByLabel('Stage', { exact: true }).selectOption('purchase-decision');
    const stages = await page
      .locator('table.rc-accounts tbody tr td:nth-of-type(2)')
      .allTextContents();
    expect(stages.length).toBeGreaterThan(1);
    expect(new Set(stages)).toEqual(new Set(['Purchase decision']));
    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Any stage' });

    await page.getByLabel('Score below').fill('20');
    const scores = (await page.locator('.rc-score-pill').allTextContents()).map(Number);
    expect(scores.length).toBeGreaterThan(0);
    expect(Math.max(...scores)).toBeLessThan(20);
    await page.getByLabel('Score below').fill('');

    await page.getByLabel('Only with stale people').check();
    const stale = await page.locator('table.rc-accounts tbody th a').allTextContents();
    expect(stale).toContain('Contoso Pharma');
    expect(stale).not.toContain('Northwind Analytics');
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(rows.count()).resolves.toBe(24);

    await page.getByLabel('Sort by').selectOption('people');
    await expect(rows.first().locator('th a').textContent()).resolves.toBe('Contoso Pharma');
  });

  it('drags a person onto a manager on the power map, and the reporting line is saved', async () => {
    await page.getByRole('link', { name: 'Northwind Analytics' }).click();
    const map = page.getByRole('group', { name: 'Power map of Northwind Analytics' });
    await map.waitFor();
    await expect(map.locator('g.rc-pm-node').count()).resolves.toBe(5);
    await page
      .getByRole('region', { name: 'Power map' })
      .screenshot({ path: 'test-results/powermap-5.png' });

    await drag(page, 'nw-e1', { id: 'nw-cto' });
    await page.getByText('Bo Kim now reports to Ann Lee.').waitFor();
    const boRow = page.locator('tr[data-person="nw-e1"]');
    await expect(boRow.locator('td').nth(4).textContent()).resolves.toBe('Ann Lee');
    await expect(readRecord(page, 'stakeholders', 'nw-e1')).resolves.toMatchObject({
      reportsToId: 'nw-cto',
    });
    await page.locator('path[data-edge="nw-cto>nw-e1"]').waitFor();

    // The CEO cannot report to someone below them: the map says why and saves nothing.
    await drag(page, 'nw-ceo', { id: 'nw-e1' });
    await page
      .getByText(
        "Max Roe can't report to Bo Kim: Bo Kim already reports to Max Roe through Ann Lee.",
      )
      .waitFor();
    await expect(readRecord(page, 'stakeholders', 'nw-ceo')).resolves.not.toHaveProperty(
      'reportsToId',
    );

    // Dropped on the strip above the map: no manager on the map any more.
    await drag(page, 'nw-e1', 'no-manager');
    await page.getByText('Bo Kim has no manager on the map now.').waitFor();
    await expect(readRecord(page, 'stakeholders', 'nw-e1')).resolves.not.toHaveProperty(
      'reportsToId',
    );

    // The same line from the edit form, which a click on the card opens.
    await page.locator('g.rc-pm-node[data-id="nw-e1"]').click();
    const form = page.getByRole('form', { name: 'Edit Bo Kim' });
    await form.getByLabel('Reports to').selectOption({ label: 'Ann Lee (CTO)' });
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved Bo Kim.').waitFor();
    await expect(readRecord(page, 'stakeholders', 'nw-e1')).resolves.toMatchObject({
      reportsToId: 'nw-cto',
    });
    await page.reload();
    await page.locator('path[data-edge="nw-cto>nw-e1"]').waitFor();
    await page.screenshot({ path: 'test-results/dashboard-account-5.png', fullPage: true });
  });

  it('exports the power map as SVG and PNG files', async () => {
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('Northwind Analytics power map.svg');
    const svg = await readFile((await svgDownload.path()) ?? '', 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/u);
    for (const name of ['Max Roe', 'Jane Doe', 'Ann Lee', 'Bo Kim', 'Cy Park']) {
      expect(svg).toContain(name);
    }
    // Nothing interactive or page-bound leaves with the picture.
    expect(svg).not.toMatch(/data-id|tabindex|onpointer|<script|class=/iu);

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('Northwind Analytics power map.png');
    await pngDownload.saveAs('test-results/powermap-5-export.png');
    const png = await readFile((await pngDownload.path()) ?? '');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const viewBox = await page.locator('svg.rc-pm-svg').getAttribute('viewBox');
    const [, , width, height] = (viewBox ?? '').split(' ').map(Number);
    // Drawn at twice the picture's size, for a sharp slide.
    expect(png.readUInt32BE(16)).toBe(Math.round((width ?? 0) * 2));
    expect(png.readUInt32BE(20)).toBe(Math.round((height ?? 0) * 2));
  });

  it('keeps 80 people apart and readable, and exports them', async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/account/contoso`);
    const map = page.getByRole('group', { name: 'Power map of Contoso Pharma' });
    await map.waitFor();
    await expect(map.locator('g.rc-pm-node').count()).resolves.toBe(80);
    await page.screenshot({ path: 'test-results/dashboard-account-80.png' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const png = await readFile((await download.path()) ?? '');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The whole picture, for looking at: the screen shows only the top.
    const full = await browser.context.newPage();
    await full.setViewportSize({ width: 1600, height: 900 });
    await full.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/account/contoso`);
    const svg = full.locator('svg.rc-pm-svg');
    await svg.waitFor();
    await full.addStyleTag({
      content: '.rc-pm-scroll { max-height: none !important; } .rc-dash-header { display: none; }',
    });
    await svg.screenshot({ path: 'test-results/powermap-80.png' });
    await full.close();
  });
});

describe('automatic recognition on chosen sites', () => {
  it('asks the real browser for the site inside the click', async () => {
    const settings = await openDashboard('#/settings');
    await settings.getByRole('textbox', { name: 'Site' }).fill('linkedin.com');
    await settings.getByRole('button', { name: 'Turn on' }).click();
    // Outside a click Chrome refuses at once ("must be called during a user gesture"); here its
    // permission prompt is up and waiting, which automation cannot answer.
    await settings
      .getByText('The browser is asking whether Rolecall may read linkedin.com…')
      .waitFor();
    await expect(settings.getByRole('button', { name: 'Turn on' }).isDisabled()).resolves.toBe(
      true,
    );
    await expect(readRecord(settings, 'settings', 'settings')).resolves.toBeUndefined();
    await settings.close();
  });

  it('turns a site on and off, with the permission granted, refused and given back', async () => {
    const settings = await browser.context.newPage();
    await settings.setViewportSize({ width: 1440, height: 900 });
    // The prompt cannot be answered by automation, so the page's permission calls are recorded
    // and answered here; everything around them is the real extension.
    await settings.addInitScript(() => {
      const calls: unknown[] = [];
      Reflect.set(globalThis, 'permissionCalls', calls);
      const permissions = Reflect.get(Reflect.get(globalThis, 'browser'), 'permissions');
      Reflect.set(permissions, 'request', async (asked: unknown) => {
        calls.push(['request', asked]);
        return Reflect.get(globalThis, 'grant') !== false;
      });
      Reflect.set(permissions, 'remove', async (removed: unknown) => {
        calls.push(['remove', removed]);
        return true;
      });
    });
    await settings.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/settings`);
    const calls = () => settings.evaluate(() => Reflect.get(globalThis, 'permissionCalls'));
    const site = settings.getByRole('textbox', { name: 'Site' });
    const turnOn = settings.getByRole('button', { name: 'Turn on' });

    await site.fill('co.uk');
    await turnOn.click();
    await settings
      .getByText('"co.uk" is shared by many sites. Enter one site, such as example.co.uk.')
      .waitFor();
    await expect(calls()).resolves.toEqual([]);

    await site.fill('https://www.linkedin.com/in/someone');
    await turnOn.click();
    await settings.getByText('Recognition is on for linkedin.com.').waitFor();
    await expect(calls()).resolves.toEqual([
      ['request', { origins: ['https://*.linkedin.com/*', 'http://*.linkedin.com/*'] }],
    ]);
    const list = settings.getByRole('list', { name: 'Sites with automatic recognition' });
    await expect(list.getByRole('listitem').allTextContents()).resolves.toEqual([
      'linkedin.comTurn off',
    ]);
    await expect(readRecord(settings, 'settings', 'settings')).resolves.toMatchObject({
      recognitionSites: ['linkedin.com'],
    });

    await settings.evaluate(() => Reflect.set(globalThis, 'grant', false));
    await site.fill('northwind.example.com');
    await turnOn.click();
    await settings
      .getByText('The browser did not grant access to example.com, so recognition stays off there.')
      .waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(1);
    await settings.screenshot({ path: 'test-results/dashboard-settings.png', fullPage: true });

    await settings.getByRole('button', { name: 'Turn off recognition on linkedin.com' }).click();
    await settings.getByText('Recognition is off for linkedin.com').waitFor();
    await expect(calls()).resolves.toContainEqual([
      'remove',
      { origins: ['https://*.linkedin.com/*', 'http://*.linkedin.com/*'] },
    ]);
    await settings.getByText('No sites yet: Rolecall runs only when you invoke it.').waitFor();
    await expect(readRecord(settings, 'settings', 'settings')).resolves.toMatchObject({
      recognitionSites: [],
    });
    await settings.close();
  });
});

describe('erasing an account', () => {
  it('erases an account and everyone in it, with an undo, and keeps it out of the list', async () => {
    const page = await openDashboard('#/account/contoso');
    await page.getByRole('heading', { name: 'Contoso Pharma' }).waitFor();
    await page.getByRole('button', { name: 'Erase this account' }).click();
    await page.getByRole('button', { name: 'Erase', exact: true }).click();
    await page.getByText('Erased Contoso Pharma.').waitFor();
    await page.getByRole('heading', { name: 'Contoso Pharma' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { name: 'Contoso Pharma' }).waitFor();

    await page.getByRole('button', { name: 'Erase this account' }).click();
    await page.getByRole('button', { name: 'Erase', exact: true }).click();
    await page.getByText('Erased Contoso Pharma.').waitFor();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/accounts`);
    await page.getByText('Showing 23 of 23').waitFor();
    await expect(page.getByText('Contoso Pharma').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('settings', () => {
  it('speaks the chosen language, and erases everything after offering a backup', async () => {
    const settings = await openDashboard('#/settings');
    await settings.getByLabel('Language', { exact: true }).selectOption('de');
    await settings.getByRole('link', { name: 'Einstellungen' }).waitFor();
    await expect(settings.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
    await settings.getByLabel('Sprache', { exact: true }).selectOption('auto');
    await settings.getByRole('link', { name: 'Settings' }).waitFor();

    await settings.getByRole('link', { name: 'Data' }).click();
    await settings.getByRole('heading', { name: 'Data', exact: true }).waitFor();
    await settings.screenshot({ path: 'test-results/dashboard-data.png', fullPage: true });
    await settings.getByRole('link', { name: 'Settings' }).click();

    await settings.getByRole('button', { name: 'Erase everything…' }).click();
    await settings.getByText('Erase all accounts (23) and stakeholders (').waitFor();
    const [download] = await Promise.all([
      settings.waitForEvent('download'),
      settings.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const backup: unknown = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
    expect(backup).toMatchObject({ format: expect.any(String) });
    // The account erased earlier is in no later export.
    expect(Reflect.get(Object(backup), 'accounts')).toHaveLength(23);
    await settings.getByText(`Backup downloaded: ${download.suggestedFilename()}`).waitFor();
    await settings.getByRole('button', { name: 'Erase everything now' }).click();
    await settings.getByText('Everything was erased.').waitFor();
    await settings.getByRole('link', { name: 'Accounts' }).click();
    await settings.getByText('No accounts yet.', { exact: false }).waitFor();
  });
});
