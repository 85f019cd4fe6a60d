import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/labels';
import { loadFixture, PAGE_URL, parseHtml } from '../fixtures';

describe('labels detector', () => {
  it('reads the managing directors an imprint names under a label, and the chair on one line', () => {
    const found = detect(loadFixture('labels/de-impressum.html'), PAGE_URL);
    expect(found.map((c) => [c.name, c.title])).toEqual([
      ['Dr. Hans Beispiel', 'Geschäftsführer'],
      ['Petra Muster', 'Geschäftsführer'],
      ['Konrad Weiß', 'Aufsichtsratsvorsitzender'],
    ]);
  });

  it('never takes a byline or a contact line for a team', () => {
    const names = detect(loadFixture('labels/de-impressum.html'), PAGE_URL).map((c) => c.name);
    expect(names).not.toContain('Lena Fischer');
    const doc = parseHtml('<p>Author: Jane Doe</p><p>Photo: Max Muster</p><p>Editor: Ann Lee</p>');
    expect(detect(doc, PAGE_URL)).toEqual([]);
  });

  it('reads several names after one label, in English', () => {
    const doc = parseHtml('<p>Managing Directors: Ann Lee, Bo Smith and Cara Diaz</p>');
    expect(detect(doc, PAGE_URL).map((c) => [c.name, c.title])).toEqual([
      ['Ann Lee', 'Managing Directors'],
      ['Bo Smith', 'Managing Directors'],
      ['Cara Diaz', 'Managing Directors'],
    ]);
  });
});
