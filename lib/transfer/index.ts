/** Moving maps in and out of Rolecall: JSON backups, CSV, CRM files, and safe imports. */
export { type ApplyOptions, type ApplySummary, applyImport, resolvePlan } from './apply';
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  BackupSchema,
  backupJsonSchema,
} from './backup-schema';
export { type CrmTarget, crmCheck } from './crm-check';
export {
  type HubspotRoleMode,
  hubspotBuyingRoles,
  hubspotRoleCell,
  salesforceContactRoles,
} from './crm-roles';
export { type CsvImport, type CsvImportOptions, csvToSnapshot } from './csv-import';
export {
  backupJson,
  EXPORT_TARGETS,
  type ExportFile,
  type ExportOptions,
  type ExportTarget,
  exportFiles,
  toBackup,
} from './export';
export { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from './fields';
export {
  type ImportRead,
  type Incoming,
  type IncomingOptions,
  type ReadOptions,
  readImportFile,
  readIncoming,
} from './import';
export { type ColumnMapping, mappingProblems, proposeMapping } from './mapping';
export { mergeSnapshots } from './merge-snapshots';
export { type NameParts, splitName } from './name-parts';
export {
  CONFLICT_CHOICES,
  CONFLICT_CLASSES,
  type Conflict,
  type ConflictChoice,
  type ConflictChoices,
  type ConflictClass,
  DEFAULT_CHOICES,
  type ImportPlan,
  planImport,
} from './plan';
export type { CsvTable } from './read-csv';
export {
  describeProblem,
  describeProblemIn,
  type ImportProblem,
  problem,
  problemIn,
  type Result,
  type Said,
  say,
  sayIn,
} from './result';
export { type ExportScope, readSnapshot, type Snapshot } from './snapshot';
export type { ByteSource, ImportSource } from './source';
export type { Progress, ProgressListener } from './yield';
