/** Cooperative time slicing: long imports give the event loop back so a page stays responsive. */

export interface Progress {
  phase: 'reading' | 'parsing' | 'checking' | 'planning' | 'writing';
  /** Units done so far: bytes while reading, characters while parsing, records afterwards. */
  done: number;
  total: number;
}

export type ProgressListener = (progress: Progress) => void;

/**
 * Returns a function to call often; it yields only once `budgetMs` of work has passed, since
 * browsers clamp nested timers to 4 ms and yielding on every call would slow imports down.
 */
export function timeSlicer(budgetMs = 12): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < budgetMs) return undefined;
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        sliceStart = performance.now();
        resolve();
      }, 0);
    });
  };
}
