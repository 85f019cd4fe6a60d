import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/microformats';
import { loadFixture, PAGE_URL, parseHtml } from '../fixtures';

describe('microformats detector', () => {
  it('reads an hCard (v1) with title, organisation and e-mail, and a nested contact', () => {
    const found = detect(loadFixture('microformats/v1-multiple.html'), PAGE_URL);
    expect(found).toMatchObject([
      { name: 'John Doe', title: 'Creative Director', org: 'Madgex', email: 'john.doe@madgex.com' },
      { name: 'Dave Doe' },
    ]);
  });

  it('does not take an organisation card for a person', () => {
    expect(detect(loadFixture('microformats/mixed-org-only.html'), PAGE_URL)).toEqual([]);
    const nested = detect(loadFixture('microformats/mf2-nested-org.html'), PAGE_URL);
    expect(nested.map((c) => c.name)).toEqual(['Mitchell Baker']);
  });

  it('implies an h-card name from an image alt or the text, as mf2 parsers do', () => {
    const names = detect(loadFixture('microformats/mf2-impliedname.html'), PAGE_URL).map(
      (c) => c.name,
    );
    // An image inside the text reads as its alt; a card holding another card implies no name.
    expect(names).toEqual([
      'Jane Doe',
      'Jane Doe',
      'Jane Doe',
      'Jane Doe',
      'Jane Doe',
      'Jane Doe',
      'Jane Doe',
      'Jane Doe',
      'Jane Doe',
      'John Doe',
      'John Doe',
      'John Doe',
      'John Doe Jr.',
    ]);
  });

  it('reads mf2 job title, organisation, e-mail and photo', () => {
    const doc = parseHtml(`
      <div class="h-card">
        <img class="u-photo" src="/p/lea.jpg" alt="">
        <span class="p-name">Lea Fischer</span> – <span class="p-job-title">Head of IT</span>
        at <span class="p-org">Fischer Bau GmbH</span>
        <a class="u-email" href="mailto:lea@fischer.example">mail</a>
      </div>`);
    expect(detect(doc, PAGE_URL)).toMatchObject([
      {
        name: 'Lea Fischer',
        title: 'Head of IT',
        org: 'Fischer Bau GmbH',
        email: 'lea@fischer.example',
        photoUrl: 'https://acme.example/p/lea.jpg',
      },
    ]);
  });

  it('never reads a card inside a template', () => {
    const doc = parseHtml(
      '<template><div class="h-card"><span class="p-name">Ghost Person</span></div></template>',
    );
    expect(detect(doc, PAGE_URL)).toEqual([]);
  });
});
