/** Person-name normalisation: the key that makes a second tag of the same person an update. */

const HAN = /\p{Script=Han}/u;

/**
 * NFKC, case-folded, accents and punctuation dropped, whitespace collapsed. Spaces between
 * Chinese characters are dropped too, since "张 三" with an ideographic space is "张三".
 */
export function normalizeName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return folded.split(' ').reduce((joined, part) => {
    if (joined === '') return part;
    const glue = HAN.test(joined.at(-1) ?? '') && HAN.test(part[0] ?? '') ? '' : ' ';
    return joined + glue + part;
  }, '');
}
