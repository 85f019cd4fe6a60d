/** One export as the panels make it: current data, the rep's byte-order-mark setting, files named. */
import { type RolecallDatabase, readSettings } from '../../lib/db';
import {
  type ExportFile,
  type ExportScope,
  type ExportTarget,
  exportFiles,
  readSnapshot,
} from '../../lib/transfer';
import { downloadFile } from './download';

/** Exports and downloads; the names of the files saved, none when there was nothing to export. */
export async function downloadExport(
  db: RolecallDatabase,
  scope: ExportScope,
  target: ExportTarget,
  now: Date = new Date(),
): Promise<string[]> {
  const [snapshot, settings] = await Promise.all([readSnapshot(db, scope), readSettings(db)]);
  if (snapshot.accounts.length === 0) return [];
  const label = scope.kind === 'account' ? snapshot.accounts[0]?.name : 'all';
  const files: ExportFile[] = exportFiles(snapshot, target, {
    now,
    bom: settings.csvByteOrderMark,
    ...(label === undefined ? {} : { label }),
  });
  for (const file of files) downloadFile(file);
  return files.map((file) => file.name);
}
