import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/microdata';
import { loadFixture, PAGE_URL, parseHtml } from '../fixtures';

describe('microdata detector', () => {
  it('finds every executive on the Mozilla leadership page with the title shown', () => {
    const found = detect(loadFixture('microdata/mozilla-leadership.html'), PAGE_URL);
    expect(found.map((c) => [c.name, c.title])).toEqual([
      ['Laura Chambers', 'Chief Executive Officer'],
      ['Ian Carmichael', 'SVP of Firefox'],
      ['Dani Chehak', 'Chief People Officer'],
      ['Eric Muhlheim', 'Chief Financial Officer'],
      ['Lindsey O’Brien', 'Chief Marketing Officer'],
      ['Steve Teixeira', 'Chief Product Officer'],
      ['Carlos Torres', 'Chief Legal Officer'],
      ['Imo Udom', 'SVP of Innovation Ecosystems'],
      ['Suba Vasudevan', 'SVP of Strategy and Operations'],
    ]);
  });

  it('anchors the chip on the visible name heading', () => {
    const [first] = detect(loadFixture('microdata/mozilla-leadership.html'), PAGE_URL);
    expect(first?.element?.textContent).toBe('Laura Chambers');
  });

  it.each([
    ['microdata/schemaorg-professor.html', [['Jane Doe', 'Professor']]],
    ['microdata/schemaorg-performer.html', [['Jaap van Zweden', undefined]]],
  ])('reads %s', (path, expected) => {
    expect(detect(loadFixture(path), PAGE_URL).map((c) => [c.name, c.title])).toEqual(expected);
  });

  it('reads e-mail from a mailto link', () => {
    const [jane] = detect(loadFixture('microdata/schemaorg-professor.html'), PAGE_URL);
    expect(jane?.email).toBe('jane-doe@xyz.edu');
  });

  it('does not give a nested item’s name to the person around it', () => {
    const doc = parseHtml(`
      <div itemscope itemtype="https://schema.org/Person">
        <span itemprop="name">Rosa Lind</span>
        <div itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Lind AB</span></div>
      </div>`);
    expect(detect(doc, PAGE_URL)).toMatchObject([{ name: 'Rosa Lind', org: 'Lind AB' }]);
  });
});
