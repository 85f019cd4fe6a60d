import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/profile';
import { loadFixture, PAGE_URL, parseHtml, peopleIn } from '../fixtures';

describe('profile detector', () => {
  it('finds the signed-in profile owner with the latest job, not the headline', () => {
    expect(detect(loadFixture('profile/signed-in.html'), PAGE_URL)).toMatchObject([
      {
        name: 'Marta Kowalczyk',
        title: 'Head of Financial Planning',
        org: 'Nordlicht Logistics',
        photoUrl: 'https://media.example.net/marta-400.jpg',
      },
    ]);
  });

  it('reads the latest role when positions are grouped under one company', () => {
    expect(detect(loadFixture('profile/signed-in-grouped.html'), PAGE_URL)).toMatchObject([
      { name: 'Priya Raman', title: 'Scrum Master - Software Engineer', org: 'Harbor Bank' },
    ]);
  });

  it.each(['profile/signed-in.html', 'profile/public.html'])(
    'shows only the profile owner on %s, never "people also viewed"',
    (path) => {
      const people = peopleIn(path);
      expect(people.map((p) => p.name)).toEqual(['Marta Kowalczyk']);
      expect(people[0]?.title).toBe('Head of Financial Planning');
    },
  );

  it('finds nobody on a login wall', () => {
    expect(peopleIn('profile/login-wall.html')).toEqual([]);
  });

  it('reads the owner of an older signed-in layout, not the people listed beside them', () => {
    const doc = parseHtml(`
      <section class="pv-top-card-section"><h1 class="pv-top-card-section__name">Lena Holm</h1>
        <h2 class="pv-top-card-section__headline">Chief Financial Officer at Nordvik</h2></section>
      <aside><h2>People also viewed</h2><ul><li><span>Ola Berg</span><span>CTO at Nordvik</span></li>
        <li><span>Eva Lund</span><span>CEO at Fjord</span></li></ul></aside>`);
    expect(detect(doc, PAGE_URL)).toMatchObject([
      { name: 'Lena Holm', title: 'Chief Financial Officer at Nordvik' },
    ]);
  });
});
