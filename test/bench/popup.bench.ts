/**
 * The popup's time to first full render (the deal, its coverage and all its people on screen)
 * for an account of 300 stakeholders, in a database of 100,000 stakeholders across 5,000
 * accounts, against the same popup over a database holding only that account: once for an
 * account with one deal, once for one deal of an account with two, everyone taking part in both
 * (the popup also scores the other deal, and shows where someone's stance differs there). Real
 * Chromium, the release build; the popup marks the moment itself (POPUP_READY).
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { POPUP_READY } from '../../entrypoints/popup/marks';
import { type Browser, launch, newProfileDir, RELEASE_BUILD } from '../e2e/harness';
import { seedExtension } from '../support/seed-extension';
import {
  type SyntheticMap,
  syntheticAccount,
  syntheticDeal,
  syntheticMap,
  syntheticPeople,
} from '../support/synthetic';
import { type BenchFigure, figure, sized } from './figure';

const RUNS = sized(15, 1);
const MAP = sized(300, 30);
const CROWD = sized(100_000, 2_000);
const ACCOUNTS = sized(5_000, 100);

/** A browser with the release build over a seeded database, ready to open its popup. */
async function seeded(seed: SyntheticMap): Promise<{ browser: Browser; url: string }> {
  const browser = await launch(await newProfileDir(), RELEASE_BUILD);
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  const setup = await browser.context.newPage();
  await setup.goto(url);
  await setup.waitForFunction(() => document.querySelector('main') !== null);
  await seedExtension(setup, seed);
  await setup.close();
  return { browser, url };
}

/** Opens the popup once: the moment it marks the deal, its coverage and its people on screen. */
async function firstRender({ browser, url }: { browser: Browser; url: string }): Promise<number> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(url);
  const at = await popup.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime,
    POPUP_READY,
  );
  const people = await popup.locator('.rc-person').count();
  if (people !== MAP) throw new Error(`the popup showed ${people} people, not ${MAP}`);
  const time = Number(await at.jsonValue());
  await popup.close();
  return time;
}

const median = (times: number[]) =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;

/**
 * The popup over the target account alone, and over it among the crowd, as one figure. Both
 * browsers stay open and the two are opened in turn, so a machine busy with other work slows
 * both alike instead of whichever happened to run then (the runs before were a phase each).
 */
async function crowdedVsAlone(
  bench: string,
  target: SyntheticMap,
  crowd: SyntheticMap,
): Promise<BenchFigure> {
  const [account] = target.accounts;
  const others = <T extends { accountId: string }>(rows: T[]) =>
    rows.filter((row) => row.accountId !== account?.id);
  const alone = await seeded(target);
  let crowded: Awaited<ReturnType<typeof seeded>> | undefined;
  try {
    crowded = await seeded({
      accounts: [...target.accounts, ...crowd.accounts.filter((a) => a.id !== account?.id)],
      deals: [...target.deals, ...others(crowd.deals)],
      stakeholders: [
        ...target.stakeholders,
        ...others(crowd.stakeholders).slice(0, CROWD - target.stakeholders.length),
      ],
    });
    const aloneTimes: number[] = [];
    const crowdedTimes: number[] = [];
    // Run 0 warms both up and is not counted.
    for (let run = 0; run <= RUNS; run++) {
      const a = await firstRender(alone);
      const c = await firstRender(crowded);
      if (run > 0) {
        aloneTimes.push(a);
        crowdedTimes.push(c);
      }
    }
    return figure(bench, median(crowdedTimes), median(aloneTimes));
  } finally {
    await alone.browser.close();
    await crowded?.browser.close();
  }
}

export default async function popupBench(): Promise<BenchFigure[]> {
  if (!existsSync(RELEASE_BUILD)) {
    spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const now = Date.now();
  const account = { ...syntheticAccount(0, now), updatedAt: now };
  const crowd = syntheticMap(ACCOUNTS, CROWD, now - 1000);
  const oneDeal = syntheticDeal(account);
  const twoDeals = [oneDeal, { ...syntheticDeal(account, 1), name: 'Renewal' }];
  return [
    await crowdedVsAlone(
      `popup first full render, ${MAP} of ${CROWD / 1000}k stakeholders vs alone`,
      {
        accounts: [account],
        deals: [oneDeal],
        stakeholders: syntheticPeople(account, MAP, now),
      },
      crowd,
    ),
    await crowdedVsAlone(
      `popup first full render, one of 2 deals, ${MAP} of ${CROWD / 1000}k stakeholders vs alone`,
      {
        accounts: [account],
        deals: twoDeals,
        stakeholders: syntheticPeople(account, MAP, now, 1, twoDeals),
      },
      crowd,
    ),
  ];
}
