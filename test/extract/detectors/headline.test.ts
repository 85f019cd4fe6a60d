import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../lib/extract';
import { detect } from '../../../lib/extract/detectors/headline';
import { loadFixture, namesAndTitles, PAGE_URL, parseHtml, peopleIn } from '../fixtures';

describe('headline detector', () => {
  it('reads the person a network profile header names, with the headline under the name', () => {
    expect(detect(loadFixture('headline/de-network-profile.html'), PAGE_URL)).toMatchObject([
      { name: 'Dr. Annegret Fuchsberger', title: 'Leiterin Einkauf & Supply Chain Management' },
    ]);
  });

  it('shows the profile owner alone, never the references or the suggested contacts', () => {
    expect(namesAndTitles(peopleIn('headline/de-network-profile.html'))).toEqual([
      ['Dr. Annegret Fuchsberger', 'Leiterin Einkauf & Supply Chain Management'],
    ]);
  });

  it('reads a leader on their own bio page, with the colleagues the page links to', () => {
    expect(namesAndTitles(peopleIn('headline/en-bio-page.html'))).toEqual([
      ['Daniel Okafor', 'Chief Executive Officer'],
      ['Sofia Lindqvist', 'Chief Technology Officer'],
      ['Priya Natarajan', 'Chief Financial Officer'],
    ]);
  });

  it('does not take a firm named after its founders for a person', () => {
    const url = new URL('https://www.kerrigantait.example/');
    expect(findPeople(loadFixture('headline/en-founders-firm.html'), url)).toEqual([]);
  });

  it('needs a post under the name, and one h1 on the page', () => {
    expect(
      detect(parseHtml('<h1>Priya Natarajan</h1><p>Welcome to my page.</p>'), PAGE_URL),
    ).toEqual([]);
    expect(
      detect(
        parseHtml(
          '<h1>Priya Natarajan</h1><p>Chief Financial Officer</p><h1>Daniel Okafor</h1><p>CEO</p>',
        ),
        PAGE_URL,
      ),
    ).toEqual([]);
  });
});
