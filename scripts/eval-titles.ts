/**
 * `npm run eval:titles -- FILE [--quiet]`: how well readTitle reads real job titles. FILE is a
 * JSON array, or an object with `titles`, of `{title, lang, department, seniority}` labelled in
 * the label vocabulary of ../shared/corpus/titles-dev.json. Prints each error, then one JSON
 * line per language and one overall:
 * {"lang","department_accuracy","seniority_accuracy","both","unknown_share","titles"}.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod/mini';
import { readTitle } from '../lib/extract/titles';
import { labelDepartment, labelSeniority } from './title-labels';

const LabelledTitle = z.object({
  title: z.string(),
  lang: z.string(),
  department: z.string(),
  seniority: z.string(),
});
const TitleFile = z.union([z.array(LabelledTitle), z.object({ titles: z.array(LabelledTitle) })]);
type LabelledTitle = z.infer<typeof LabelledTitle>;

interface Tally {
  titles: number;
  department: number;
  seniority: number;
  both: number;
  unknown: number;
}

const empty = (): Tally => ({ titles: 0, department: 0, seniority: 0, both: 0, unknown: 0 });
const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);

function line(lang: string, t: Tally): string {
  return JSON.stringify({
    lang,
    department_accuracy: share(t.department, t.titles),
    seniority_accuracy: share(t.seniority, t.titles),
    both: share(t.both, t.titles),
    unknown_share: share(t.unknown, t.titles),
    titles: t.titles,
  });
}

const args = process.argv.slice(2);
const path = args.find((arg) => !arg.startsWith('--'));
if (!path) throw new Error('usage: npm run eval:titles -- FILE [--quiet]');
const parsed = TitleFile.parse(JSON.parse(await readFile(path, 'utf8')));
const titles: LabelledTitle[] = Array.isArray(parsed) ? parsed : parsed.titles;

const overall = empty();
const byLanguage = new Map<string, Tally>();
for (const labelled of titles) {
  const reading = readTitle(labelled.title);
  const department = labelDepartment(reading.department);
  const seniority = labelSeniority(reading.seniority);
  const rightDepartment = department === labelled.department;
  const rightSeniority = seniority === labelled.seniority;
  const unknown = reading.department === 'unknown' && reading.seniority === 'unknown';
  const tally = byLanguage.get(labelled.lang) ?? empty();
  byLanguage.set(labelled.lang, tally);
  for (const t of [tally, overall]) {
    t.titles++;
    if (rightDepartment) t.department++;
    if (rightSeniority) t.seniority++;
    if (rightDepartment && rightSeniority) t.both++;
    if (unknown) t.unknown++;
  }
  if ((!rightDepartment || !rightSeniority) && !args.includes('--quiet')) {
    const said = `${department}/${seniority}`;
    const wanted = `${labelled.department}/${labelled.seniority}`;
    console.log(`${labelled.lang}\t${said}\twant ${wanted}\t${labelled.title}`);
  }
}
for (const [lang, tally] of [...byLanguage].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(line(lang, tally));
}
console.log(line('all', overall));
