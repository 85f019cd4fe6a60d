/** The JSON backup format: a versioned envelope around accounts and stakeholders. Single source of truth. */
import { z } from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';
import { AccountSchema, StakeholderSchema } from '../model';

export const BACKUP_FORMAT = 'rolecall-backup';
export const BACKUP_VERSION = 1;

/**
 * What every version of the envelope shares. Read first, loosely, so a file from a newer
 * Rolecall is answered with "update Rolecall" rather than a list of fields we do not know.
 */
export const BackupFormatSchema = z.object({ format: z.string() });
/** The version as written, whatever it is: read after the format, to say what is wrong with it. */
export const BackupVersionFieldSchema = z.object({ version: z.optional(z.unknown()) });

const envelope = {
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** When the backup was written, ISO 8601 in UTC. */
  exportedAt: z.iso.datetime(),
};

export const BackupSchema = z.object({
  ...envelope,
  accounts: z.array(AccountSchema),
  /** Every stakeholder's accountId names an account in `accounts`. */
  stakeholders: z.array(StakeholderSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

/**
 * BackupSchema with the records left for later, so a large backup can be checked a slice
 * at a time (with AccountSchema and StakeholderSchema, the same element schemas) between
 * yields to the event loop.
 */
export const BackupEnvelopeSchema = z.object({
  ...envelope,
  accounts: z.array(z.unknown()),
  stakeholders: z.array(z.unknown()),
});

/** The published JSON Schema (docs/backup-format.schema.json), generated so it cannot drift. */
export function backupJsonSchema(): Record<string, unknown> {
  const generated = toJSONSchema(BackupSchema, { io: 'input' });
  return {
    ...generated,
    $id: 'https://rolecall.invalid/backup-format.schema.json',
    title: 'Rolecall backup',
    description:
      'A Rolecall stakeholder-map backup: accounts and the people in each buying committee. ' +
      'Timestamps inside records are epoch milliseconds. Generated from lib/transfer/backup-schema.ts.',
  };
}
