/**
 * Reading job titles: readTitle over 100,000 real titles (the held-out set and every lexicon
 * example, repeated), against the least any reader must do, lower-casing and splitting the same
 * titles into words. Under 1,000 ms is 100,000 titles a second.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/mini';
import { readTitle } from '../../lib/extract/titles';
import { LEXICONS } from '../../lib/lexicon';
import { type BenchFigure, figure, medianMs, sized } from './figure';

const TITLES = sized(100_000, 1_000);

const HeldOut = z.object({ titles: z.array(z.object({ title: z.string() })) });

function realTitles(): string[] {
  const path = join(import.meta.dirname, '..', 'real-titles', 'held-out.json');
  const held = HeldOut.parse(JSON.parse(readFileSync(path, 'utf8'))).titles.map((t) => t.title);
  const examples = LEXICONS.flatMap((lexicon) => lexicon.titles.map((word) => word.example));
  const distinct = [...held, ...examples];
  return Array.from({ length: TITLES }, (_, i) => distinct[i % distinct.length] ?? '');
}

export default async function (): Promise<BenchFigure[]> {
  const titles = realTitles();
  let sink = 0;
  const read = await medianMs(() => {
    for (const title of titles) sink += readTitle(title).roles.length;
  });
  const floor = await medianMs(() => {
    for (const title of titles) sink += title.toLowerCase().split(/\s+/u).length;
  });
  if (sink < 0) throw new Error('unreachable');
  return [figure(`titles: readTitle, ${TITLES} titles`, read, floor)];
}
