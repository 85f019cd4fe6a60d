import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/rdfa';
import { loadFixture, PAGE_URL, parseHtml } from '../fixtures';

describe('rdfa detector', () => {
  it.each([
    ['rdfa/schemaorg-professor.html', [['Jane Doe', 'Professor']]],
    ['rdfa/schemaorg-performer.html', [['Jaap van Zweden', undefined]]],
  ])('reads %s', (path, expected) => {
    expect(detect(loadFixture(path), PAGE_URL).map((c) => [c.name, c.title])).toEqual(expected);
  });

  it('takes the link target for a URL property and the link text for a name', () => {
    const doc = parseHtml(`
      <div vocab="https://schema.org/" typeof="Person">
        <a property="name url" href="/people/otto">Otto Keller</a>
        <span property="schema:jobTitle">Leiter Einkauf</span>
      </div>`);
    expect(detect(doc, PAGE_URL)).toMatchObject([
      {
        name: 'Otto Keller',
        title: 'Leiter Einkauf',
        profileUrl: 'https://acme.example/people/otto',
      },
    ]);
  });
});
