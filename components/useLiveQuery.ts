/** Dexie liveQuery as a Preact hook: the view re-renders whenever the data it read changes. */
import { liveQuery } from 'dexie';
import { type Inputs, useEffect, useState } from 'preact/hooks';

export type Live<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: string };

export function useLiveQuery<T>(query: () => Promise<T>, inputs: Inputs): Live<T> {
  const [live, setLive] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setLive({ status: 'ready', value }),
      error: (error: unknown) => setLive({ status: 'failed', error: String(error) }),
    });
    return () => subscription.unsubscribe();
  }, inputs);
  return live;
}
