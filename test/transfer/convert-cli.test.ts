/** The admin converter, run as a rep's admin would: real process, real files, exit codes. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(root, 'test/fixtures/transfer', name);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function convert(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'scripts/convert.ts'), ...args],
      { cwd: root },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const outDir = () => mkdtemp(join(tmpdir(), 'rolecall-convert-'));

describe('npm run convert', () => {
  it('merges a team’s backups into one HubSpot file, duplicates merged', async () => {
    const out = await outDir();
    const run = await convert(
      fixture('team-a.json'),
      fixture('team-b.json'),
      '--to',
      'hubspot',
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toEqual([
      expect.stringMatching(/^rolecall-merged-\d{4}-\d{2}-\d{2}-hubspot-1-contacts\.csv$/),
      expect.stringMatching(/^rolecall-merged-.*-hubspot-2-deals\.csv$/),
      expect.stringMatching(/^rolecall-merged-.*-hubspot-3-deal-contacts\.csv$/),
    ]);
    const [contacts, deals, parts] = await Promise.all(
      files.map(async (file) => (await readFile(join(out, file), 'utf8')).split('\r\n')),
    );
    expect(contacts).toHaveLength(6);
    expect(contacts?.filter((row) => row.includes('acme.com'))).toEqual([
      'Jane,Doe,jane@acme.com,+1 555 0100,CFO,Acme,acme.com,BUDGET_HOLDER',
      'Robert,Smith,,,CTO,Acme,acme.com,DECISION_MAKER',
    ]);
    // Both backups had Acme's one deal: it is one deal, under the name the first file gave it.
    expect(deals?.filter((row) => row.includes('acme.com'))).toEqual([
      'Acme,default,qualifiedtobuy,,,acme.com,,acc-acme',
    ]);
    expect(parts?.filter((row) => row.includes('acc-acme'))).toEqual([
      'jane@acme.com,Jane,Doe,Acme,acc-acme,Budget holder',
      ',Robert,Smith,Acme,acc-acme,Economic buyer',
    ]);
    expect(run.stderr).toContain('3 account(s), 5 people from 2 file(s).');
  });

  it('writes the two Salesforce files', async () => {
    const out = await outDir();
    const run = await convert(fixture('team-a.json'), '--to=salesforce', `--out=${out}`);
    expect(run.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      expect.stringMatching(/^rolecall-team-a-.*-salesforce-1-contacts\.csv$/),
      expect.stringMatching(/^rolecall-team-a-.*-salesforce-2-contact-roles\.csv$/),
    ]);
  });

  it('bad files: every problem said, exit 1, nothing written', async () => {
    const out = join(await outDir(), 'never-made');
    const run = await convert(
      fixture('team-a.json'),
      fixture('truncated.json'),
      fixture('future-version.json'),
      join(root, 'nope.json'),
      '--to',
      'csv',
      '--out',
      out,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('truncated.json: The file ends too early, as if it was cut off');
    expect(run.stderr).toContain(
      'future-version.json: This backup was made by a newer Rolecall (format version 3;',
    );
    expect(run.stderr).toContain('nope.json: The file cannot be opened (does it exist?).');
    expect(run.stderr).toContain('Nothing was written.');
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    [['--to', 'csv'], /Name at least one backup file/],
    [
      [fixture('team-a.json'), '--to', 'excel'],
      /Choose what to make with --to \(json, csv, hubspot, salesforce\)/,
    ],
    [[fixture('team-a.json'), '--to', 'csv', '--verbose'], /Unknown option --verbose/],
  ])('usage mistakes exit 2: %j', async (args, message) => {
    const run = await convert(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  // Issue 16, item 8: the converter tells everything, and never overwrites by surprise.
  it('--out naming a file: one clear line, no stack trace, exit 2', {
    timeout: 30_000,
  }, async () => {
    const file = join(await outDir(), 'not-a-folder.csv');
    await writeFile(file, 'keep me');
    const run = await convert(fixture('team-a.json'), '--to', 'hubspot', '--out', file);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `--out ${file} is a file, not a folder: name a folder (it is made if missing).`,
    ]);
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });

  it('a file of the same name is kept unless --force', { timeout: 30_000 }, async () => {
    const out = await outDir();
    expect((await convert(fixture('team-a.json'), '--to', 'json', '--out', out)).code).toBe(0);
    const [name = ''] = await readdir(out);
    await writeFile(join(out, name), 'edited by hand');
    const again = await convert(fixture('team-a.json'), '--to', 'json', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `${join(out, name)} is already there; add --force to replace it.`,
    );
    expect(again.stderr).toContain('Nothing was written.');
    expect(await readFile(join(out, name), 'utf8')).toBe('edited by hand');
    const forced = await convert(fixture('team-a.json'), '--to', 'json', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(await readFile(join(out, name), 'utf8')).toContain('"rolecall-backup"');
  });

  it('--no-bom leaves out the byte-order mark; --add-roles adds buying roles', {
    timeout: 30_000,
  }, async () => {
    const plain = await outDir();
    await convert(fixture('team-a.json'), '--to', 'hubspot', '--out', plain, '--no-bom');
    const withBom = await outDir();
    await convert(fixture('team-a.json'), '--to', 'hubspot', '--out', withBom, '--add-roles');
    const text = async (dir: string) => readFile(join(dir, (await readdir(dir))[0] ?? ''), 'utf8');
    expect((await text(plain)).startsWith('First Name,')).toBe(true);
    const added = await text(withBom);
    expect(added.startsWith('\uFEFFFirst Name,')).toBe(true);
    expect(added).toContain('CFO,Acme,acme.com,;DECISION_MAKER');
  });

  it('prints every warning: import warnings and the pre-export CRM check', {
    timeout: 30_000,
  }, async () => {
    const dir = await outDir();
    const csv = join(dir, 'sheet.csv');
    await writeFile(
      csv,
      'Company,Full name,Title,Reports to,Email\nInitech,Peter Gibbons,=1+2,Bill Lumbergh,\n',
    );
    const run = await convert(csv, '--to', 'hubspot', '--out', join(dir, 'out'));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'warning: sheet.csv, Row 2, column "Title": starts like a spreadsheet formula',
    );
    expect(run.stderr).toContain('warning: sheet.csv, Row 2, column "Reports to": nobody called');
    expect(run.stderr).toContain(
      'warning: HubSpot: 1 account(s) have no website domain: "Initech".',
    );
    expect(run.stderr).toContain('warning: HubSpot: 1 person(s) have no email: "Peter Gibbons".');
  });
});
