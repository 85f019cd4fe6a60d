/** Reads a JSON backup: sniff, decode and parse in slices, then validate every record before anything is written. */
import type { z } from 'zod/mini';
import {
  AccountSchema,
  accountOfLegacy,
  DealSchema,
  dealOfLegacyAccount,
  LEGACY_DEPARTMENTS,
  LegacyAccountSchema,
  LegacyStakeholderSchema,
  PersonSchema,
  personOfLegacy,
} from '../model';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupEnvelopeSchema,
  BackupFormatSchema,
  BackupVersionFieldSchema,
} from './backup-schema';
import { checkIntegrity } from './integrity';
import { capProblems, describe, issueMessage, jsonPath, ProblemList } from './issues';
import { parseJsonObject } from './parse-json';
import {
  fail,
  failMany,
  type ImportProblem,
  ok,
  problem,
  type Result,
  type Said,
  say,
} from './result';
import type { Snapshot } from './snapshot';
import type { ImportSource, Sniff } from './source';
import { type ProgressListener, timeSlicer } from './yield';

export async function readBackup(
  source: ImportSource,
  sniffed: Sniff,
  onProgress?: ProgressListener,
): Promise<Result<Snapshot>> {
  const file = source.name;
  if (!sniffed.head.trimStart().startsWith('{')) {
    return fail(file, undefined, say('transfer.problem.notBackupStart'));
  }
  const parsed = await parseJsonObject(source, sniffed.encoding, onProgress);
  if (!parsed.ok) return parsed;
  return validateBackup(file, parsed.value, onProgress);
}

/**
 * Format first, then version, each with its own message: a backup whose version is missing
 * or written as "1" is still a Rolecall backup, and the rep is told what to change.
 */
function checkHead(file: string, data: unknown): Result<void> {
  const format = BackupFormatSchema.safeParse(data);
  if (!format.success || format.data.format !== BACKUP_FORMAT)
    return fail(file, undefined, say('transfer.problem.notRolecall', { format: BACKUP_FORMAT }));
  const field = BackupVersionFieldSchema.safeParse(data);
  const version = field.success ? field.data.version : undefined;
  if (version === undefined) return fail(file, undefined, say('transfer.problem.noVersion'));
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fail(
      file,
      say('transfer.where.path', { path: 'version' }),
      say('transfer.problem.versionNotNumber', { got: describe(version) }),
    );
  if (version > BACKUP_VERSION) {
    return fail(
      file,
      undefined,
      say('transfer.problem.newerVersion', { version, supported: BACKUP_VERSION }),
    );
  }
  return ok(undefined);
}

const PROGRESS_EVERY = 2000;
/** Looking at the clock is cheap, but not free: every 100 records is well under a slice. */
const YIELD_CHECK_EVERY = 100;

async function validateBackup(
  file: string,
  data: unknown,
  onProgress?: ProgressListener,
): Promise<Result<Snapshot>> {
  const head = checkHead(file, data);
  if (!head.ok) return head;
  const envelope = BackupEnvelopeSchema.safeParse(data, { reportInput: true });
  if (!envelope.success)
    return failMany(envelope.error.issues.map((issue) => problemAt(file, issue, [])));
  const problems = new ProblemList(file);
  let snapshot: Snapshot;
  if (envelope.data.version === 1) {
    // Format 1 kept one deal context per account: each account's becomes its one deal.
    const { accounts, stakeholders } = envelope.data;
    const legacyAccounts = await checkSlices(accounts, LegacyAccountSchema, problems, {
      file,
      key: 'accounts',
      onProgress,
    });
    const legacyPeople = await checkSlices(
      stakeholders.map(upgradeLegacy),
      LegacyStakeholderSchema,
      problems,
      {
        file,
        key: 'stakeholders',
        onProgress,
      },
    );
    if (!problems.empty) return failMany(problems.list());
    snapshot = {
      accounts: legacyAccounts.map(accountOfLegacy),
      deals: legacyAccounts.map(dealOfLegacyAccount),
      stakeholders: legacyPeople.map(personOfLegacy),
    };
  } else {
    const { accounts, deals, stakeholders } = envelope.data;
    snapshot = {
      accounts: await checkSlices(accounts, AccountSchema, problems, {
        file,
        key: 'accounts',
        onProgress,
      }),
      deals: await checkSlices(deals, DealSchema, problems, { file, key: 'deals', onProgress }),
      stakeholders: await checkSlices(stakeholders, PersonSchema, problems, {
        file,
        key: 'stakeholders',
        onProgress,
      }),
    };
    if (!problems.empty) return failMany(problems.list());
  }
  const integrity = checkIntegrity(file, snapshot);
  return integrity.length > 0 ? failMany(capProblems(integrity)) : ok(snapshot);
}

/** A person saved before the database's version 4 names customer success as it was then named. */
function upgradeLegacy(person: unknown): unknown {
  if (typeof person !== 'object' || person === null || !('department' in person)) return person;
  const upgraded =
    typeof person.department === 'string' ? LEGACY_DEPARTMENTS[person.department] : undefined;
  return upgraded ? { ...person, department: upgraded } : person;
}

/** Checks each record with its schema, a slice at a time; the valid ones come back. */
async function checkSlices<S extends z.ZodMiniType>(
  items: readonly unknown[],
  schema: S,
  problems: ProblemList,
  where: { file: string; key: RecordKey; onProgress?: ProgressListener },
): Promise<z.output<S>[]> {
  const { file, key, onProgress } = where;
  const pause = timeSlicer();
  const valid: z.output<S>[] = [];
  for (let index = 0; index < items.length; index++) {
    const result = schema.safeParse(items[index], { reportInput: true });
    if (result.success) valid.push(result.data);
    else {
      const { issues } = result.error;
      problems.add(issues.length, () =>
        issues.map((issue) => problemAt(file, issue, [key, index], items[index])),
      );
    }
    if (index % PROGRESS_EVERY === 0)
      onProgress?.({ phase: 'checking', done: index, total: items.length });
    if (index % YIELD_CHECK_EVERY === 0) await pause();
  }
  return valid;
}

function problemAt(
  file: string,
  issue: z.core.$ZodIssue,
  prefix: PropertyKey[],
  record?: unknown,
): ImportProblem {
  const path = [...prefix, ...issue.path];
  return problem(file, friendlyPlace(path, record), issueMessage(issue));
}

/** 'Person 4 ("Jane Doe"), field "stance" (stakeholders[3].stance)' */
function friendlyPlace(path: readonly PropertyKey[], record: unknown): Said {
  const [key, index] = path;
  // The field the rep knows, the last name on the path: "stance" of a person's part in a deal
  // (stakeholders[3].involvements[0].stance), not "involvements".
  const field = path.slice(2).findLast((step) => typeof step === 'string');
  const technical = jsonPath(path);
  if (
    typeof index !== 'number' ||
    (key !== 'accounts' && key !== 'stakeholders' && key !== 'deals')
  )
    return say('transfer.where.path', { path: technical });
  const who = recordPlace(key, index, nameOf(record));
  return field === undefined
    ? say('transfer.where.record', { record: who, path: technical })
    : say('transfer.where.recordField', { record: who, field: String(field), path: technical });
}

/** 'Person 4 ("Jane Doe")', or 'Account 2' for a record without a usable name. */
export type RecordKey = 'accounts' | 'deals' | 'stakeholders';

export function recordPlace(key: RecordKey, index: number, name: string | undefined): Said {
  const number = index + 1;
  if (key === 'deals') {
    return name === undefined
      ? say('transfer.where.deal', { number })
      : say('transfer.where.dealNamed', { number, name: describe(name) });
  }
  if (key === 'accounts') {
    return name === undefined
      ? say('transfer.where.account', { number })
      : say('transfer.where.accountNamed', { number, name: describe(name) });
  }
  return name === undefined
    ? say('transfer.where.person', { number })
    : say('transfer.where.personNamed', { number, name: describe(name) });
}

function nameOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || !('name' in record)) return undefined;
  return typeof record.name === 'string' ? record.name : undefined;
}
