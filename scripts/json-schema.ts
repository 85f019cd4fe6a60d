/**
 * `npm run schema`: writes docs/backup-format.schema.json from the zod schema of the backup
 * (lib/transfer/backup-schema.ts), formatted as biome formats it. test/transfer/export.test.ts
 * fails when the committed file and the schema disagree.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backupJsonSchema } from '../lib/transfer';

const root = join(import.meta.dirname, '..');
const path = join(root, 'docs', 'backup-format.schema.json');
await writeFile(path, `${JSON.stringify(backupJsonSchema(), null, 2)}\n`);
execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', path], {
  stdio: 'inherit',
});
console.log(`Wrote ${path}`);
