/**
 * `npm run bench [name] [--quick]`: runs every test/bench/*.bench.ts (or those whose file name
 * holds `name`) and prints one JSON figure a line. `--quick` runs small sizes once, so CI learns
 * that every bench still runs without waiting for figures worth reading.
 */
import { readdir } from 'node:fs/promises';
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigure } from '../test/bench/figure';

// Before any bench is imported: the dashboard bench renders components that import stylesheets.
register('./css-stub.mjs', import.meta.url);

const args = process.argv.slice(2);
if (args.includes('--quick')) process.env.ROLECALL_BENCH_QUICK = '1';
const only = args.find((arg) => !arg.startsWith('--'));

const dir = join(import.meta.dirname, '..', 'test', 'bench');
const files = (await readdir(dir)).filter(
  (f) => f.endsWith('.bench.ts') && (!only || f.includes(only)),
);
if (files.length === 0) throw new Error(`no bench matches "${only}"`);
for (const file of files.sort()) {
  const mod: { default: () => Promise<BenchFigure[]> } = await import(
    pathToFileURL(join(dir, file)).href
  );
  for (const fig of await mod.default()) console.log(JSON.stringify(fig));
}
