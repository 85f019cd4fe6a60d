/** One benchmark figure, as `npm run bench` prints it: a value and the floor measured in the same run. */
export interface BenchFigure {
  bench: string;
  value: number;
  unit: string;
  /** The cheapest possible way to do the same work, measured in the same run and unit. */
  floor: number;
  ratio: number;
}

export function figure(bench: string, value: number, floor: number, unit = 'ms'): BenchFigure {
  return { bench, value: round(value), unit, floor: round(floor), ratio: round(value / floor) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Median wall time of `runs` calls of `work`, after one warm-up call. */
export async function medianMs(work: () => unknown, runs = 5): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
