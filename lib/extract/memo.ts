/** Remembering what a piece of text was judged to be: team pages repeat titles, and pages repeat templates. */

/** `judge` memoised per text; the cache is dropped whole when full, so memory stays bounded. */
export function memoByText<T>(judge: (text: string) => T, limit = 4_096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const value = judge(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
