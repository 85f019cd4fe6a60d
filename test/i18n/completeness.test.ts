import { describe, expect, it } from 'vitest';
import { placeholders } from '../../lib/i18n';
import { LANGUAGES } from '../../lib/model';
import { LABELS, SENTENCES } from './entries';

const ALL = [...SENTENCES, ...LABELS];

describe('every translated entry', () => {
  it.each(ALL)('%s has all six languages, non-empty', (_name, text) => {
    expect(Object.keys(text).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      expect(text[language].trim(), language).not.toBe('');
      expect(text[language], language).toBe(text[language].trim());
    }
  });

  it.each(ALL)('%s uses the same placeholders in every language', (_name, text) => {
    for (const language of LANGUAGES) {
      expect(placeholders(text[language]), language).toEqual(placeholders(text.en));
    }
  });
});

describe('sentences are really written in each language', () => {
  it.each(SENTENCES)('%s', (_name, text) => {
    expect(text.ru).toMatch(/\p{Script=Cyrillic}/u);
    expect(text.zh).toMatch(/\p{Script=Han}/u);
    for (const language of ['id', 'fi', 'de'] as const) {
      expect(text[language], language).not.toBe(text.en);
    }
  });

  it('covers a good number of them (guards against an entry list gone empty)', () => {
    expect(SENTENCES.length).toBeGreaterThan(80);
    expect(LABELS.length).toBeGreaterThan(100);
  });
});
