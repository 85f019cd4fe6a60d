/**
 * The lexicon's words found in one role of a title: whole words, word starts, compound heads with
 * the function words inside the compound, Chinese words anywhere; a word inside a longer one found
 * counts as part of it.
 */
import type { Language } from '../../lexicon';
import { hasHan, INDEX_KEY, type TermIndex, type TitleTerm, type Token, tokens } from './words';

/** A term found in a title, between two character offsets of its role. */
export interface Hit {
  term: TitleTerm;
  start: number;
  end: number;
}

/**
 * Inflected forms of a compound head read as the form the lexicon lists, each for its language:
 * German feminine "Leiterin", "Referentinnen"; Finnish plural "johtajat", with the strong grade
 * back ("päälliköt" is "päällikkö"). A Finnish genitive is no post but its complement:
 * "Toimitusjohtajan assistentti" assists the CEO.
 */
function baseForm(word: string): readonly [string, Language] | undefined {
  if (word.length > 6 && word.endsWith('innen')) return [word.slice(0, -5), 'de'];
  if (word.length > 5 && word.endsWith('in')) return [word.slice(0, -2), 'de'];
  if (word.length > 5 && word.endsWith('t')) {
    return [word.slice(0, -1).replace(/iko$/u, 'ikko'), 'fi'];
  }
  return undefined;
}

function matchWords(
  term: TitleTerm,
  words: readonly Token[],
  at: number,
  stem: boolean,
): number | undefined {
  let end = 0;
  for (let i = 0; i < term.words.length; i++) {
    const token = words[at + i];
    const want = term.words[i];
    if (!token || want === undefined) return undefined;
    if (stem ? !token.text.startsWith(want) : token.text !== want) return undefined;
    // A word start ends where the stem does: the rest of a compound may be its post.
    end = stem ? token.start + want.length : token.end;
  }
  return end;
}

const COMPOUNDING = new Set(['de', 'fi']);

/**
 * Function words inside a compound before its post head, where no word start shows them:
 * "Abimarkkinointivastaava", "Kommunikationsdesigner", "Debitorenbuchhalter".
 */
function innerFunctions(
  role: string,
  token: Token,
  headStart: number,
  index: TermIndex,
  hits: Hit[],
): void {
  for (let at = token.start + 1; at + INDEX_KEY <= headStart; at++) {
    for (const term of index.stems.get(role.slice(at, at + INDEX_KEY)) ?? []) {
      const text = term.words[0] ?? '';
      if (term.words.length !== 1 || term.entry.seniority || !COMPOUNDING.has(term.language)) {
        continue;
      }
      if (at + text.length <= headStart && role.startsWith(text, at)) {
        hits.push({ term, start: at, end: at + text.length });
      }
    }
  }
}

export function hitsOf(role: string, index: TermIndex): Hit[] {
  const hits: Hit[] = [];
  const words = tokens(role);
  for (let i = 0; i < words.length; i++) {
    const token = words[i];
    if (!token) continue;
    for (const term of index.words.get(token.text) ?? []) {
      const end = matchWords(term, words, i, false);
      if (end !== undefined) hits.push({ term, start: token.start, end });
    }
    for (const term of index.stems.get(token.text.slice(0, INDEX_KEY)) ?? []) {
      const end = matchWords(term, words, i, true);
      if (end !== undefined) hits.push({ term, start: token.start, end });
    }
    const base = baseForm(token.text);
    for (const form of [token.text, base?.[0]]) {
      if (!form) continue;
      for (const term of index.ends.get(form.slice(-INDEX_KEY)) ?? []) {
        const head = term.words[0] ?? '';
        if (!form.endsWith(head)) continue;
        if (form !== token.text && term.language !== base?.[1]) continue;
        const start = token.start + form.length - head.length;
        hits.push({ term, start, end: start + head.length });
        if (term.entry.seniority && start > token.start)
          innerFunctions(role, token, start, index, hits);
      }
    }
  }
  if (hasHan(role)) {
    for (let i = 0; i < role.length; i++) {
      for (const term of index.parts.get(role.charAt(i)) ?? []) {
        const text = term.words[0] ?? '';
        if (role.startsWith(text, i)) hits.push({ term, start: i, end: i + text.length });
      }
    }
  }
  // A word inside a longer one is that word's part: "Stellvertreter" is no "Vertreter".
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other.term.size > hit.term.size && other.start <= hit.start && hit.end <= other.end,
      ),
  );
}
