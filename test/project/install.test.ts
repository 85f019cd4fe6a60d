/**
 * What a newcomer meets before any code runs: `npm ci` with the committed lock on any platform,
 * and `npm run bench` from the one command.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = join(import.meta.dirname, '../..');

const Lock = z.object({
  packages: z.record(
    z.string(),
    z.object({
      version: z.string().optional(),
      optionalDependencies: z.record(z.string(), z.string()).optional(),
    }),
  ),
});

describe('the committed lock', () => {
  it('holds every optional binary of every platform, so npm ci accepts it anywhere', () => {
    const lock = Lock.parse(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')));
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        // npm resolves a dependency next to its dependant first, then in the folders above.
        const parent = path === '' ? '' : `${path}/`;
        const nested = `${parent}node_modules/${name}`;
        if (!(nested in lock.packages) && !(`node_modules/${name}` in lock.packages)) {
          missing.push(`${name} (for ${path || 'the project'})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('npm run bench', () => {
  it('runs the dashboard bench (which renders components with stylesheets) and prints figures', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        join(root, 'node_modules/.bin/tsx'),
        [join(root, 'scripts/bench.ts'), 'dashboard', '--quick'],
        { cwd: root },
        (error, out, err) => (error ? reject(new Error(err || error.message)) : resolve(out)),
      );
    });
    const Figure = z.object({
      bench: z.string(),
      value: z.number(),
      unit: z.string(),
      floor: z.number(),
      ratio: z.number(),
    });
    const figures = stdout
      .trim()
      .split('\n')
      .map((line) => Figure.parse(JSON.parse(line)));
    expect(figures.length).toBeGreaterThan(0);
    for (const { bench } of figures) expect(bench).toMatch(/^dashboard: /u);
  }, 60_000);
});
