/**
 * The formula guard checked by a real spreadsheet: LibreOffice Calc opens our CRM files with
 * formula evaluation forced on, and no cell may come out as a formula, while the titles the
 * guard leaves alone read exactly as typed. CI installs Calc (.ci/run); elsewhere the test is
 * skipped when `soffice` is missing, and says so.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportFiles, type Snapshot } from '../../lib/transfer';
import { writeCsv } from '../../lib/transfer/write-csv';
import { mapOf } from '../support/legacy-map';
import { account, person } from './helpers';

const SOFFICE = '/usr/bin/soffice';
const run = promisify(execFile);

/** One row of cells as Calc read them: the formula when there is one, and the shown text. */
interface CalcCell {
  formula: string | undefined;
  text: string;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

function decode(xml: string): string {
  return xml
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, count?: string) =>
      ' '.repeat(Number(count ?? 1)),
    )
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<\/text:p>\s*<text:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Opens CSV text in Calc (UTF-8, comma, formulas evaluated) and reads the sheet back. */
async function openInCalc(csv: string): Promise<CalcCell[][]> {
  const dir = await mkdtemp(join(tmpdir(), 'rolecall-calc-'));
  await writeFile(join(dir, 'file.csv'), csv, 'utf8');
  // Tokens: separator 44 (,), quote 34 ("), charset 76 (UTF-8), from line 1, no column types,
  // English, quoted as text false, detect special numbers true, …, evaluate formulas true.
  const filter = 'CSV:44,34,76,1,,1033,false,true,false,false,false,false,true';
  await run(
    SOFFICE,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      `--infilter=${filter}`,
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      join(dir, 'file.csv'),
    ],
    { timeout: 60_000 },
  );
  const xml = await readFile(join(dir, 'file.fods'), 'utf8');
  const rows = [...xml.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)];
  return rows.map(([, row = '']) =>
    [...row.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].map(
      ([, attributes = '', content = '']) => ({
        formula: /table:formula="([^"]*)"/.exec(attributes)?.[1],
        text: decode(content).trim(),
      }),
    ),
  );
}

const TITLES = [
  '-VP Sales',
  '@Procurement lead',
  '+1 (555) 010-0100',
  '=1+2',
  '=HYPERLINK("http://evil.example";"x")',
  "@cmd|' /C calc'!A0",
  '-2+3',
  '+A1',
  "'=already guarded",
];

function hostileMap(): Snapshot {
  return mapOf(
    [account()],
    TITLES.map((title, index) =>
      person({ id: `p-${index}`, name: `Person ${index}`, title, email: `p${index}@acme.com` }),
    ),
  );
}

describe.skipIf(!existsSync(SOFFICE) && process.env.CI === undefined)(
  'LibreOffice Calc opens our files',
  () => {
    it('runs a formula in an unguarded file: the check below can fail', async () => {
      const sheet = await openInCalc('Title\r\n=1+2\r\n');
      expect(sheet[1]?.[0]).toEqual({ formula: 'of:=1+2', text: '3' });
    }, 60_000);

    it('HubSpot file: no cell runs, and titles a spreadsheet would not run stay as typed', async () => {
      const [file] = exportFiles(hostileMap(), 'hubspot', { now: new Date(0) });
      const sheet = await openInCalc(file?.text ?? '');
      const cells = sheet.flat();
      expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
      const titles = sheet.slice(1, TITLES.length + 1).map((row) => row[4]?.text);
      expect(titles).toEqual([
        '-VP Sales',
        '@Procurement lead',
        '+1 (555) 010-0100',
        "'=1+2",
        `'=HYPERLINK("http://evil.example";"x")`,
        "'@cmd|' /C calc'!A0",
        "'-2+3",
        "'+A1",
        "''=already guarded",
      ]);
    }, 60_000);

    it('every cell of the Salesforce and generic files stays text', async () => {
      const files = [
        ...exportFiles(hostileMap(), 'salesforce', { now: new Date(0) }),
        ...exportFiles(hostileMap(), 'csv', { now: new Date(0) }),
      ];
      for (const file of files) {
        const cells = (await openInCalc(file.text)).flat();
        expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
      }
      const header = writeCsv(['=1+2'], [['-VP Sales']], { bom: false });
      expect((await openInCalc(header)).flat()).toEqual([
        { formula: undefined, text: "'=1+2" },
        { formula: undefined, text: '-VP Sales' },
      ]);
    }, 120_000);
  },
);
