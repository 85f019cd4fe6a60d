/** Exports read current data, in the documented format, with the CSV conventions spreadsheets need. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eraseStakeholder } from '../../lib/db';
import { BackupSchema, backupJsonSchema, exportFiles, readSnapshot } from '../../lib/transfer';
import { freshDb, sampleMap, seed } from './helpers';

const now = new Date('2024-05-01T12:00:00Z');

describe('exports', () => {
  it('an erased person is in no later export, and nobody reports to them', async () => {
    const db = freshDb();
    await seed(db, sampleMap());
    await eraseStakeholder(db, 'p-jane');
    const snapshot = await readSnapshot(db);
    for (const target of ['json', 'csv', 'hubspot', 'salesforce'] as const) {
      for (const file of exportFiles(snapshot, target, { now })) {
        expect(file.text).not.toContain('Jane');
        expect(file.text).not.toContain('p-jane');
      }
    }
  });

  it('one account exports that account and its people only', async () => {
    const db = freshDb();
    await seed(db, sampleMap());
    const snapshot = await readSnapshot(db, { kind: 'account', accountId: 'acc-yandex' });
    expect(snapshot.accounts.map((a) => a.id)).toEqual(['acc-yandex']);
    expect(snapshot.stakeholders.map((p) => p.id)).toEqual(['p-ivan', 'p-zhang']);
    expect(snapshot.deals.map((d) => d.id)).toEqual(['acc-yandex']);
    expect(await readSnapshot(db, { kind: 'account', accountId: 'gone' })).toEqual({
      accounts: [],
      deals: [],
      stakeholders: [],
    });
  });

  it('the JSON backup is the versioned envelope and passes its own schema', () => {
    const [file] = exportFiles(sampleMap(), 'json', { now, label: 'Яндекс' });
    expect(file?.name).toBe('rolecall-яндекс-2024-05-01.json');
    const backup = BackupSchema.parse(JSON.parse(file?.text ?? ''));
    expect(backup).toMatchObject({
      format: 'rolecall-backup',
      version: 2,
      exportedAt: '2024-05-01T12:00:00.000Z',
    });
  });

  it('CSV: BOM by default, none on request, CRLF rows, RFC 4180 quoting, formulas guarded', () => {
    const [withBom] = exportFiles(sampleMap(), 'csv', { now });
    const [withoutBom] = exportFiles(sampleMap(), 'csv', { now, bom: false });
    expect(withBom?.text.startsWith('\uFEFFAccount,')).toBe(true);
    expect(withoutBom?.text.startsWith('Account,')).toBe(true);
    const bob = withoutBom?.text.split('\r\n').find((row) => row.includes('p-bob')) ?? '';
    expect(bob).toContain(',"\'=HYPERLINK(""http://evil.example"",""click"")",');
    expect(bob).toContain(',technical-evaluator; champion,champion,high,Jane Doe,');
  });
});

describe('docs/backup-format.schema.json', () => {
  const path = join(import.meta.dirname, '../../docs/backup-format.schema.json');

  // Compared as data, not text, so formatting does not matter. To regenerate: npm run schema
  it('is the JSON Schema generated from BackupSchema', async () => {
    const committed: unknown = JSON.parse(await readFile(path, 'utf8'));
    expect(committed).toEqual(backupJsonSchema());
  });
});
