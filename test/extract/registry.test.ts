/** Meta-test: every detector file is registered, has fixtures and a test file of its own. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../lib/extract';
import { FIXTURES, fixtureFiles } from './fixtures';

const DETECTOR_DIR = join(import.meta.dirname, '..', '..', 'lib', 'extract', 'detectors');
const files = readdirSync(DETECTOR_DIR)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/u, ''));

describe('detector registry', () => {
  it('registers every detector file, once', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect([...ids].sort()).toEqual([...files].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts structured data before profiles and profiles before layout guesses', () => {
    const order = { structured: 0, profile: 1, layout: 2 };
    const ranks = DETECTORS.map((d) => order[d.kind]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it.each(files)('has fixtures and a test for the %s detector', (id) => {
    expect(existsSync(join(FIXTURES, id))).toBe(true);
    expect(fixtureFiles(id).length).toBeGreaterThan(0);
    expect(existsSync(join(import.meta.dirname, 'detectors', `${id}.test.ts`))).toBe(true);
  });
});
