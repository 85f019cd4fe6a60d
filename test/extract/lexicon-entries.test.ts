/** The lexicon's other entries check themselves too: each example reads as its entry says. */
import { describe, expect, it } from 'vitest';
import { namesInList } from '../../lib/extract/names';
import { COLUMN_HEADINGS, LEXICONS } from '../../lib/lexicon';

const NAME_COLUMN = new RegExp(COLUMN_HEADINGS.name.join('|'), 'iu');
const POST_COLUMN = new RegExp(COLUMN_HEADINGS.post.join('|'), 'iu');

describe.each(LEXICONS.map((lexicon) => [lexicon.language, lexicon] as const))(
  'the %s lexicon',
  (_language, lexicon) => {
    it('names the name column and the post column of a table by their headings', () => {
      for (const entry of lexicon.nameColumns) expect(entry.example).toMatch(NAME_COLUMN);
      for (const entry of lexicon.postColumns) expect(entry.example).toMatch(POST_COLUMN);
    });

    it('parts two people joined by its list words', () => {
      for (const entry of lexicon.listJoiners) {
        expect(namesInList(entry.example), entry.term).toHaveLength(2);
      }
    });
  },
);
