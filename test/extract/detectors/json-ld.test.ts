import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/json-ld';
import { loadFixture, PAGE_URL, parseHtml, peopleIn } from '../fixtures';

const script = (json: string) => parseHtml(`<script type="application/ld+json">${json}</script>`);

describe('json-ld detector', () => {
  it.each([
    [
      'json-ld/company-graph.html',
      [
        ['Jonas Berg', 'CEO'],
        ['Nadia Petrova', 'Chief Technology Officer'],
        ["Liam O'Neill", 'Head of Procurement'],
      ],
    ],
    [
      'json-ld/schemaorg-organizationrole.html',
      [
        ['John Lennon', 'guitar, lead vocals'],
        ['Paul McCartney', 'bass guitar, lead vocals'],
        ['George Harrison', 'guitar, lead vocals'],
        ['Ringo Starr', 'drums'],
      ],
    ],
    [
      'json-ld/schemaorg-occupation.html',
      [['Albert Einstein', 'Patent examiner / Professor of Physics']],
    ],
    ['json-ld/schemaorg-scholarly-author.html', [['Dr. John Smith', undefined]]],
  ])('finds the people of %s with their titles', (path, expected) => {
    const found = detect(loadFixture(path), PAGE_URL).map((c) => [c.name, c.title]);
    expect(found).toEqual(expected);
  });

  it('reads the organisation a person is nested in, e-mail, photo and profile', () => {
    const found = detect(loadFixture('json-ld/company-graph.html'), PAGE_URL);
    expect(found.find((c) => c.name === 'Nadia Petrova')).toMatchObject({
      org: 'Kestrel Analytics',
      email: 'nadia@kestrel.example',
    });
    expect(found.find((c) => c.name === 'Jonas Berg')).toMatchObject({
      photoUrl: 'https://acme.example/img/jonas.jpg',
      profileUrl: 'https://www.example.net/in/jonasberg',
    });
  });

  it('puts the chip on the text that shows a data-only person', () => {
    const jonas = peopleIn('json-ld/company-graph.html').find((p) => p.name === 'Jonas Berg');
    expect(jonas?.element?.tagName).toBe('STRONG');
  });

  it('skips a malformed block and keeps reading the next one', () => {
    const doc = parseHtml(
      '<script type="application/ld+json">{"@type":"Person","name":</script>' +
        '<script type="application/ld+json">{"@type":"Person","name":"Ada Quinn","jobTitle":"CFO"}</script>',
    );
    expect(detect(doc, PAGE_URL).map((c) => c.name)).toEqual(['Ada Quinn']);
  });

  it('does not count news bylines as stakeholders, with or without a title', () => {
    expect(peopleIn('negative/news-bylines.html')).toEqual([]);
  });

  it('keeps a scholarly author tied to an organisation', () => {
    const doc = script(
      '{"@type":"ScholarlyArticle","author":{"@type":"Person","name":"Mia Holt","affiliation":{"@type":"Organization","name":"Lund University"}}}',
    );
    expect(detect(doc, PAGE_URL)).toMatchObject([{ name: 'Mia Holt', org: 'Lund University' }]);
  });

  it('reads people from top-level arrays and a schema: prefixed type', () => {
    const doc = script(
      '[{"@type":"schema:Person","name":"Ola Nordmann"},{"@type":"http://schema.org/Person","givenName":"Kari","familyName":"Nordmann"}]',
    );
    expect(detect(doc, PAGE_URL).map((c) => c.name)).toEqual(['Ola Nordmann', 'Kari Nordmann']);
  });

  it('ignores organisations and nameless people', () => {
    const doc = script(
      '{"@type":"Organization","name":"Acme","employee":{"@type":"Person","email":"x@acme.example"}}',
    );
    expect(detect(doc, PAGE_URL)).toEqual([]);
  });
});
