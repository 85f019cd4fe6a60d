import { describe, expect, it } from 'vitest';
import {
  parseSite,
  SITE_PROBLEMS,
  siteOfPage,
  sitePatterns,
  siteProblemText,
  sitesPatterns,
  withSite,
} from '../../lib/recognition/sites';

describe('what a rep types as a site', () => {
  it.each([
    ['linkedin.com', 'linkedin.com'],
    ['  LinkedIn.COM  ', 'linkedin.com'],
    ['www.linkedin.com', 'linkedin.com'],
    ['https://www.linkedin.com/in/jane-doe?trk=1', 'linkedin.com'],
    ['http://northwind.example.co.uk/team', 'example.co.uk'],
    ['*.contoso.com', 'contoso.com'],
    ['contoso.com:8443/leadership', 'contoso.com'],
    ['acme.github.io', 'acme.github.io'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['linkedin.com.', 'linkedin.com'],
  ])('%s is the site %s', (typed, site) => {
    expect(parseSite(typed)).toEqual({ ok: true, site });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://files.example.com', 'not-web'],
    ['mailto:jane@example.com', 'not-web'],
    ['javascript:alert(1)', 'not-web'],
    ['chrome://extensions', 'not-web'],
    ['linked in.com', 'not-a-site'],
    ['localhost', 'not-a-site'],
    ['intranet', 'not-a-site'],
    ['192.168.0.10', 'ip-address'],
    ['http://[::1]/', 'ip-address'],
    ['com', 'shared-suffix'],
    ['co.uk', 'shared-suffix'],
    ['github.io', 'shared-suffix'],
  ])('%j is refused as %s', (typed, problem) => {
    expect(parseSite(typed)).toEqual({ ok: false, problem });
  });

  it('explains every problem in every language, quoting what was typed', () => {
    for (const problem of SITE_PROBLEMS) {
      for (const language of ['en', 'ru', 'zh', 'id', 'fi', 'de'] as const) {
        const text = siteProblemText(problem, language, '  co.uk ');
        expect(text.length, `${problem} ${language}`).toBeGreaterThan(10);
        expect(text).not.toMatch(/\{\w+\}/u);
      }
    }
    expect(siteProblemText('shared-suffix', 'en', ' co.uk ')).toBe(
      '"co.uk" is shared by many sites. Enter one site, such as example.co.uk.',
    );
  });
});

describe('match patterns for a site', () => {
  it('covers the site and its subdomains over https and http, and nothing else', () => {
    expect(sitePatterns('linkedin.com')).toEqual([
      'https://*.linkedin.com/*',
      'http://*.linkedin.com/*',
    ]);
    expect(sitesPatterns(['a.com', 'b.org'])).toEqual([
      'https://*.a.com/*',
      'http://*.a.com/*',
      'https://*.b.org/*',
      'http://*.b.org/*',
    ]);
  });

  it('finds the site a page belongs to, not a lookalike domain', () => {
    const sites = ['linkedin.com', 'contoso.com'];
    expect(siteOfPage('https://www.linkedin.com/in/jane', sites)).toBe('linkedin.com');
    expect(siteOfPage('https://linkedin.com/', sites)).toBe('linkedin.com');
    expect(siteOfPage('https://investors.contoso.com/board', sites)).toBe('contoso.com');
    expect(siteOfPage('https://notlinkedin.com/', sites)).toBeUndefined();
    expect(siteOfPage('https://linkedin.com.evil.example/', sites)).toBeUndefined();
    expect(siteOfPage('file:///home/linkedin.com', sites)).toBeUndefined();
    expect(siteOfPage('not a url', sites)).toBeUndefined();
  });

  it('keeps the list sorted and without repeats', () => {
    expect(withSite(['linkedin.com'], 'contoso.com')).toEqual(['contoso.com', 'linkedin.com']);
    expect(withSite(['linkedin.com'], 'linkedin.com')).toEqual(['linkedin.com']);
  });
});
