/**
 * Detection as steps. Reading a large page is long work; done in one task it freezes the page the
 * rep is reading (a 2,000-person page held the main thread for over a second). Long loops are
 * generators that yield between units of work (a card, a record, a stretch of the walk); the
 * caller decides what a yield means: nothing in tests and tools (`finish`), the event loop's
 * turn in a page once a slice has lasted long enough (`inSlices`).
 */

/** Work that yields between its units and returns `T` at the end. */
export type Steps<T> = Generator<undefined, T, undefined>;

/** Run `steps` to the end in one go. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** The longest the work runs before the page gets its turn (the bound is 50 ms). */
  sliceMs: number;
  now: () => number;
  /** Gives the event loop its turn: input, rendering and the page's own scripts run meanwhile. */
  pause: () => Promise<void>;
}

/** A task of its own: input and rendering run first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Run `steps`, pausing whenever the current slice has run `sliceMs`; resolves with their result. */
export async function inSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<T> {
  let sliceStart = options.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (options.now() - sliceStart >= options.sliceMs) {
      await options.pause();
      sliceStart = options.now();
    }
  }
}
