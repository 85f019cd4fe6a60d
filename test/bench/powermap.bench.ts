/** Power map layout for 80 people, against one plain depth-first walk of the same reporting tree. */
import { layoutPowerMap } from '../../lib/powermap';
import { largeCommittee } from '../powermap/people';
import { type BenchFigure, figure, medianMs, sized } from './figure';

const RUNS = sized(1_000, 10);

export default async function (): Promise<BenchFigure[]> {
  const people = largeCommittee(80);
  const missingRoles = ['procurement', 'champion'] as const;
  const layout = await medianMs(() => {
    for (let i = 0; i < RUNS; i++) layoutPowerMap(people, { missingRoles });
  });
  // The least any layout must do: group people under their managers and visit each once.
  const floor = await medianMs(() => {
    for (let i = 0; i < RUNS; i++) {
      const children = new Map<string | undefined, string[]>();
      for (const p of people) {
        const list = children.get(p.reportsToId);
        if (list) list.push(p.id);
        else children.set(p.reportsToId, [p.id]);
      }
      const ids = new Set(people.map((p) => p.id));
      const todo = people.filter((p) => !p.reportsToId || !ids.has(p.reportsToId)).map((p) => p.id);
      let visited = 0;
      for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
        visited++;
        todo.push(...(children.get(next) ?? []));
      }
      if (visited !== people.length) throw new Error('the walk missed people');
    }
  });
  return [figure(`power map: layout, 80 people (x${RUNS})`, layout, floor)];
}
