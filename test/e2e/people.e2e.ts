/** Invoking Rolecall with nothing selected: the people on the page, tagged from the list. */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  type ChipSeen,
  chipFor,
  clickChip,
  launch,
  newProfileDir,
  openTagger,
  panelFrame,
  panelOf,
  serveFixtures,
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

// A test that fails leaves its tab open; the next test would open the panel on that tab (the
// same page's address) instead of its own. Each test starts with no page tab.
afterEach(async () => {
  for (const page of browser?.context.pages() ?? []) {
    if (page.url().startsWith('http')) await page.close();
  }
});

const peopleOf = async (page: Page) =>
  (await panelOf(page)).getByRole('region', { name: 'People on this page' });

/** How far (px) a chip's middle sits from the middle of the name it marks, up or down. */
async function chipOffset(chip: ChipSeen, name: Locator): Promise<number> {
  const nameBox = await name.boundingBox();
  if (!nameBox) return Number.POSITIVE_INFINITY;
  return Math.abs(chip.y - (nameBox.y + nameBox.height / 2));
}

async function openOn(path: string, host?: 'localhost'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url(path, host));
  await openTagger(browser, page);
  return page;
}

describe('the people found on a page', () => {
  it('reads a team page the page embeds from its own site, with chips beside the names in it', async () => {
    const page = await openOn('pages/framed-leadership.html');
    const people = await peopleOf(page);
    await people.waitFor();
    const rows = people.getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(8);
    await expect(rows.first().textContent()).resolves.toContain('Margaret Chen');
    // The chip sits beside the name inside the frame, where the rep sees it.
    const chip = await chipFor(page, 'Rolecall: Tomás Okafor');
    const name = page
      .frameLocator('iframe[title="Leadership"]')
      .locator('[data-person="tomas"] .name');
    await expect(chipOffset(chip, name)).resolves.toBeLessThan(6);
    const nameBox = await name.boundingBox();
    expect(chip.x).toBeGreaterThan(nameBox?.x ?? Number.POSITIVE_INFINITY);
    await page.screenshot({ path: 'test-results/people-framed.png' });
  });

  it('lists everyone on a leadership page, with chips beside their names, and tags one from the list', async () => {
    const page = await openOn('pages/northwind-leadership.html');
    const people = await peopleOf(page);
    await people.waitFor();
    const rows = people.getByRole('listitem');
    await expect(rows.count()).resolves.toBe(8);
    await expect(rows.first().textContent()).resolves.toContain('Margaret Chen');
    await expect(rows.first().textContent()).resolves.toContain('Chief Executive Officer');
    // The keyboard is in the panel, on its first person, without a click.
    await expect
      .poll(() =>
        panelFrame(page).then((frame) =>
          frame.evaluate(() => document.hasFocus() && document.activeElement?.ariaLabel),
        ),
      )
      .toBe('Tag Margaret Chen');
    // A chip beside each name on the page, in Rolecall's own layer.
    const chip = await chipFor(page, 'Rolecall: Tomás Okafor');
    await expect(
      chipOffset(chip, page.locator('[data-person="tomas"] .name')),
    ).resolves.toBeLessThan(6);
    await page.screenshot({ path: 'test-results/people-list.png' });

    await people.getByRole('button', { name: 'Tag Tomás Okafor' }).click();
    const panel = await panelOf(page);
    await expect(panel.getByLabel('Name').inputValue()).resolves.toBe('Tomás Okafor');
    await expect(panel.getByLabel('Title').inputValue()).resolves.toBe('Chief Financial Officer');
    await expect(panel.getByLabel('Account').inputValue()).resolves.toBe('Northwind Analytics');
    // What the title suggests is shown, and nothing is chosen until the rep applies it.
    const suggestion = panel.getByText('Suggested from the title:');
    await expect(suggestion.textContent()).resolves.toBe(
      'Suggested from the title: Budget holder, Economic buyer, Finance, C-level',
    );
    const holder = panel.getByRole('button', { name: 'Budget holder', exact: true });
    await expect(holder.getAttribute('aria-pressed')).resolves.toBe('false');
    await panel.getByRole('button', { name: 'Apply' }).click();
    await expect(holder.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(panel.getByLabel('Department').inputValue()).resolves.toBe('finance');
    await page.screenshot({ path: 'test-results/people-form.png' });
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByRole('status').textContent()).resolves.toBe(
      'Saved Tomás Okafor on the Northwind Analytics map.',
    );
    // Back in the list, the person now shows their role instead of a "tag" mark.
    await panel.getByRole('button', { name: 'Back to the list' }).click();
    const row = (await peopleOf(page)).getByRole('listitem').filter({ hasText: 'Tomás Okafor' });
    await row.getByText('Economic buyer +1', { exact: true }).waitFor();
    await page.close();
  });

  it('shows the role badge on a revisit, and flags a title that changed since', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url('pages/northwind-leadership.html'));
    await page.evaluate(() => {
      const title = document.querySelector('[data-person="tomas"] .title');
      if (title) title.textContent = 'Chief Operating Officer';
    });
    await openTagger(browser, page);
    const people = await peopleOf(page);
    const row = people.getByRole('listitem').filter({ hasText: 'Tomás Okafor' });
    await row.getByText('Economic buyer +1', { exact: true }).waitFor();
    // The chip says who they are on the map, and flags that the page disagrees.
    await expect
      .poll(async () => (await chipFor(page, 'Rolecall: Tomás Okafor')).text)
      .toBe('Economic buyer +1 !');
    const chip = await chipFor(page, 'Rolecall: Tomás Okafor');
    expect(chip.title).toBe(
      'The page says “Chief Operating Officer”, the map “Chief Financial Officer”.',
    );
    await expect(row.textContent()).resolves.toContain(
      'The page says “Chief Operating Officer”, the map “Chief Financial Officer”.',
    );
    await page.screenshot({ path: 'test-results/people-revisit.png' });
    await row.getByRole('button', { name: 'Update' }).click();
    const panel = await panelOf(page);
    await expect(panel.getByLabel('Title').inputValue()).resolves.toBe('Chief Operating Officer');
    await panel.getByText('already on the Northwind Analytics map').waitFor();
    await panel.getByRole('button', { name: 'Update' }).click();
    await expect(panel.getByRole('status').textContent()).resolves.toBe(
      'Updated Tomás Okafor on the Northwind Analytics map.',
    );
    await page.close();
  });

  it('opens the form from a chip on the page', async () => {
    const page = await openOn('pages/northwind-leadership.html');
    await clickChip(page, 'Rolecall: Kwame Mensah');
    await expect((await panelOf(page)).getByLabel('Name').inputValue()).resolves.toBe(
      'Kwame Mensah',
    );
    await page.close();
  });

  it('finds a team drawn by web components, with chips beside names inside their shadow roots', async () => {
    const page = await openOn('pages/lumen-team.html');
    const rows = (await peopleOf(page)).getByRole('listitem');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(6);
    await expect(rows.nth(1).textContent()).resolves.toContain('Rafael Moreno');
    await expect(rows.nth(1).textContent()).resolves.toContain('Chief Financial Officer');
    const chip = await chipFor(page, 'Rolecall: Pavel Novák');
    // Playwright's locators see into open shadow roots, as detection now does.
    const name = page.locator('team-member').filter({ hasText: 'Pavel Novák' }).locator('h3');
    await expect(chipOffset(chip, name)).resolves.toBeLessThan(6);
    await page.screenshot({ path: 'test-results/people-components.png' });
    await clickChip(page, 'Rolecall: Pavel Novák');
    const panel = await panelOf(page);
    await expect(panel.getByLabel('Name').inputValue()).resolves.toBe('Pavel Novák');
    await expect(panel.getByLabel('Title').inputValue()).resolves.toBe('IT Security Lead');
    await page.close();
  });

  it('puts the chip after the words of a name, not after an icon at the far end of its line', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url('pages/northwind-leadership.html'));
    // An accordion-style heading: the name, then a "›" floated to the end of the line.
    const wordsEnd = await page.evaluate(() => {
      const name = document.querySelector('[data-person="kwame"] .name');
      if (!name) return 0;
      name.innerHTML = 'Kwame Mensah<span style="float: right">›</span>';
      const range = document.createRange();
      range.selectNodeContents(name.firstChild ?? name);
      return range.getBoundingClientRect().right;
    });
    await openTagger(browser, page);
    const chip = await chipFor(page, 'Rolecall: Kwame Mensah');
    expect(chip.left).toBeGreaterThan(wordsEnd);
    expect(chip.left).toBeLessThan(wordsEnd + 20);
    await page.close();
  });

  it('puts the chip after the words that follow a name on its line, covering none of them', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url('pages/northwind-leadership.html'));
    // A call sign after the name, as amateur radio boards write it: the chip must not hide it.
    const lineEnd = await page.evaluate(() => {
      const name = document.querySelector('[data-person="kwame"] .name');
      if (!name) return 0;
      name.textContent = 'Kwame Mensah, OH2KM';
      const range = document.createRange();
      range.selectNodeContents(name);
      return range.getBoundingClientRect().right;
    });
    await openTagger(browser, page);
    const chip = await chipFor(page, 'Rolecall: Kwame Mensah');
    expect(chip.left).toBeGreaterThan(lineEnd);
    expect(chip.left).toBeLessThan(lineEnd + 20);
    await page.close();
  });

  it('keeps each chip beside its name when the page moves the name', async () => {
    const page = await openOn('pages/northwind-leadership.html');
    await chipFor(page, 'Rolecall: Kwame Mensah');
    const name = page.locator('[data-person="kwame"] .name');
    const before = await name.boundingBox();
    // The page shows a banner above the team, as pages do after a moment (cookies, news).
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '160px';
      banner.textContent = 'We are hiring!';
      document.querySelector('main')?.prepend(banner);
    });
    const after = await name.boundingBox();
    expect((after?.y ?? 0) - (before?.y ?? 0)).toBeGreaterThan(150);
    await expect
      .poll(async () => chipOffset(await chipFor(page, 'Rolecall: Kwame Mensah'), name))
      .toBeLessThan(6);
    await page.close();
  });

  it('gives the keyboard back to where it was on the page when Escape closes the panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    await page.evaluate(() => {
      const search = document.createElement('input');
      search.id = 'search';
      document.querySelector('main')?.prepend(search);
      search.focus();
    });
    const frame = await openTagger(browser, page);
    await expect.poll(() => frame.evaluate(() => document.hasFocus())).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.frames().length).toBe(1);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search');
    await page.close();
  });

  it('says when nobody is on the page, and still lets the rep tag someone by hand', async () => {
    // Another host, so another company than Northwind.
    const page = await openOn('pages/acme-pricing.html', 'localhost');
    const panel = await panelOf(page);
    await panel.getByText('Nobody found on this page.').waitFor();
    await page.screenshot({ path: 'test-results/people-none.png' });
    await panel.getByRole('button', { name: 'Tag someone by hand' }).click();
    await expect(panel.getByLabel('Name').inputValue()).resolves.toBe('');
    await expect(panel.getByLabel('Account').inputValue()).resolves.toBe('Acme Forecasting');
    await page.close();
  });

  it('opens over deeply nested frames and custom elements, lists the people of the page itself, and the page keeps working', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    await page.evaluate(() => {
      // Twelve frames, each inside the last, each naming a person; and an unknown custom element
      // that throws from its callbacks.
      const framed = (html: string) =>
        `<iframe srcdoc="${html.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>`;
      let markup = '<p>Innermost</p>';
      for (let depth = 12; depth > 0; depth--) {
        markup = `<div class="m"><h3>Frame Person ${'ABCDEFGHIJKL'[depth - 1]}</h3><p>CEO</p></div>${framed(markup)}`;
      }
      const holder = document.createElement('div');
      holder.innerHTML = framed(markup);
      document.body.append(holder);
      customElements.define(
        'x-trap',
        class extends HTMLElement {
          connectedCallback() {
            throw new Error('trap');
          }
        },
      );
      document.body.append(document.createElement('x-trap'));
    });
    await openTagger(browser, page);
    const rows = (await peopleOf(page)).getByRole('listitem');
    await rows.first().waitFor();
    // The page's own eight; the frames are documents of their own.
    await expect(rows.count()).resolves.toBe(8);
    await expect(page.evaluate(() => document.querySelectorAll('iframe').length)).resolves.toBe(1);
    await expect(page.evaluate(() => document.title)).resolves.toBe(
      'Leadership — Northwind Analytics',
    );
    await page.close();
  });

  it('gives up on an absurdly large page and says so, and the page keeps working', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('pages/northwind-leadership.html'));
    await page.evaluate(() => {
      const filler = document.createElement('div');
      filler.innerHTML = '<span><i></i><i></i></span>'.repeat(80_000);
      document.body.append(filler);
    });
    await openTagger(browser, page);
    const panel = await panelOf(page);
    await panel.getByText('This page is too large to read in full', { exact: false }).waitFor();
    // What was read before the budget ran out is still offered.
    await expect((await peopleOf(page)).getByRole('listitem').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/people-gave-up.png' });
    // The page's own script still runs.
    await expect(page.evaluate(() => document.querySelectorAll('.card').length)).resolves.toBe(8);
    await page.close();
  });
});
