/** Export and import of 100,000 stakeholders, against papaparse writing the same rows and Dexie bulkPut of the same records. */
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { openDatabase } from '../../lib/db';
import {
  DECISION_ROLES,
  DEFAULT_DEAL_CONTEXT,
  type LegacyAccount,
  normalizeName,
  STANCES,
  type Stakeholder,
} from '../../lib/model';
import {
  applyImport,
  backupJson,
  exportFiles,
  planImport,
  readIncoming,
  type Snapshot,
} from '../../lib/transfer';
import { HUBSPOT_HEADERS, hubspotRowsOf } from '../../lib/transfer/crm-csv';
import { GENERIC_HEADERS, genericRows } from '../../lib/transfer/generic-csv';
import { mapOf } from '../support/legacy-map';
import { type BenchFigure, figure, sized } from './figure';

const PEOPLE = sized(100_000, 1_000);
const ACCOUNTS = sized(1_000, 10);
/** How the figures name the size: 100k, or 1k in quick mode. */
const K = `${PEOPLE / 1000}k`;
const T0 = Date.UTC(2024, 0, 1);

export function benchMap(): Snapshot {
  const accounts: LegacyAccount[] = Array.from({ length: ACCOUNTS }, (_, i) => ({
    id: `acc-${i}`,
    name: `Account ${i}`,
    domains: [`account${i}.example`],
    ...DEFAULT_DEAL_CONTEXT,
    createdAt: T0,
    updatedAt: T0,
  }));
  const stakeholders: Stakeholder[] = Array.from({ length: PEOPLE }, (_, i) => {
    const name = `Person ${i} Lastname${i % 977}`;
    return {
      id: `p-${i}`,
      accountId: `acc-${i % ACCOUNTS}`,
      dealId: `acc-${i % ACCOUNTS}`,
      involvements: [],
      name,
      normalizedName: normalizeName(name),
      title: i % 3 === 0 ? 'Chief Financial Officer' : 'Head of IT, EMEA',
      roles: [DECISION_ROLES[i % DECISION_ROLES.length] ?? 'user'],
      stance: STANCES[i % STANCES.length] ?? 'unknown',
      influence: 'medium',
      email: `person${i}@account${i % ACCOUNTS}.example`,
      ...(i > 0 && i % 5 === 0 ? { reportsToId: `p-${i - 5}` } : {}),
      evidence: [
        {
          sourceUrl: `https://account${i % ACCOUNTS}.example/team`,
          capturedAt: T0,
          method: 'structured-data',
          lastVerifiedAt: T0,
        },
      ],
      createdAt: T0,
      updatedAt: T0,
    };
  });
  return mapOf(accounts, stakeholders);
}

let dbCount = 0;
/** Each run gets its own database and deletes it, so memory does not pile up between runs. */
const freshDb = () => openDatabase(`bench-transfer-${++dbCount}`);

/** File to plan to one transaction, into an empty database, as the import page does it. */
async function importFile(name: string, data: Blob): Promise<void> {
  const db = freshDb();
  const read = await readIncoming({ name, data });
  if (!read.ok) throw new Error(`bench file refused: ${read.problems[0]?.message}`);
  const applied = await applyImport(db, await planImport(db, read.value.snapshot));
  if (!applied.ok) throw new Error('bench import failed');
  await db.delete();
}

/**
 * The cheapest way to store the same records: one bulkPut per table, or the same in slices of
 * 10,000 (fake-indexeddb handles slices faster than one huge call), whichever is quicker here.
 */
async function bulkPutFloor(map: Snapshot, slice: number): Promise<void> {
  const db = freshDb();
  await db.transaction('rw', db.accounts, db.deals, db.stakeholders, async () => {
    await db.accounts.bulkPut(map.accounts);
    await db.deals.bulkPut(map.deals);
    for (let start = 0; start < map.stakeholders.length; start += slice)
      await db.stakeholders.bulkPut(map.stakeholders.slice(start, start + slice));
  });
  await db.delete();
}

/**
 * The longest the event loop went without running a 1 ms timer while `work` ran: how long a
 * page doing this work would not react to a click. (Writing is left out: in a browser,
 * IndexedDB does it off the page's thread.)
 */
async function longestStall(work: () => Promise<void>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await work();
  clearInterval(timer);
  return Math.max(longest, performance.now() - last);
}

async function timeMs(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1] ?? 0;

/**
 * Medians of the work and its floor, run in turns after a warm-up of each: the machine may be
 * busy with other work, and taking turns lets both sides see the same load.
 */
async function paired(
  work: () => unknown,
  floors: readonly (() => unknown)[],
  runs: number,
): Promise<{ value: number; floor: number }> {
  await work();
  for (const floor of floors) await floor();
  const values: number[] = [];
  const floorTimes: number[][] = floors.map(() => []);
  for (let run = 0; run < sized(runs, 1); run++) {
    values.push(await timeMs(work));
    for (const [index, floor] of floors.entries()) floorTimes[index]?.push(await timeMs(floor));
  }
  return { value: median(values), floor: Math.min(...floorTimes.map(median)) };
}

export default async function transferBench(): Promise<BenchFigure[]> {
  const map = benchMap();
  const now = new Date();

  const rows = genericRows(map);
  const exportCsv = await paired(
    () => exportFiles(map, 'csv', { now }),
    [() => Papa.unparse({ fields: [...GENERIC_HEADERS], data: rows })],
    5,
  );
  const hubspotRows = hubspotRowsOf(map);
  const exportHubspot = await paired(
    () => exportFiles(map, 'hubspot', { now }),
    [() => Papa.unparse({ fields: [...HUBSPOT_HEADERS], data: hubspotRows })],
    5,
  );

  const json = new Blob([backupJson(map, now)]);
  const [csvFile] = exportFiles(map, 'csv', { now });
  const csv = new Blob([csvFile?.text ?? '']);
  const floors = [
    () => bulkPutFloor(map, map.stakeholders.length),
    () => bulkPutFloor(map, 10_000),
  ];
  const importJson = await paired(() => importFile('bench.json', json), floors, 3);
  const stall = await longestStall(async () => {
    const db = freshDb();
    const read = await readIncoming({ name: 'bench.json', data: json });
    if (read.ok) await planImport(db, read.value.snapshot);
    await db.delete();
  });
  const text = await json.text();
  const oneParse = await paired(() => JSON.parse(text), [() => JSON.parse(text)], 3);
  const importCsv = await paired(() => importFile('bench.csv', csv), floors, 3);

  return [
    figure(
      `transfer: export ${K} stakeholders to CSV (vs papaparse unparse of the same rows)`,
      exportCsv.value,
      exportCsv.floor,
    ),
    figure(
      `transfer: export ${K} stakeholders to HubSpot CSV (vs papaparse unparse of the same rows)`,
      exportHubspot.value,
      exportHubspot.floor,
    ),
    figure(
      `transfer: import ${K}-stakeholder JSON backup (vs Dexie bulkPut of the same records)`,
      importJson.value,
      importJson.floor,
    ),
    figure(
      `transfer: import ${K}-stakeholder CSV of ours (vs Dexie bulkPut of the same records)`,
      importCsv.value,
      importCsv.floor,
    ),
    figure(
      `transfer: longest pause of the page reading and previewing a ${K}-stakeholder backup (vs the pause of one JSON.parse of it)`,
      stall,
      oneParse.floor,
    ),
  ];
}
