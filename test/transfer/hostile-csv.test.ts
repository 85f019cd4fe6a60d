/** Hostile CSV files: formulas, mixed encodings, broken quoting, bad cells, a million rows. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { RolecallDatabase } from '../../lib/db';
import {
  applyImport,
  describeProblem,
  exportFiles,
  type ImportSource,
  planImport,
  readImportFile,
  readIncoming,
} from '../../lib/transfer';
import { blobOf, contents, freshDb, lazySource, sampleMap, seed } from './helpers';

let db: RolecallDatabase;

beforeEach(async () => {
  db = freshDb();
  await seed(db, sampleMap());
});

async function expectRefused(source: ImportSource, expected: RegExp): Promise<string[]> {
  const before = await contents(db);
  const read = await readIncoming(source);
  const problems = read.ok ? [] : read.problems.map(describeProblem);
  expect(problems.join('\n')).toMatch(expected);
  expect(await contents(db)).toStrictEqual(before);
  return problems;
}

describe('CSV', () => {
  it('a bad cell is named by spreadsheet row and column header', async () => {
    const csv =
      'Name,Company,Stance,Email\nAnn Lee,Acme,supporter,ann@acme.com\nBo Chan,Acme,maybe,\n';
    const problems = await expectRefused({ name: 'people.csv', data: blobOf(csv) }, /maybe/);
    expect(problems).toEqual([
      'people.csv, Row 3, column "Stance": "maybe" is not one of champion, supporter, neutral, skeptic, blocker, unknown.',
    ]);
  });

  it('formulas are kept as plain text, warned about, and neutralised again on export', async () => {
    const csv = [
      'Name,Company,Title,Notes',
      '"=HYPERLINK(""http://evil.example"",""Jane"")",Acme,@SUM(A1),+cmd|\' /C calc\'!A0',
    ].join('\r\n');
    const read = await readIncoming({ name: 'formulas.csv', data: blobOf(csv) });
    if (!read.ok) throw new Error(read.problems.map(describeProblem).join('\n'));
    expect(read.value.warnings.map(describeProblem)).toEqual([
      'formulas.csv, Row 2, column "Name": starts like a spreadsheet formula; it is kept as plain text, never run, and exports neutralise it.',
      'formulas.csv, Row 2, column "Title": starts like a spreadsheet formula; it is kept as plain text, never run, and exports neutralise it.',
      'formulas.csv, Row 2, column "Notes": starts like a spreadsheet formula; it is kept as plain text, never run, and exports neutralise it.',
    ]);
    const fresh = freshDb();
    await applyImport(fresh, await planImport(fresh, read.value.snapshot));
    const [stored] = await fresh.stakeholders.toArray();
    expect(stored?.name).toBe('=HYPERLINK("http://evil.example","Jane")');
    const [hubspot] = exportFiles(await contents(fresh), 'hubspot', { now: new Date() });
    const row = hubspot?.text.split('\r\n')[1] ?? '';
    expect(row).toContain('"\'=HYPERLINK(""http://evil.example"",""Jane"")"');
    expect(row).toContain(",'@SUM(A1),");
  });

  it('a row in another encoding is refused with its line', async () => {
    const windows1251Ivan = new Uint8Array([0xc8, 0xe2, 0xe0, 0xed]);
    const data = blobOf(
      'Name,Company\nJane Doe,Acme\n',
      windows1251Ivan,
      ',Yandex\nBob Smith,Acme\n',
    );
    await expectRefused(
      { name: 'mixed.csv', data },
      /^mixed\.csv, Line 3: This line is not valid UTF-8 text \(the file may mix encodings/,
    );
  });

  it.each([
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf], (text: string) => new TextEncoder().encode(text)],
    ['UTF-16LE with BOM', [0xff, 0xfe], (text: string) => utf16(text, true)],
    ['UTF-16BE with BOM', [0xfe, 0xff], (text: string) => utf16(text, false)],
    ['UTF-16LE without BOM', [], (text: string) => utf16(text, true)],
  ])('%s is read correctly', async (_label, bom, encode) => {
    const csv = 'Name,Company\r\nИванов Иван,Яндекс\r\n张三,阿里巴巴\r\n';
    const read = await readIncoming({
      name: 'people.csv',
      data: blobOf(new Uint8Array(bom), encode(csv)),
    });
    if (!read.ok) throw new Error(read.problems.map(describeProblem).join('\n'));
    expect(read.value.snapshot.stakeholders.map((p) => p.name)).toEqual(['Иванов Иван', '张三']);
    expect(read.value.snapshot.accounts.map((a) => a.name)).toEqual(['Яндекс', '阿里巴巴']);
  });

  it('a quote that never closes is refused with its row', async () => {
    await expectRefused(
      { name: 'cut.csv', data: blobOf('Name,Company\nJane,Acme\n"Bob, Acme\nAnn,Acme\n') },
      /^cut\.csv, Row 3: A cell opens a quote \("\) that is never closed/,
    );
  });

  it('a CSV without a name column asks for the mapping', async () => {
    await expectRefused(
      { name: 'odd.csv', data: blobOf('Foo,Bar\n1,2\n') },
      /Column mapping: Choose the column with the person's name/,
    );
  });
});

describe('a million rows', () => {
  const ROW = 20;
  const header = 'Company,Name\n';
  /** "Acme,Person 0000001\n" for row 1, and so on: 20 bytes a row, made on demand. */
  const millionRows = () => {
    let cachedRow = -1;
    let cachedText = '';
    return lazySource(header.length + 1_000_000 * ROW, (i) => {
      if (i < header.length) return header.charCodeAt(i);
      const row = Math.floor((i - header.length) / ROW) + 1;
      if (row !== cachedRow) {
        cachedRow = row;
        cachedText = `Acme,Person ${String(row).padStart(7, '0')}\n`;
      }
      return cachedText.charCodeAt((i - header.length) % ROW);
    });
  };

  it('are refused above the row limit without reading the rest, and the page keeps running', async () => {
    const source = millionRows();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const progress: number[] = [];
    const before = await contents(db);
    const read = await readImportFile(
      { name: 'million.csv', data: source },
      { onProgress: (p) => progress.push(p.done) },
    );
    clearInterval(timer);
    expect(read.ok ? [] : read.problems.map(describeProblem)).toEqual([
      'million.csv: The file has more than 200,000 rows; Rolecall imports up to 200,000 people at a time. Split it into smaller files.',
    ]);
    expect(source.bytesRead).toBeLessThan(source.size / 2);
    expect(progress.length).toBeGreaterThan(10);
    expect(ticks).toBeGreaterThan(0);
    expect(await contents(db)).toStrictEqual(before);
  });

  it('are read in slices with progress when the limit allows', async () => {
    const source = millionRows();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const progress: number[] = [];
    const read = await readImportFile(
      { name: 'million.csv', data: source },
      { maxRows: 2_000_000, onProgress: (p) => progress.push(p.done) },
    );
    clearInterval(timer);
    if (!read.ok || read.value.kind !== 'csv') throw new Error('expected a CSV table');
    expect(read.value.table.rows).toHaveLength(1_000_000);
    expect(read.value.table.rows.at(-1)).toEqual(['Acme', 'Person 1000000']);
    expect(progress.at(-1)).toBe(source.size);
    expect(ticks).toBeGreaterThan(5);
  }, 30_000);
});

function utf16(text: string, littleEndian: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}
