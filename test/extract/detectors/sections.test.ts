import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/sections';
import { loadFixture, PAGE_URL, parseHtml } from '../fixtures';

describe('sections detector', () => {
  it('reads a heading per person and the title under it, not the people a bio mentions', () => {
    const found = detect(loadFixture('sections/en-handbook.html'), PAGE_URL);
    expect(found.map((c) => [c.name, c.title, c.email])).toEqual([
      ['Quentin Marsh', 'CEO, co-founder, Board of Directors', 'p0@acme.example'],
      ['Beatrix Lowe', 'CTO, co-founder', 'p1@acme.example'],
      ['Ivan Petrov', 'VP Finance', 'p2@acme.example'],
      ['Hana Kobayashi', 'Head of Procurement', 'p3@acme.example'],
    ]);
    expect(found.map((c) => c.element?.tagName)).toEqual(['H3', 'H3', 'H3', 'H3']);
  });

  it('reads a definition list of names and roles', () => {
    expect(
      detect(loadFixture('sections/fi-dl-board.html'), PAGE_URL).map((c) => [c.name, c.title]),
    ).toEqual([
      ['Mikko Virtanen', 'Toimitusjohtaja'],
      ['Laura Nieminen', 'Talousjohtaja'],
      ['Juha Mäkinen', 'Tietohallintojohtaja'],
    ]);
  });

  it('takes the one card under a heading that says the section is people', () => {
    expect(detect(loadFixture('sections/en-lone-instructor.html'), PAGE_URL)).toMatchObject([
      {
        name: 'Ada Lindgren, PhD',
        title: 'Associate Professor, Biostatistics',
        profileUrl: 'https://acme.example/instructor/315',
      },
    ]);
  });

  it('does not read an article’s headings as people', () => {
    const doc = parseHtml(
      '<article><h2>Getting Started</h2><p>Install the package.</p><h2>Advanced Usage</h2><p>Configure the options.</p><h2>Team Notes</h2><p>Chief Executive Officer</p></article>',
    );
    expect(detect(doc, PAGE_URL)).toEqual([]);
  });
});
