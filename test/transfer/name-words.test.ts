/** Every word in the name lists does what its example says, so a new word comes with its proof. */
import { describe, expect, it } from 'vitest';
import { splitName } from '../../lib/transfer';
import { NAME_WORDS } from '../../lib/transfer/name-words';

const wordsIn = (text: string) =>
  text.split(' ').map((word) => word.toLowerCase().replace(/[.,]/gu, ''));

describe('name words, each with its example', () => {
  it.each(NAME_WORDS.SUFFIXES)('suffix %s stays with the last name: %s', (word, example) => {
    const { first, last } = splitName(example);
    expect(wordsIn(last)).toContain(word);
    expect(wordsIn(first)).not.toContain(word);
  });

  it.each(NAME_WORDS.PREFIXES)('title %s stays with the first name: %s', (word, example) => {
    const { first, last } = splitName(example, example.includes('Петров') ? ['example.ru'] : []);
    expect(wordsIn(first)[0]).toBe(word);
    expect(last).not.toBe('');
    expect(wordsIn(last)).not.toContain(word);
  });

  it.each(NAME_WORDS.PARTICLES)('particle %s opens the last name: %s', (word, example) => {
    expect(wordsIn(splitName(example).last)).toContain(word);
  });
});
