/**
 * The popup's time to first full render (the account, its coverage and all its people on
 * screen) for an account of 300 stakeholders, in a database of 100,000 stakeholders across
 * 5,000 accounts, against the same popup over a database holding only that account. Real
 * Chromium, the release build; the popup marks the moment itself (POPUP_READY).
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { POPUP_READY } from '../../entrypoints/popup/marks';
import { launch, newProfileDir, RELEASE_BUILD } from '../e2e/harness';
import { seedExtension } from '../support/seed-extension';
import { syntheticAccount, syntheticMap, syntheticPeople } from '../support/synthetic';
import { type BenchFigure, figure, sized } from './figure';

const RUNS = sized(9, 1);
const MAP = sized(300, 30);
const CROWD = sized(100_000, 2_000);
const ACCOUNTS = sized(5_000, 100);

async function timeToFullRender(seed: Parameters<typeof seedExtension>[1]): Promise<number> {
  const browser = await launch(await newProfileDir(), RELEASE_BUILD);
  try {
    const url = `chrome-extension://${browser.extensionId}/popup.html`;
    const setup = await browser.context.newPage();
    await setup.goto(url);
    await setup.waitForFunction(() => document.querySelector('main') !== null);
    await seedExtension(setup, seed);
    await setup.close();
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(url);
      const at = await popup.waitForFunction(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime,
        POPUP_READY,
      );
      const people = await popup.locator('.rc-person').count();
      if (people !== MAP) throw new Error(`the popup showed ${people} people, not ${MAP}`);
      if (run > 0) times.push(Number(await at.jsonValue()));
      await popup.close();
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? 0;
  } finally {
    await browser.close();
  }
}

export default async function popupBench(): Promise<BenchFigure[]> {
  if (!existsSync(RELEASE_BUILD)) {
    spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const now = Date.now();
  const target = { ...syntheticAccount(0, now), updatedAt: now };
  const people = syntheticPeople(target, MAP, now);
  const crowd = syntheticMap(ACCOUNTS, CROWD, now - 1000);
  const others = {
    accounts: crowd.accounts.filter((account) => account.id !== target.id),
    stakeholders: crowd.stakeholders.filter((person) => person.accountId !== target.id),
  };
  const alone = await timeToFullRender({ accounts: [target], stakeholders: people });
  const crowded = await timeToFullRender({
    accounts: [target, ...others.accounts],
    stakeholders: [...people, ...others.stakeholders.slice(0, CROWD - people.length)],
  });
  return [
    figure(
      `popup first full render, ${MAP} of ${CROWD / 1000}k stakeholders vs alone`,
      crowded,
      alone,
    ),
  ];
}
