/**
 * The language a page is written in, for the question language of a new account: its lang
 * attribute, else what the script (and for Latin script, the commonest words) of its text says.
 * Pure DOM reading, so the panel can run it on the page.
 */

/** Words frequent in running text of each Latin-script language we speak, and rare in the others. */
const COMMON_WORDS: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['en', new Set(['the', 'and', 'of', 'our', 'with', 'for', 'is', 'we'])],
  ['de', new Set(['und', 'der', 'die', 'das', 'mit', 'für', 'ist', 'wir', 'unser', 'von'])],
  ['fi', new Set(['ja', 'on', 'että', 'myös', 'meidän', 'ovat', 'sekä', 'kanssa'])],
  ['id', new Set(['dan', 'yang', 'di', 'kami', 'untuk', 'dengan', 'dari', 'ini'])],
];

/** Enough text to tell scripts and common words apart, little enough to stay cheap on any page. */
const SAMPLE = 5_000;

function fromText(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE);
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  const han = count(/\p{Script=Han}/gu);
  const latin = count(/\p{Script=Latin}/gu);
  const most = Math.max(cyrillic, han, latin);
  if (most < 20) return undefined;
  if (most === cyrillic) return 'ru';
  if (most === han) return 'zh';
  const words = sample.toLowerCase().split(/[^\p{L}]+/u);
  const scores = COMMON_WORDS.map(([language, common]) => ({
    language,
    hits: words.filter((word) => common.has(word)).length,
  })).sort((a, b) => b.hits - a.hits);
  const [best, next] = scores;
  // Too few common words, or a tie, says nothing we can trust.
  if (!best || best.hits < 3 || (next && next.hits * 2 > best.hits)) return undefined;
  return best.language;
}

export function pageLanguageOf(doc: Document): string | undefined {
  const declared = doc.documentElement.getAttribute('lang')?.trim();
  if (declared) return declared.slice(0, 35);
  return fromText(doc.body?.textContent ?? '');
}
