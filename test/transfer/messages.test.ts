/**
 * Issue 16, item 9: each refused file says what is wrong, where (line and column for text) and
 * what to do, and the rep's map is left exactly as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { RolecallDatabase } from '../../lib/db';
import {
  applyImport,
  backupJson,
  describeProblem,
  type ImportSource,
  planImport,
  readIncoming,
} from '../../lib/transfer';
import { blobOf, contents, freshDb, sampleMap, seed } from './helpers';

let db: RolecallDatabase;

beforeEach(async () => {
  db = freshDb();
  await seed(db, sampleMap());
});

async function refused(source: ImportSource): Promise<string> {
  const before = await contents(db);
  const read = await readIncoming(source);
  let problems: string[] = [];
  if (!read.ok) problems = read.problems.map(describeProblem);
  else {
    const applied = await applyImport(db, await planImport(db, read.value.snapshot));
    problems = applied.ok ? [] : applied.problems.map(describeProblem);
  }
  expect(await contents(db)).toStrictEqual(before);
  expect(problems).not.toEqual([]);
  return problems.join('\n');
}

/** The sample backup as an object, changed by `edit`, written back as JSON. */
function backupWith(edit: (backup: Record<string, unknown>) => void): string {
  const backup: Record<string, unknown> = JSON.parse(
    backupJson(sampleMap(), new Date('2024-05-01T00:00:00Z')),
  );
  edit(backup);
  return JSON.stringify(backup, null, 1);
}

function firstPerson(backup: Record<string, unknown>): Record<string, unknown> {
  const people = backup.stakeholders;
  if (!Array.isArray(people) || typeof people[0] !== 'object' || people[0] === null)
    throw new Error('the sample backup has people');
  return people[0];
}

describe('messages say what is wrong, where, and what to do', () => {
  it('a missing version is not reported as a missing format', async () => {
    const text = backupWith((backup) => {
      delete backup.version;
    });
    const said = await refused({ name: 'map.json', data: text });
    expect(said).toContain('map.json: This Rolecall backup has no "version"');
    expect(said).toContain('add "version": 1');
    expect(said).not.toContain('format');
  });

  it('a version written as text says to drop the quotes', async () => {
    const text = backupWith((backup) => {
      backup.version = '1';
    });
    expect(await refused({ name: 'map.json', data: text })).toBe(
      'map.json, version: "version" should be a whole number such as 1, not "1". Write it without quotes ("version": 1), or export the backup again.',
    );
  });

  it('invalid UTF-8 in a backup gets backup advice, not CSV advice', async () => {
    const text = validJson();
    const cut = text.indexOf('Jane');
    const said = await refused({
      name: 'map.json',
      data: blobOf(text.slice(0, cut), new Uint8Array([0xff]), text.slice(cut)),
    });
    expect(said).toMatch(/^map\.json, Line \d+: This line is not valid UTF-8\./);
    expect(said).toContain('A Rolecall backup is always UTF-8');
    expect(said).not.toContain('CSV');
  });

  it('a missing stance says it is missing and what it can be', async () => {
    const text = backupWith((backup) => {
      const { involvements } = firstPerson(backup);
      if (!Array.isArray(involvements)) throw new Error('a backup of format 2 has parts');
      delete involvements[0].stance;
    });
    const said = await refused({ name: 'map.json', data: text });
    expect(said).toContain(
      'field "stance" (stakeholders[0].involvements[0].stance): is missing; it should be one of champion, supporter, neutral, skeptic, blocker, unknown.',
    );
    expect(said).not.toContain('undefined');
  });

  it('a trailing comma gets its line and column', async () => {
    const text = '{\n "format": "rolecall-backup",\n "version": 1,\n "accounts": [],\n}';
    expect(await refused({ name: 'map.json', data: text })).toBe(
      'map.json, Line 5, column 1: A comma stands after the last item before this bracket, which JSON does not allow. Remove that comma and import again.',
    );
  });

  it('a trailing comma inside a list of people, past the first slice, is placed too', async () => {
    const text = validJson().replace('"evidence": []', '"evidence": [1,]');
    const line = text.slice(0, text.indexOf('[1,]')).split('\n').length;
    expect(await refused({ name: 'map.json', data: text })).toContain(`Line ${line}, column`);
  });

  it('a person who reports to themselves is refused', async () => {
    const text = backupWith((backup) => {
      firstPerson(backup).reportsToId = 'p-jane';
    });
    expect(await refused({ name: 'map.json', data: text })).toContain(
      'Person 1 ("Jane Doe") (stakeholders[0].reportsToId): reports to this same person',
    );
  });

  it('a person who reports to themselves in a CSV is refused at their row', async () => {
    const csv = 'Account,Full name,Rolecall person id,Reports to id\nAcme,Jane Doe,p-x,p-x\n';
    expect(await refused({ name: 'map.csv', data: csv })).toContain(
      'map.csv, Row 2, column "Reports to id": reports to this same person',
    );
  });

  it('a NUL in a name is refused at JSON import, with its code', async () => {
    const text = backupWith((backup) => {
      firstPerson(backup).name = 'Ja\u0000ne Doe';
    });
    expect(await refused({ name: 'map.json', data: text })).toContain(
      '(stakeholders[0].name): holds an invisible control character (U+0000)',
    );
  });
});

function validJson(): string {
  return backupJson(sampleMap(), new Date('2024-05-01T00:00:00Z'));
}
