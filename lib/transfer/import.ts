/** Import entry point: any file a rep picks becomes validated accounts and people, or clear problems. */
import { csvToSnapshot } from './csv-import';
import { type ColumnMapping, isOwnCsv, proposeMapping } from './mapping';
import { readBackup } from './read-backup';
import { type CsvTable, readCsvTable } from './read-csv';
import { fail, type ImportProblem, ok, type Result, say } from './result';
import type { Snapshot } from './snapshot';
import { DEFAULT_MAX_BYTES, type ImportSource, sniff } from './source';
import type { ProgressListener } from './yield';

export type ImportRead =
  | { kind: 'backup'; file: string; snapshot: Snapshot }
  /** A CSV waits for the mapping step; `mapping` is our proposal, `ownFormat` when it is our CSV. */
  | { kind: 'csv'; file: string; table: CsvTable; mapping: ColumnMapping; ownFormat: boolean };

export interface ReadOptions {
  /** Files bigger than this are refused before reading. Default 150 MB. */
  maxBytes?: number;
  /** CSV files with more data rows are refused. Default 200,000. */
  maxRows?: number;
  onProgress?: ProgressListener;
}

/** Reads and checks a file; nothing is written. JSON backups come back complete. */
export async function readImportFile(
  source: ImportSource,
  options: ReadOptions = {},
): Promise<Result<ImportRead>> {
  const sniffed = await sniff(source, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!sniffed.ok) return sniffed;
  const looksJson = sniffed.value.head.trimStart().startsWith('{');
  if (looksJson || /\.json$/i.test(source.name)) {
    const backup = await readBackup(source, sniffed.value, options.onProgress);
    return backup.ok ? ok({ kind: 'backup', file: source.name, snapshot: backup.value }) : backup;
  }
  const table = await readCsvTable(source, sniffed.value, options);
  if (!table.ok) return table;
  const mapping = proposeMapping(table.value.headers);
  return ok({
    kind: 'csv',
    file: source.name,
    table: table.value,
    mapping,
    ownFormat: isOwnCsv(mapping),
  });
}

export interface Incoming {
  snapshot: Snapshot;
  warnings: ImportProblem[];
}

export interface IncomingOptions extends ReadOptions {
  now?: number;
  newId?: () => string;
  /** Use this instead of the proposed mapping for a CSV. */
  mapping?: ColumnMapping;
  fallbackAccountName?: string;
}

/**
 * One step from file to accounts and people, for callers with no mapping step to show (the
 * converter, tests): backups, our CSV, and CSVs whose proposed mapping is good enough.
 */
export async function readIncoming(
  source: ImportSource,
  options: IncomingOptions = {},
): Promise<Result<Incoming>> {
  const read = await readImportFile(source, options);
  if (!read.ok) return read;
  if (read.value.kind === 'backup') return ok({ snapshot: read.value.snapshot, warnings: [] });
  const { table, mapping } = read.value;
  if (table.rows.length === 0) return fail(source.name, undefined, say('transfer.problem.noRows'));
  return csvToSnapshot(table, options.mapping ?? mapping, {
    now: options.now ?? Date.now(),
    newId: options.newId ?? (() => crypto.randomUUID()),
    ...(options.fallbackAccountName === undefined
      ? {}
      : { fallbackAccountName: options.fallbackAccountName }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
}
