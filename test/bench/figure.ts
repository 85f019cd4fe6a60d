/** One benchmark figure, as `npm run bench` prints it: a value and the floor measured in the same run. */
export interface BenchFigure {
  bench: string;
  value: number;
  unit: string;
  /** The cheapest possible way to do the same work, measured in the same run and unit. */
  floor: number;
  ratio: number;
}

/** `npm run bench -- --quick` (CI): small sizes and one repetition, to prove each bench runs. */
export const QUICK = process.env.ROLECALL_BENCH_QUICK === '1';

/** The full size, or the small one in quick mode. */
export function sized(full: number, quick: number): number {
  return QUICK ? quick : full;
}

export function figure(bench: string, value: number, floor: number, unit = 'ms'): BenchFigure {
  return { bench, value: round(value), unit, floor: round(floor), ratio: round(value / floor) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Median wall time of `runs` calls of `work` (one in quick mode), after one warm-up call. */
export async function medianMs(work: () => unknown, runs = 5): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < sized(runs, 1); i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
