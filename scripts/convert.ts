/**
 * `npm run convert -- FILE [FILE...] --to hubspot|salesforce|csv|json [--out DIR]`: turns
 * Rolecall backups (one or a whole team's) into CRM files with the extension's own code,
 * merging people who appear in several files. Exit 0 on success, 1 when a file is refused,
 * 2 on a usage mistake; files are written to temporary names and renamed, so a failure
 * never leaves half a file behind.
 */
import { openAsBlob } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
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

const USAGE =
  'Usage: npm run convert -- FILE [FILE...] --to hubspot|salesforce|csv|json [--out DIR]';

interface Args {
  files: string[];
  target: ExportTarget;
  outDir: string;
}

function isTarget(value: string | undefined): value is ExportTarget {
  return EXPORT_TARGETS.some((target) => target === value);
}

function parseArgs(argv: readonly string[]): Args | string {
  const files: string[] = [];
  let target: string | undefined;
  let outDir = '.';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--to') target = argv[++i];
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
  return { files, target, outDir };
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
): Promise<{ maps: Snapshot[]; problems: ImportProblem[] }> {
  const maps: Snapshot[] = [];
  const problems: ImportProblem[] = [];
  for (const path of files) {
    const name = basename(path);
    const data = await openFile(path);
    if (data === undefined) {
      problems.push(problem(name, undefined, say('transfer.problem.cannotOpen')));
      continue;
    }
    const read = await readIncoming({ name, data });
    if (read.ok) maps.push(read.value.snapshot);
    else problems.push(...read.problems);
  }
  return { maps, problems };
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
  const { maps, problems } = await readAll(args.files);
  if (problems.length > 0) {
    for (const problem of problems) console.error(describeProblem(problem));
    console.error('Nothing was written.');
    return 1;
  }
  const { snapshot, warnings } = mergeSnapshots(maps);
  for (const warning of warnings) console.error(`warning: ${describeProblem(warning)}`);
  // One file keeps its own name ("rolecall-acme-…" stays "acme-…"); several become "merged".
  const stem = basename(args.files[0] ?? 'map')
    .replace(/\.[^.]+$/, '')
    .replace(/^rolecall-/, '');
  const label = args.files.length === 1 ? stem : 'merged';
  const files = exportFiles(snapshot, args.target, { now: new Date(), label });
  await writeAtomically(resolve(args.outDir), files);
  for (const file of files) console.log(join(args.outDir, file.name));
  console.error(
    `${snapshot.accounts.length} account(s), ${snapshot.stakeholders.length} people from ${args.files.length} file(s).`,
  );
  return 0;
}

process.exitCode = await main();
