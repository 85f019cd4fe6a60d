/** `npm run bench`: runs every test/bench/*.bench.ts and prints one JSON figure a line. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigure } from '../test/bench/figure';

const dir = join(import.meta.dirname, '..', 'test', 'bench');
const only = process.argv[2];
const files = (await readdir(dir)).filter(
  (f) => f.endsWith('.bench.ts') && (!only || f.includes(only)),
);
for (const file of files.sort()) {
  const mod: { default: () => Promise<BenchFigure[]> } = await import(
    pathToFileURL(join(dir, file)).href
  );
  for (const fig of await mod.default()) console.log(JSON.stringify(fig));
}
