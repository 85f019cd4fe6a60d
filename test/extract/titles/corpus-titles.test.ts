/** The broad table: hundreds of real titles from the shared corpus (read in place, not copied). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeTitle, readTitle } from '../../../lib/extract/titles';
import { DECISION_ROLES, DEPARTMENTS, SENIORITIES } from '../../../lib/model';

const DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'title-data');

function corpusTitles(): string[] {
  const titles = new Set<string>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.labels.json'))) {
    const entries: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (
        typeof entry === 'object' &&
        entry !== null &&
        'title' in entry &&
        typeof entry.title === 'string'
      ) {
        titles.add(entry.title);
      }
    }
  }
  return [...titles];
}

describe.skipIf(!existsSync(DIR))('titles from the shared corpus (EN, FI)', () => {
  const titles = existsSync(DIR) ? corpusTitles() : [];

  it('has a broad table to read', () => {
    expect(titles.length).toBeGreaterThan(200);
  });

  it('recognises nearly every real title as a title', () => {
    const recognised = titles.filter((t) => looksLikeTitle(t));
    expect(recognised.length / titles.length).toBeGreaterThan(0.9);
  });

  it('gives every title a valid reading', () => {
    for (const title of titles) {
      const reading = readTitle(title);
      expect([...DEPARTMENTS, 'unknown']).toContain(reading.department);
      expect([...SENIORITIES, 'unknown']).toContain(reading.seniority);
      for (const role of reading.roles) expect(DECISION_ROLES).toContain(role);
    }
  });

  it('places most titles in a department', () => {
    const placed = titles.filter((t) => !['other', 'unknown'].includes(readTitle(t).department));
    expect(placed.length / titles.length).toBeGreaterThan(0.7);
  });
});
