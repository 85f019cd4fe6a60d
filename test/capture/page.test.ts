import { describe, expect, it } from 'vitest';
import { pageContext } from '../../lib/capture/page';

describe('pageContext suggests the account a page belongs to', () => {
  it.each([
    ['https://eu.shop.example.co.uk/about/team', 'example.co.uk', 'Example'],
    ['https://www.acme-corp.com/leadership', 'acme-corp.com', 'Acme Corp'],
    ['https://investors.northwind.de/vorstand#top', 'northwind.de', 'Northwind'],
    ['http://127.0.0.1:8080/team.html', '127.0.0.1', '127.0.0.1'],
  ])('%s → %s (%s)', (url, domain, name) => {
    expect(pageContext(url)).toEqual({ accountDomain: domain, accountName: name });
  });

  it("prefers the site's own name to one made from the domain", () => {
    expect(pageContext('https://www.nwa.example/team', 'Northwind Analytics').accountName).toBe(
      'Northwind Analytics',
    );
  });

  it('treats a profile on a people directory as the person, not as the directory', () => {
    expect(pageContext('https://www.linkedin.com/in/jane-doe-123/?trk=abc#experience')).toEqual({
      profileUrl: 'https://www.linkedin.com/in/jane-doe-123',
    });
  });

  it('suggests nothing for pages that are not on the web', () => {
    expect(pageContext('chrome://extensions')).toEqual({});
    expect(pageContext('not a url')).toEqual({});
  });
});
