/** Small regex builders that respect Unicode word edges (JavaScript's \b does not know "ä" or "ж"). */

/** Whole words: "cfo" in "cfo, co-founder" but not in "cfos". */
export function word(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}])`, 'u');
}

/** Word starts, for stems that inflect: "финанс" matches "финансовый". */
export function stem(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${source})`, 'u');
}

/** Word ends, for compounds (German, Finnish): "leiter" in "büroleiter", "johtaja" in "talousjohtaja". */
export function ending(source: string): RegExp {
  return new RegExp(`(?:${source})(?![\\p{L}])`, 'u');
}

/** Anywhere, for scripts without spaces between words (Chinese). */
export function anywhere(source: string): RegExp {
  return new RegExp(source, 'u');
}

/** Lower case, NFKC, whitespace squashed: the form every title rule is written against. */
export function normalizeTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
