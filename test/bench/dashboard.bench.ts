/**
 * The dashboard's first render (accounts list, from opening to rows on screen) with 5,000
 * accounts whose standings are stored, against reading the rows it shows (each account and its
 * standing) and against an empty database; and what scoring costs when it must happen: every
 * account at the first open after the upgrade, one account after a change. happy-dom over
 * fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import type { Platform } from '../../components/dashboard/platform';
import { accountSummaries, keepStandings } from '../../lib/coverage/standings';
import { markAccountsChanged, openDatabase, type RolecallDatabase } from '../../lib/db';
import {
  DEAL_STAGES,
  DECISION_ROLES,
  DEFAULT_DEAL_CONTEXT,
  INFLUENCES,
  type LegacyAccount,
  normalizeName,
  STANCES,
  type Stakeholder,
} from '../../lib/model';
import { putLegacyMap } from '../support/legacy-map';
import { type BenchFigure, figure, medianMs, sized } from './figure';

const ACCOUNTS = sized(5_000, 50);
const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;

/** Enough of a browser for Preact and the views; the dashboard itself asks nothing more. */
function installDom(): Window {
  const window = new Window({ url: 'chrome-extension://bench/dashboard.html' });
  Reflect.set(globalThis, 'window', window);
  Reflect.set(globalThis, 'document', window.document);
  Reflect.set(globalThis, 'location', window.location);
  return window;
}

/** Each account with one deal (its context here), as after the upgrade. */
function seedRows(): { accounts: LegacyAccount[]; stakeholders: Stakeholder[] } {
  const accounts: LegacyAccount[] = [];
  const stakeholders: Stakeholder[] = [];
  for (let a = 0; a < ACCOUNTS; a++) {
    const id = `acc-${a}`;
    accounts.push({
      id,
      name: `Company ${a}`,
      domains: [`company${a}.example`],
      ...DEFAULT_DEAL_CONTEXT,
      stage: DEAL_STAGES[a % DEAL_STAGES.length] ?? 'exploring',
      createdAt: NOW - 90 * DAY,
      updatedAt: NOW - (a % 60) * DAY,
    });
    // 0 to 10 people, 5 on average: 25,000 stakeholders.
    for (let p = 0; p < a % 11; p++) {
      const name = `Person ${a}-${p}`;
      const role = DECISION_ROLES[(a + p) % DECISION_ROLES.length];
      stakeholders.push({
        id: `${id}-p${p}`,
        accountId: id,
        dealId: id,
        involvements: [],
        name,
        normalizedName: normalizeName(name),
        title: p === 0 ? 'Chief Financial Officer' : `Manager ${p}`,
        roles: role ? [role] : [],
        stance: STANCES[(a + p) % STANCES.length] ?? 'unknown',
        influence: INFLUENCES[p % INFLUENCES.length] ?? 'unknown',
        ...(p > 0 ? { reportsToId: `${id}-p0` } : {}),
        evidence: [
          { capturedAt: NOW - 60 * DAY, method: 'page-layout', lastVerifiedAt: NOW - p * 7 * DAY },
        ],
        createdAt: NOW - 60 * DAY,
        updatedAt: NOW - (a % 30) * DAY,
      });
    }
  }
  return { accounts, stakeholders };
}

const platform: Platform = {
  browserLanguage: () => 'en',
  requestOrigins: async () => false,
  removeOrigins: async () => false,
  storage: async () => ({ usage: undefined, quota: undefined, persisted: false }),
  persist: async () => false,
  download: () => undefined,
};

/** Mounts the dashboard and resolves once `done` holds for what it shows. */
async function firstRender(
  window: Window,
  db: RolecallDatabase,
  done: (root: Element) => boolean,
): Promise<void> {
  const { Dashboard } = await import('../../components/dashboard/Dashboard');
  const root = window.document.createElement('div');
  window.document.body.appendChild(root);
  const target = root as unknown as Element;
  await new Promise<void>((resolve) => {
    const observer = new window.MutationObserver(() => {
      if (done(target)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    render(h(Dashboard, { db, platform, now: () => NOW }), target);
  });
  render(null, target);
  root.remove();
}

export default async function (): Promise<BenchFigure[]> {
  const window = installDom();
  const empty = openDatabase('bench-dashboard-empty');
  const full = openDatabase('bench-dashboard-full');
  const rows = seedRows();
  await putLegacyMap(full, rows.accounts, rows.stakeholders);
  const options = { now: NOW, staleDays: 14 };

  // The first open after the upgrade: no standing stored yet, every account scored once.
  const scoreAll = await medianMs(async () => {
    await full.standings.clear();
    await accountSummaries(full, options);
  });
  const readPeople = await medianMs(() =>
    Promise.all([full.accounts.toArray(), full.deals.toArray(), full.stakeholders.toArray()]),
  );
  const first = await accountSummaries(full, options);
  await keepStandings(full, first.computed);

  const listed = (root: Element) =>
    root.textContent?.includes(`Showing ${ACCOUNTS} of ${ACCOUNTS}`) === true;
  const none = (root: Element) => root.textContent?.includes('No accounts yet') === true;
  const value = await medianMs(() => firstRender(window, full, listed), 5);
  const floor = await medianMs(() => firstRender(window, empty, none), 5);
  // What reading the rows the list shows costs at least, without scoring or drawing anything.
  const read = await medianMs(
    () => Promise.all([full.accounts.toArray(), full.deals.toArray(), full.standings.toArray()]),
    5,
  );
  // After one change (a person edited in one account): the list reads, and scores that account.
  const oneChanged = await medianMs(async () => {
    await markAccountsChanged(full, ['acc-7']);
    const after = await accountSummaries(full, options);
    if (after.computed.length !== 1) throw new Error('more than the changed account was scored');
    await keepStandings(full, after.computed);
  }, 5);
  await window.happyDOM.close();
  return [
    figure(`dashboard: first render, ${ACCOUNTS} accounts vs reading their rows`, value, read),
    figure(`dashboard: first render, ${ACCOUNTS} accounts vs empty database`, value, floor),
    figure(
      `dashboard: list after one account changed, ${ACCOUNTS} accounts vs reading their rows`,
      oneChanged,
      read,
    ),
    figure(
      `dashboard: scoring all ${ACCOUNTS} accounts once (first open after the upgrade) vs reading them and their people`,
      scoreAll,
      readPeople,
    ),
  ];
}
