/** Hostile files: each gets a clear answer and leaves the rep's map exactly as it was. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { RolecallDatabase } from '../../lib/db';
import { LANGUAGES } from '../../lib/model';
import {
  applyImport,
  backupJson,
  describeProblem,
  describeProblemIn,
  type ImportSource,
  planImport,
  readIncoming,
} from '../../lib/transfer';
import { blobOf, contents, freshDb, lazySource, sampleMap, seed } from './helpers';

let db: RolecallDatabase;

beforeEach(async () => {
  db = freshDb();
  await seed(db, sampleMap());
});

/** Tries the whole import; returns the problems as the UI would list them. */
async function importProblems(source: ImportSource): Promise<string[]> {
  const read = await readIncoming(source);
  if (!read.ok) return read.problems.map(describeProblem);
  const applied = await applyImport(db, await planImport(db, read.value.snapshot));
  return applied.ok ? [] : applied.problems.map(describeProblem);
}

async function expectRefused(source: ImportSource, expected: RegExp): Promise<string[]> {
  const before = await contents(db);
  const problems = await importProblems(source);
  expect(problems.join('\n')).toMatch(expected);
  expect(await contents(db)).toStrictEqual(before);
  return problems;
}

const validJson = () => backupJson(sampleMap(), new Date('2024-05-01T00:00:00Z'));

function editedBackup(edit: (backup: Record<string, unknown>) => void): string {
  const parsed: Record<string, unknown> = JSON.parse(validJson());
  edit(parsed);
  return JSON.stringify(parsed);
}

describe('JSON backups', () => {
  it('truncated JSON says the file was cut off', async () => {
    const text = validJson();
    await expectRefused(
      { name: 'map.json', data: blobOf(text.slice(0, text.length / 2)) },
      /^map\.json: The file ends too early, as if it was cut off/,
    );
  });

  it('broken JSON that is not cut off says where', async () => {
    await expectRefused(
      { name: 'map.json', data: blobOf('{\n  "format": "rolecall-backup",\n  oops\n}') },
      /^map\.json, Line 3, column 3: This is not valid JSON/,
    );
  });

  it('wrong types name the person, the field and the JSON path', async () => {
    const text = editedBackup((backup) => {
      const people = backup.stakeholders;
      if (!Array.isArray(people)) throw new Error('fixture');
      const [part] = people[0].involvements;
      people[0] = {
        ...people[0],
        involvements: [{ ...part, stance: 'maybe', roles: 'champion' }],
        createdAt: '2024',
      };
    });
    const problems = await expectRefused({ name: 'map.json', data: blobOf(text) }, /stance/);
    expect(problems).toEqual([
      'map.json, Person 1 ("Jane Doe"), field "roles" (stakeholders[0].involvements[0].roles): should be a list, not "champion".',
      'map.json, Person 1 ("Jane Doe"), field "stance" (stakeholders[0].involvements[0].stance): "maybe" is not one of champion, supporter, neutral, skeptic, blocker, unknown.',
      'map.json, Person 1 ("Jane Doe"), field "createdAt" (stakeholders[0].createdAt): should be a number, not "2024".',
    ]);
  });

  it('a backup from a newer Rolecall asks for an update', async () => {
    const text = editedBackup((backup) => {
      backup.version = 7;
      backup.accounts = 'a field this version does not know';
    });
    await expectRefused(
      { name: 'future.json', data: blobOf(text) },
      /^future\.json: This backup was made by a newer Rolecall \(format version 7; this one reads version 2\)\. Update Rolecall/,
    );
  });

  it('a JSON file that is not a backup says so', async () => {
    await expectRefused(
      { name: 'package.json', data: blobOf('{"name": "x"}') },
      /not a Rolecall backup \(it has no "format": "rolecall-backup"\)/,
    );
  });

  it('records that disagree with each other are refused', async () => {
    const text = editedBackup((backup) => {
      const people = backup.stakeholders;
      if (!Array.isArray(people)) throw new Error('fixture');
      people[1] = { ...people[1], id: people[0].id };
      people[2] = { ...people[2], accountId: 'acc-gone' };
    });
    const problems = await expectRefused({ name: 'map.json', data: blobOf(text) }, /same id/);
    expect(problems.join('\n')).toMatch(
      /has the same id as person 1; each person must appear once/,
    );
    expect(problems.join('\n')).toMatch(/belongs to account "acc-gone", which is not in this file/);
  });

  it('__proto__ and constructor keys pollute nothing and are not stored', async () => {
    const text = validJson()
      .replace(
        '{',
        '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},',
      )
      .replace(
        '"id": "p-bob",',
        '"id": "p-bob", "__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}},',
      );
    const fresh = freshDb();
    const read = await readIncoming({ name: 'map.json', data: blobOf(text) });
    if (!read.ok) throw new Error(read.problems.map(describeProblem).join('\n'));
    await applyImport(fresh, await planImport(fresh, read.value.snapshot));
    const stored = await fresh.stakeholders.get('p-bob');
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(Object.keys(stored ?? {})).not.toContain('__proto__');
    expect(Object.keys(stored ?? {})).not.toContain('constructor');
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(Object.hasOwn(Object.prototype, 'isAdmin')).toBe(false);
    expect(await contents(fresh)).toStrictEqual(await contents(db));
  });
});

describe('junk and size', () => {
  it('200 MB of junk is refused by its size without reading a byte', async () => {
    const junk = lazySource(200 * 1024 * 1024, (i) => (i * 7919) % 256);
    await expectRefused(
      { name: 'huge.json', data: junk },
      /^huge\.json: The file is 200 MB; Rolecall imports files up to 150 MB\./,
    );
    expect(junk.bytesRead).toBe(0);
  });

  it('binary junk under the limit is refused after its first few KB', async () => {
    const junk = lazySource(50 * 1024 * 1024, (i) => (i * 7919 + 13) % 256);
    await expectRefused(
      { name: 'data.csv', data: junk },
      /This is not a text file \(it looks like binary data\)/,
    );
    expect(junk.bytesRead).toBeLessThanOrEqual(4096);
  });

  it('a spreadsheet workbook is told to save as CSV', async () => {
    await expectRefused(
      { name: 'contacts.xlsx', data: blobOf(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0])) },
      /spreadsheet workbook or a zip file, not CSV\. Save it as "CSV UTF-8"/,
    );
  });

  it('an empty file says it is empty', async () => {
    await expectRefused(
      { name: 'empty.csv', data: blobOf('') },
      /^empty\.csv: The file is empty\.$/,
    );
  });
});

describe('in the rep’s language', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s: the place and the problem are translated, names and values kept',
    async (language) => {
      const text = editedBackup((backup) => {
        const people = backup.stakeholders;
        if (!Array.isArray(people)) throw new Error('fixture');
        const [part] = people[0].involvements;
        people[0] = { ...people[0], involvements: [{ ...part, stance: 'maybe' }] };
      });
      const read = await readIncoming({ name: 'map.json', data: blobOf(text) });
      if (read.ok) throw new Error('expected a refusal');
      const [first] = read.problems;
      if (!first) throw new Error('no problem');
      const said = describeProblemIn(language, first);
      expect(said).not.toBe(describeProblem(first));
      expect(said).toContain('map.json');
      expect(said).toContain('"Jane Doe"');
      expect(said).toContain('"maybe"');
      expect(said).toContain('stakeholders[0].involvements[0].stance');
    },
  );
});
