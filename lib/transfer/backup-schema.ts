/** The JSON backup format: a versioned envelope around accounts and stakeholders. Single source of truth. */
import { z } from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';
import {
  AccountSchema,
  DealSchema,
  LegacyAccountSchema,
  LegacyStakeholderSchema,
  PersonSchema,
} from '../model';

export const BACKUP_FORMAT = 'rolecall-backup';
/** 2: deals of their own, people's roles per deal. 1 (one context per account) still imports. */
export const BACKUP_VERSION = 2;

/**
 * What every version of the envelope shares. Read first, loosely, so a file from a newer
 * Rolecall is answered with "update Rolecall" rather than a list of fields we do not know.
 */
export const BackupFormatSchema = z.object({ format: z.string() });
/** The version as written, whatever it is: read after the format, to say what is wrong with it. */
export const BackupVersionFieldSchema = z.object({ version: z.optional(z.unknown()) });

const envelope = {
  format: z.literal(BACKUP_FORMAT),
  /** When the backup was written, ISO 8601 in UTC. */
  exportedAt: z.iso.datetime(),
};

export const BackupSchema = z.object({
  ...envelope,
  version: z.literal(BACKUP_VERSION),
  accounts: z.array(AccountSchema),
  /** Every deal's accountId names an account in `accounts`. */
  deals: z.array(DealSchema),
  /**
   * Every stakeholder's accountId names an account in `accounts`, and each of their
   * involvements a deal of that account.
   */
  stakeholders: z.array(PersonSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Format 1, as Rolecall wrote it before deals: read, then brought forward (lib/model/legacy). */
export const BackupV1Schema = z.object({
  ...envelope,
  version: z.literal(1),
  accounts: z.array(LegacyAccountSchema),
  stakeholders: z.array(LegacyStakeholderSchema),
});

/**
 * A backup with the records left for later, so a large one can be checked a slice at a time
 * (with the element schemas of its version) between yields to the event loop.
 */
export const BackupEnvelopeSchema = z.union([
  z.object({
    ...envelope,
    version: z.literal(BACKUP_VERSION),
    accounts: z.array(z.unknown()),
    deals: z.array(z.unknown()),
    stakeholders: z.array(z.unknown()),
  }),
  z.object({
    ...envelope,
    version: z.literal(1),
    accounts: z.array(z.unknown()),
    stakeholders: z.array(z.unknown()),
  }),
]);

/** The published JSON Schema (docs/backup-format.schema.json), generated so it cannot drift. */
export function backupJsonSchema(): Record<string, unknown> {
  const generated = toJSONSchema(BackupSchema, { io: 'input' });
  return {
    ...generated,
    $id: 'https://rolecall.invalid/backup-format.schema.json',
    title: 'Rolecall backup',
    description:
      "A Rolecall stakeholder-map backup: accounts, their deals, and the people in each deal's buying committee. " +
      'Timestamps inside records are epoch milliseconds. Generated from lib/transfer/backup-schema.ts.',
  };
}
