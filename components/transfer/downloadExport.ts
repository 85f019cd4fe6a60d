/** One export as the panels make it: current data, the rep's byte-order-mark setting, files named. */
import { type RolecallDatabase, readSettings } from '../../lib/db';
import {
  crmCheck,
  type ExportFile,
  type ExportScope,
  type ExportTarget,
  exportFiles,
  type HubspotRoleMode,
  type ImportProblem,
  readSnapshot,
} from '../../lib/transfer';
import { downloadFile } from './download';

/** Files ready to save, and what the CRM will do with them (empty for JSON and CSV). */
export interface PreparedExport {
  files: ExportFile[];
  findings: ImportProblem[];
}

export interface PrepareOptions {
  hubspotRoles?: HubspotRoleMode;
  now?: Date;
}

/** Reads the map and makes the files without saving them, so the rep can see the check first. */
export async function prepareExport(
  db: RolecallDatabase,
  scope: ExportScope,
  target: ExportTarget,
  { hubspotRoles = 'replace', now = new Date() }: PrepareOptions = {},
): Promise<PreparedExport> {
  const [snapshot, settings] = await Promise.all([readSnapshot(db, scope), readSettings(db)]);
  if (snapshot.accounts.length === 0) return { files: [], findings: [] };
  const label = scope.kind === 'account' ? snapshot.accounts[0]?.name : 'all';
  const files = exportFiles(snapshot, target, {
    now,
    bom: settings.csvByteOrderMark,
    hubspotRoles,
    ...(label === undefined ? {} : { label }),
  });
  const findings =
    target === 'hubspot' || target === 'salesforce' ? crmCheck(snapshot, target, hubspotRoles) : [];
  return { files, findings };
}

/** Saves the files; their names, for the status line. */
export function saveFiles(files: readonly ExportFile[]): string[] {
  for (const file of files) downloadFile(file);
  return files.map((file) => file.name);
}
