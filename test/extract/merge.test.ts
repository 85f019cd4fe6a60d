import { describe, expect, it } from 'vitest';
import type { Candidate, Detector } from '../../lib/extract';
import { detectPeople, findPeople, toSerializable } from '../../lib/extract';
import { fixtureFiles, loadFixture, PAGE_URL, parseHtml } from './fixtures';

const fixed = (id: string, kind: Detector['kind'], candidates: Candidate[]): Detector => ({
  id,
  kind,
  method: kind === 'structured' ? 'structured-data' : 'page-layout',
  detect: () => candidates,
});

describe('findPeople', () => {
  it('merges one person found by two detectors, structured data first, layout only filling gaps', () => {
    const doc = parseHtml('<h3>Ada Quinn</h3>');
    const h3 = doc.querySelector('h3') ?? undefined;
    const { people } = detectPeople(doc, PAGE_URL, {
      detectors: [
        fixed('json-ld', 'structured', [
          {
            name: 'Ada Quinn',
            title: 'CFO',
            evidence: { detector: 'json-ld', method: 'structured-data', confidence: 0.95 },
          },
        ]),
        fixed('cards', 'layout', [
          {
            name: 'ada  QUINN',
            title: 'Finance',
            email: 'ada@acme.example',
            element: h3,
            evidence: { detector: 'cards', method: 'page-layout', confidence: 0.6 },
          },
        ]),
      ],
    });
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Ada Quinn', title: 'CFO', email: 'ada@acme.example' });
    expect(people[0]?.element).toBe(h3);
    expect(people[0]?.evidence.map((e) => e.detector)).toEqual(['json-ld', 'cards']);
  });

  it('keeps one Mozilla executive per name though microdata and hCard both describe them', () => {
    const people = findPeople(loadFixture('microdata/mozilla-leadership.html'), PAGE_URL);
    expect(people).toHaveLength(9);
    expect(people[0]?.evidence.map((e) => e.detector)).toEqual(['microdata', 'microformats']);
  });

  it.each(fixtureFiles('negative'))(
    'finds nobody on %s (news, bylines, job ads, forum ranks, quotes, an infobox)',
    (file) => {
      expect(findPeople(loadFixture(`negative/${file}`), PAGE_URL)).toEqual([]);
    },
  );

  it('keeps going when a detector throws, and says which', () => {
    const result = detectPeople(parseHtml(''), PAGE_URL, {
      detectors: [
        {
          id: 'broken',
          kind: 'structured',
          method: 'structured-data',
          detect: () => {
            throw new Error('boom');
          },
        },
        fixed('cards', 'layout', [
          {
            name: 'Ada Quinn',
            evidence: { detector: 'cards', method: 'page-layout', confidence: 0.6 },
          },
        ]),
      ],
    });
    expect(result.failed).toEqual(['broken']);
    expect(result.people.map((p) => p.name)).toEqual(['Ada Quinn']);
  });

  it('gives up when the time budget runs out, keeps what it found, and says so', () => {
    let clock = 0;
    const ran: string[] = [];
    const result = detectPeople(parseHtml(''), PAGE_URL, {
      budgetMs: 10,
      now: () => clock,
      detectors: [
        {
          id: 'slow',
          kind: 'structured',
          method: 'structured-data',
          detect: () => {
            ran.push('slow');
            clock += 50;
            return [
              {
                name: 'Ada Quinn',
                evidence: { detector: 'slow', method: 'structured-data', confidence: 0.9 },
              },
            ];
          },
        },
        {
          id: 'never',
          kind: 'layout',
          method: 'page-layout',
          detect: () => {
            ran.push('never');
            return [];
          },
        },
      ],
    });
    expect(result.gaveUp).toBe(true);
    expect(ran).toEqual(['slow']);
    expect(result.people.map((p) => p.name)).toEqual(['Ada Quinn']);
  });

  it('serialises a person without the DOM element', () => {
    const [person] = findPeople(loadFixture('cards/fi-board.html'), PAGE_URL);
    expect(person?.element).toBeDefined();
    const plain = person ? toSerializable(person) : undefined;
    expect(plain && 'element' in plain).toBe(false);
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });

  it('leaves out the people under a "Past Boards" heading, and keeps the current board', () => {
    const board = (names: string[]) =>
      `<dl>${names.map((n, i) => `<dt><h6>${n}</h6></dt><dd>${['President', 'Treasurer', 'Secretary'][i]}</dd>`).join('')}</dl>`;
    const doc = parseHtml(`
      <h1>Board</h1>${board(['Wendell Ashby', 'Corinne Vale', 'Hugo Brandt'])}
      <h2>Past Boards</h2>
      <h6>2019-2020</h6>${board(['Mabel Trent', 'Osric Lyle', 'Petra Quill'])}
      <h6>2018-2019</h6>${board(['Rufus Kade', 'Selma Orr', 'Tobias Wren'])}
      <h2>Contact</h2>${board(['Ulla Marsh', 'Vance Pell', 'Wilma Stone'])}`);
    expect(findPeople(doc, PAGE_URL).map((p) => p.name)).toEqual([
      'Wendell Ashby',
      'Corinne Vale',
      'Hugo Brandt',
      'Ulla Marsh',
      'Vance Pell',
      'Wilma Stone',
    ]);
  });

  it('parts two people written as one name beside one post, and keeps a four-word name whole', () => {
    const row = (name: string, post: string) =>
      `<tr><td class="name">${name}</td><td>${post}</td></tr>`;
    const doc = parseHtml(`<table><tr><th>Name</th><th>Position</th></tr>
      ${row('Laura Vogtmann &nbsp; Peter Kessling', 'Webmaster')}
      ${row('Mary Ann Elizabeth Smith', 'Treasurer')}
      ${row('Hugo Brandt', 'President')}</table>`);
    expect(findPeople(doc, PAGE_URL).map((p) => [p.name, p.title])).toEqual([
      ['Laura Vogtmann', 'Webmaster'],
      ['Peter Kessling', 'Webmaster'],
      ['Mary Ann Elizabeth Smith', 'Treasurer'],
      ['Hugo Brandt', 'President'],
    ]);
  });
});
