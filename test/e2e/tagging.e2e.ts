import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  launch,
  newProfileDir,
  openPopup,
  openTagger,
  RELEASE_BUILD,
  selectCard,
  serveFixtures,
  tagCard,
} from './harness';

let server: Awaited<ReturnType<typeof serveFixtures>>;
let profile: string;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  profile = await newProfileDir();
  browser = await launch(profile);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function tag(page: Page, person: string, roles: string[]): Promise<string> {
  return tagCard(browser, page, person, { roles });
}

describe('tagging a person on a page and seeing them in the popup', () => {
  it('ships a release manifest that asks for no host permissions, declares no content script, and frames only the panel under a per-session address', async () => {
    const manifest: unknown = JSON.parse(
      await readFile(join(RELEASE_BUILD, 'manifest.json'), 'utf8'),
    );
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).toHaveProperty('web_accessible_resources', [
      { resources: ['panel.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    expect(manifest).toHaveProperty('permissions', [
      'activeTab',
      'scripting',
      'contextMenus',
      'unlimitedStorage',
    ]);
  });

  it('prefills the panel from the selection and the page, and files the person under their role', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    await selectCard(page, 'tomas');
    const panel = (await openTagger(browser, page)).getByRole('dialog', {
      name: 'Tag stakeholder',
    });
    await expect(panel.getByLabel('Name').inputValue()).resolves.toBe('Tomás Okafor');
    await expect(panel.getByLabel('Title').inputValue()).resolves.toBe('Chief Financial Officer');
    await expect(panel.getByLabel('Account').inputValue()).resolves.toBe('Northwind Analytics');
    // The page's own `button { color: hotpink !important }` must not reach the panel.
    const saveColor = await panel
      .getByRole('button', { name: 'Save' })
      .evaluate((el) => getComputedStyle(el).color);
    expect(saveColor).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: 'test-results/panel.png' });

    await panel.getByRole('button', { name: 'Budget holder', exact: true }).click();
    await panel.getByRole('button', { name: 'Economic buyer', exact: true }).click();
    await panel.getByLabel('Stance').selectOption('supporter');
    await panel.getByRole('radio', { name: 'High' }).check();
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByRole('status').textContent()).resolves.toBe(
      'Saved Tomás Okafor on the Northwind Analytics map.',
    );

    const popup = await openPopup(browser);
    const buyers = popup.getByRole('region', { name: /Economic buyer/ });
    await buyers.getByText('Tomás Okafor').waitFor();
    await expect(buyers.getByText('Chief Financial Officer').count()).resolves.toBe(1);
    const grid = popup.getByRole('table', { name: 'Role coverage' });
    await expect(
      grid.getByRole('row', { name: /^Budget holder/ }).textContent(),
    ).resolves.toContain('Tomás Okafor');
    await expect(grid.getByRole('row', { name: /^Champion/ }).textContent()).resolves.toContain(
      '—',
    );
    await popup.screenshot({ path: 'test-results/popup.png' });
    await popup.close();
    await page.close();
  });

  it('updates an open popup live when another person is tagged', async () => {
    const popup = await openPopup(browser);
    await popup.getByRole('button', { name: 'Edit Tomás Okafor' }).waitFor();
    const page = await browser.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    await tag(page, 'priya', ['Technical evaluator']);
    await popup
      .getByRole('region', { name: /Technical evaluator/ })
      .getByText('Priya Raman')
      .waitFor();
    await page.close();
    await popup.close();
  });

  it('keeps the map after the browser restarts, and a second tag updates instead of duplicating', async () => {
    await browser.close();
    browser = await launch(profile);
    const popup = await openPopup(browser);
    await popup
      .getByRole('region', { name: /Economic buyer/ })
      .getByText('Tomás Okafor')
      .waitFor();

    const page = await browser.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    await selectCard(page, 'tomas');
    const panel = (await openTagger(browser, page)).getByRole('dialog', {
      name: 'Tag stakeholder',
    });
    await panel.getByText('already on the Northwind Analytics map').waitFor();
    await expect(
      panel
        .getByRole('button', { name: 'Budget holder', exact: true })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await panel.getByRole('button', { name: 'Champion', exact: true }).click();
    await panel.getByRole('button', { name: 'Update' }).click();
    await expect(panel.getByRole('status').textContent()).resolves.toMatch(/^Updated Tomás Okafor/);

    await popup.reload();
    await expect(
      popup.getByRole('list', { name: 'Roles of Tomás Okafor' }).textContent(),
    ).resolves.toBe('Economic buyerBudget holderChampion');
    await expect(popup.getByRole('button', { name: 'Edit Tomás Okafor' }).count()).resolves.toBe(1);
    await page.close();
    await popup.close();
  });

  it('edits and erases a stakeholder from the popup, with an undo', async () => {
    const popup = await openPopup(browser);
    await popup.getByRole('button', { name: 'Edit Priya Raman' }).click();
    await popup.getByLabel('Title').fill('CTO & Co-founder');
    await popup.getByRole('button', { name: 'Save changes' }).click();
    await popup.getByText('CTO & Co-founder').waitFor();

    await popup.getByRole('button', { name: 'Erase Priya Raman' }).click();
    await popup.getByRole('alertdialog').getByRole('button', { name: 'Erase' }).click();
    await popup.getByText('Erased Priya Raman.').waitFor();
    await expect(popup.getByRole('button', { name: 'Edit Priya Raman' }).count()).resolves.toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('button', { name: 'Edit Priya Raman' }).waitFor();
    await popup.close();
  });

  it('opens the form for a selection far longer than the form holds, cut instead of refused', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    // What the context menu hands over when the rep selected a whole article.
    const selection = `Lars Lindqvist\nVP Operations\n${'Lorem ipsum dolor sit amet. '.repeat(150)}`;
    expect(selection.length).toBeGreaterThan(4000);
    const panel = (await openTagger(browser, page, selection)).getByRole('dialog', {
      name: 'Tag stakeholder',
    });
    await expect(panel.getByLabel('Name').inputValue()).resolves.toBe('Lars Lindqvist');
    const title = await panel.getByLabel('Title').inputValue();
    expect(title.startsWith('VP Operations')).toBe(true);
    // Cut to what a stakeholder's title may hold: the rep sees it and can trim it.
    expect(title.length).toBeLessThanOrEqual(300);
    await page.close();
  });

  it('shows names made of markup as text and runs none of it', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url('pages/hostile-team.html', 'localhost'));
    const status = await tag(page, 'hostile', ['User']);
    expect(status).toContain('<img src=x onerror=alert(1)>');

    const popup = await openPopup(browser);
    await popup
      .getByRole('combobox', { name: 'Account' })
      .selectOption({ label: 'Evil <b>Corp</b>' });
    await popup
      .getByRole('region', { name: 'Stakeholders' })
      .getByText('<img src=x onerror=alert(1)>')
      .waitFor();
    await popup.screenshot({ path: 'test-results/hostile-popup.png' });
    await expect(popup.locator('main img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => Reflect.get(window, '__ranHostileScript'))).resolves.toEqual(
      [],
    );
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });
});
