/**
 * `npm run convert -- FILE [FILE...] --to hubspot|salesforce|csv|json [--out DIR] [--force]
 * [--no-bom] [--add-roles]`: turns Rolecall backups (one or a whole team's) into CRM files
 * with the extension's own code, merging people who appear in several files, and prints every
 * warning the extension would show, the pre-export CRM check included. Exit 0 on success, 1
 * when a file is refused or would be overwritten, 2 on a usage mistake; files are written to
 * temporary names and renamed, so a failure never leaves half a file behind.
 */
import { openAsBlob } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
  crmCheck,
  describeProblem,
  EXPORT_TARGETS,
  type ExportTarget,
  exportFiles,
  type ImportProblem,
  mergeSnapshots,
  problem,
  readIncoming,
  type Snapshot,
  say,
} from '../lib/transfer';

const USAGE = `Usage: npm run convert -- FILE [FILE...] --to hubspot|salesforce|csv|json [options]
  --out DIR     folder for the files (default: the current folder)
  --force       replace files of the same name that are already there
  --no-bom      no byte-order mark (Salesforce Data Loader before v52 needs this)
  --add-roles   HubSpot: add buying roles to the contact's own instead of replacing them`;

interface Args {
  files: string[];
  target: ExportTarget;
  outDir: string;
  force: boolean;
  bom: boolean;
  addRoles: boolean;
}

function isTarget(value: string | undefined): value is ExportTarget {
  return EXPORT_TARGETS.some((target) => target === value);
}

function parseArgs(argv: readonly string[]): Args | string {
  const files: string[] = [];
  let target: string | undefined;
  let outDir = '.';
  const flags = { force: false, bom: true, addRoles: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--force') flags.force = true;
    else if (arg === '--no-bom') flags.bom = false;
    else if (arg === '--add-roles') flags.addRoles = true;
    else if (arg === '--to') target = argv[++i];
    else if (arg.startsWith('--to=')) target = arg.slice(5);
    else if (arg === '--out') outDir = argv[++i] ?? '';
    else if (arg.startsWith('--out=')) outDir = arg.slice(6);
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg.startsWith('--')) return `Unknown option ${arg}.\n${USAGE}`;
    else files.push(arg);
  }
  if (files.length === 0) return `Name at least one backup file.\n${USAGE}`;
  if (!isTarget(target))
    return `Choose what to make with --to (${EXPORT_TARGETS.join(', ')}).\n${USAGE}`;
  if (outDir === '') return `--out needs a folder.\n${USAGE}`;
  if (flags.addRoles && target !== 'hubspot') return `--add-roles is for --to hubspot.\n${USAGE}`;
  return { files, target, outDir, ...flags };
}

/** openAsBlob throws synchronously for a missing file; a missing file is a problem to report. */
async function openFile(path: string): Promise<Blob | undefined> {
  try {
    return await openAsBlob(path);
  } catch {
    return undefined;
  }
}

async function readAll(
  files: readonly string[],
): Promise<{ maps: Snapshot[]; problems: ImportProblem[]; warnings: ImportProblem[] }> {
  const maps: Snapshot[] = [];
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  for (const path of files) {
    const name = basename(path);
    const data = await openFile(path);
    if (data === undefined) {
      problems.push(problem(name, undefined, say('transfer.problem.cannotOpen')));
      continue;
    }
    const read = await readIncoming({ name, data });
    if (read.ok) {
      maps.push(read.value.snapshot);
      warnings.push(...read.value.warnings);
    } else problems.push(...read.problems);
  }
  return { maps, problems, warnings };
}

/** Why `outDir` cannot take the files, in one line; undefined when it can (or will be made). */
async function outDirProblem(outDir: string): Promise<string | undefined> {
  const found = await stat(outDir).catch(() => undefined);
  if (found === undefined || found.isDirectory()) return undefined;
  return `--out ${outDir} is a file, not a folder: name a folder (it is made if missing).`;
}

/** The files that are already there; the converter replaces them only with --force. */
async function existing(outDir: string, names: readonly string[]): Promise<string[]> {
  const paths = names.map((name) => join(outDir, name));
  const found = await Promise.all(paths.map((path) => stat(path).catch(() => undefined)));
  return paths.filter((_, index) => found[index] !== undefined);
}

/** Every file goes to a temporary name first; only when all are written are they renamed. */
async function writeAtomically(
  outDir: string,
  files: readonly { name: string; text: string }[],
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const staged = files.map((file) => ({
    temp: join(outDir, `.${file.name}.${process.pid}.tmp`),
    final: join(outDir, file.name),
    text: file.text,
  }));
  try {
    for (const file of staged) await writeFile(file.temp, file.text, 'utf8');
    for (const file of staged) await rename(file.temp, file.final);
  } catch (error) {
    await Promise.all(staged.map((file) => rm(file.temp, { force: true })));
    throw error;
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return args === USAGE ? 0 : 2;
  }
  const badOut = await outDirProblem(args.outDir);
  if (badOut !== undefined) {
    console.error(badOut);
    return 2;
  }
  const { maps, problems, warnings } = await readAll(args.files);
  if (problems.length > 0) {
    for (const problem of problems) console.error(describeProblem(problem));
    console.error('Nothing was written.');
    return 1;
  }
  const merged = mergeSnapshots(maps);
  const { snapshot } = merged;
  const hubspotRoles = args.addRoles ? 'add' : 'replace';
  const check =
    args.target === 'hubspot' || args.target === 'salesforce'
      ? crmCheck(snapshot, args.target, hubspotRoles)
      : [];
  for (const warning of [...warnings, ...merged.warnings, ...check])
    console.error(`warning: ${describeProblem(warning)}`);
  // One file keeps its own name ("rolecall-acme-…" stays "acme-…"); several become "merged".
  const stem = basename(args.files[0] ?? 'map')
    .replace(/\.[^.]+$/, '')
    .replace(/^rolecall-/, '');
  const label = args.files.length === 1 ? stem : 'merged';
  const files = exportFiles(snapshot, args.target, {
    now: new Date(),
    label,
    bom: args.bom,
    hubspotRoles,
  });
  const outDir = resolve(args.outDir);
  const there = args.force
    ? []
    : await existing(
        outDir,
        files.map((file) => file.name),
      );
  if (there.length > 0) {
    for (const path of there) console.error(`${path} is already there; add --force to replace it.`);
    console.error('Nothing was written.');
    return 1;
  }
  try {
    await writeAtomically(outDir, files);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Cannot write to ${args.outDir} (${reason}).`);
    return 1;
  }
  for (const file of files) console.log(join(args.outDir, file.name));
  console.error(
    `${snapshot.accounts.length} account(s), ${snapshot.stakeholders.length} people from ${args.files.length} file(s).`,
  );
  return 0;
}

process.exitCode = await main();
