/**
 * Sites where the rep turned on automatic recognition: what they typed becomes one registrable
 * domain, and the domain becomes the match patterns the browser's permission and content-script
 * APIs take. Pure, so the dashboard and the background agree on what a site covers.
 */
import { parse } from 'tldts';
import { type UiKey, uiText } from '../i18n/ui';
import type { Language } from '../model';

export const SITE_PROBLEMS = [
  'empty',
  'not-web',
  'not-a-site',
  'ip-address',
  'shared-suffix',
] as const;
export type SiteProblem = (typeof SITE_PROBLEMS)[number];

export type SiteParse = { ok: true; site: string } | { ok: false; problem: SiteProblem };

const PROBLEM_TEXT: Readonly<Record<SiteProblem, UiKey>> = {
  empty: 'site.empty',
  'not-web': 'site.notWeb',
  'not-a-site': 'site.notASite',
  'ip-address': 'site.ipAddress',
  'shared-suffix': 'site.sharedSuffix',
};

/**
 * The site a rep means by "linkedin.com", "https://www.linkedin.com/in/someone" or
 * "*.example.co.uk": its registrable domain, lower case and in ASCII (punycode), so the same
 * site is stored once however it was typed. Private suffixes count as shared ("github.io" is
 * not one site; "acme.github.io" is).
 */
export function parseSite(input: string): SiteParse {
  const typed = input.trim().replace(/^\*\./u, '');
  if (typed === '') return { ok: false, problem: 'empty' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/iu.test(typed) && !/^[^/:]+:\d+(\/|$)/u.test(typed);
  const url = URL.canParse(hasScheme ? typed : `https://${typed}`)
    ? new URL(hasScheme ? typed : `https://${typed}`)
    : undefined;
  if (!url) return { ok: false, problem: 'not-a-site' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'not-web' };
  const host = url.hostname.replace(/\.$/u, '');
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp || host.startsWith('[')) return { ok: false, problem: 'ip-address' };
  if (parsed.domain) return { ok: true, site: parsed.domain };
  // "com", "co.uk" or "github.io" is shared by many sites; "localhost" or "intranet" is no public site.
  const listed = parsed.isIcann === true || parsed.isPrivate === true;
  return { ok: false, problem: listed || host.includes('.') ? 'shared-suffix' : 'not-a-site' };
}

/** What to tell the rep about a site that could not be used, in their language. */
export function siteProblemText(problem: SiteProblem, language: Language, input: string): string {
  return uiText(language, PROBLEM_TEXT[problem], { input: input.trim() });
}

/** Match patterns for a site and every subdomain of it ("*." covers the bare domain too). */
export function sitePatterns(site: string): string[] {
  return [`https://*.${site}/*`, `http://*.${site}/*`];
}

/** The patterns for every site, for one permissions or content-script call. */
export function sitesPatterns(sites: readonly string[]): string[] {
  return sites.flatMap(sitePatterns);
}

/** The recognition site a page belongs to, if the rep turned one on for it. */
export function siteOfPage(pageUrl: string, sites: readonly string[]): string | undefined {
  if (!URL.canParse(pageUrl)) return undefined;
  const url = new URL(pageUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.replace(/\.$/u, '');
  return sites.find((site) => host === site || host.endsWith(`.${site}`));
}

/** The list with one more site, kept sorted; unchanged when the site is already on it. */
export function withSite(sites: readonly string[], site: string): string[] {
  return [...new Set([...sites, site])].sort();
}
