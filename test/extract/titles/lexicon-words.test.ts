/** Every title word of every language's lexicon reads its own example: the data checks itself. */
import { describe, expect, it } from 'vitest';
import { readPost, readTitleWith } from '../../../lib/extract/titles/read';
import { buildIndex, INDEX_KEY } from '../../../lib/extract/titles/words';
import { LEXICONS } from '../../../lib/lexicon';

describe.each(LEXICONS.map((lexicon) => [lexicon.language, lexicon] as const))(
  'the %s title words',
  (language, lexicon) => {
    it('each say something: a function, a level, or a deputy', () => {
      for (const word of lexicon.titles) {
        expect(
          word.department ?? word.seniority ?? word.deputy ?? word.whole,
          word.term,
        ).toBeDefined();
      }
    });

    it('each match their example on their own', () => {
      for (const word of lexicon.titles) {
        // A word naming the whole organisation says something only beside a post over it.
        if (word.whole) {
          expect(readPost(word.example).department, word.term).toBe('executive');
          continue;
        }
        const alone = buildIndex([{ language, titles: [{ ...word, deputy: undefined }] }]);
        const reading = readTitleWith(word.example, alone);
        if (word.deputy) continue;
        expect(reading.department !== 'unknown' || reading.seniority !== 'unknown', word.term).toBe(
          true,
        );
      }
    });

    it('have word starts long enough to look up', () => {
      for (const word of lexicon.titles) {
        if (word.match === 'stem' || word.match === 'end') {
          expect(word.term.length, word.term).toBeGreaterThanOrEqual(INDEX_KEY);
        }
      }
    });
  },
);
