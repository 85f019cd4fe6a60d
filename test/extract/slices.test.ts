/** Detection in slices: a large page keeps its turn while Rolecall reads it, and loses nobody. */
import { describe, expect, it } from 'vitest';
import { detectInSlices, detectPeople } from '../../lib/extract';
import { PAGE_URL, parseHtml } from './fixtures';

const FIRST = ['Ada', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farah', 'Goran', 'Hana'];
const LAST = ['Berg', 'Costa', 'Dahl', 'Eriksen', 'Fischer', 'Garcia', 'Horvat', 'Ito'];
const POSTS = ['Chief Financial Officer', 'Head of Procurement', 'IT Director', 'Buyer'];

/** A grid of 300 invented people in cards, the shape of most team pages. */
function teamPage(): Document {
  const cards = Array.from({ length: 300 }, (_, i) => {
    const name = `${FIRST[i % 8]} ${LAST[Math.floor(i / 8) % 8]}-${LAST[Math.floor(i / 64) % 8]}`;
    return `<div class="member"><h3>${name}</h3><p class="role">${POSTS[i % 4]}</p></div>`;
  });
  return parseHtml(`<main><div class="grid">${cards.join('')}</div></main>`);
}

/** A clock that moves one millisecond each time it is read: every step takes time. */
function tickingClock(): { now: () => number; advance: (ms: number) => void } {
  let time = 0;
  return { now: () => ++time, advance: (ms) => (time += ms) };
}

describe('detection in slices', () => {
  it('gives the page its turn many times on a large page and finds the same people', async () => {
    const doc = teamPage();
    const expected = detectPeople(doc, PAGE_URL).people.map((p) => [p.name, p.title]);
    const clock = tickingClock();
    let pauses = 0;
    let longest = 0;
    let sliceStart = clock.now();
    const { people, gaveUp } = await detectInSlices(doc, PAGE_URL, {
      now: clock.now,
      sliceMs: 40,
      budgetMs: 1_000_000,
      pause: async () => {
        longest = Math.max(longest, clock.now() - sliceStart);
        pauses++;
        sliceStart = clock.now();
      },
    });
    expect(gaveUp).toBe(false);
    expect(people.map((p) => [p.name, p.title])).toEqual(expected);
    expect(expected).toHaveLength(300);
    // Hundreds of clock readings went by: the work paused many times, never long after 40.
    expect(pauses).toBeGreaterThan(10);
    expect(longest).toBeLessThan(50);
  });

  it('counts only its own time against the budget, not the time the page had', async () => {
    const doc = teamPage();
    const clock = tickingClock();
    const { people, gaveUp } = await detectInSlices(doc, PAGE_URL, {
      now: clock.now,
      sliceMs: 20,
      budgetMs: 1_000_000,
      // The page is busy for ten seconds each time it gets its turn.
      pause: async () => clock.advance(10_000),
    });
    expect(gaveUp).toBe(false);
    expect(people).toHaveLength(300);
  });

  it('lets another detection run between its slices without mixing the two pages', async () => {
    const team = teamPage();
    const other = parseHtml(
      '<div class="c"><h3>Ines Kowal</h3><p>CFO</p></div><div class="c"><h3>Jonas Dahl</h3><p>CTO</p></div>',
    );
    const clock = tickingClock();
    let interleaved: string[] = [];
    const big = detectInSlices(team, PAGE_URL, {
      now: clock.now,
      sliceMs: 30,
      pause: async () => {
        if (interleaved.length === 0) {
          interleaved = detectPeople(other, PAGE_URL).people.map((p) => p.name);
        }
      },
    });
    const { people } = await big;
    expect(interleaved).toEqual(['Ines Kowal', 'Jonas Dahl']);
    expect(people).toHaveLength(300);
  });
});
