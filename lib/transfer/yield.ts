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
 * each yield costs a trip through the event loop and yielding on every call would slow imports down.
 */
export function timeSlicer(budgetMs = 12): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < budgetMs) return undefined;
    return nextTask().then(() => {
      sliceStart = performance.now();
    });
  };
}

/**
 * A new task, so clicks, paints and timers run first. A message rather than a timer: timers
 * wait at least 1 ms (4 ms when nested in browsers), which over hundreds of slices is idle time.
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      // A port left open would keep a worker or Node process alive.
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
