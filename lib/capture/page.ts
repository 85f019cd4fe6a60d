/** What a page tells us about the account and the person: registrable domain, profile links. */
import { parse } from 'tldts';

/**
 * Sites whose pages are about people, not about the company that hosts them: tagging someone
 * on a profile there must not file them under the directory's own domain.
 */
const PEOPLE_DIRECTORIES = new Set([
  'linkedin.com',
  'xing.com',
  'github.com',
  'gitlab.com',
  'twitter.com',
  'x.com',
  'facebook.com',
  'vk.com',
  'hh.ru',
  'maimai.cn',
  'zhihu.com',
  'crunchbase.com',
  'wellfound.com',
  'theorg.com',
]);

export interface PageContext {
  /** Registrable domain of the company whose page this is; absent on people directories. */
  accountDomain?: string;
  /** A suggested account name from the domain or the site's own name. */
  accountName?: string;
  /** On a people directory, the page itself is the person's profile. */
  profileUrl?: string;
}

export function pageContext(pageUrl: string, siteName?: string): PageContext {
  const url = URL.canParse(pageUrl) ? new URL(pageUrl) : undefined;
  if (!url || !/^https?:$/u.test(url.protocol)) return {};
  const parsed = parse(url.hostname);
  const domain = parsed.domain ?? url.hostname;
  if (PEOPLE_DIRECTORIES.has(domain)) {
    return { profileUrl: `${url.origin}${url.pathname.replace(/\/+$/u, '')}` };
  }
  const fromDomain = parsed.domainWithoutSuffix ? titleCase(parsed.domainWithoutSuffix) : domain;
  const name = siteName?.trim() || fromDomain;
  return { accountDomain: domain.toLowerCase(), accountName: name.slice(0, 200) };
}

/** The account domain of whatever page a tab shows, for picking the popup's account. */
export function registrableDomain(pageUrl: string): string | undefined {
  return pageContext(pageUrl).accountDomain;
}

function titleCase(label: string): string {
  return label
    .split(/[-_]+/u)
    .filter((word) => word !== '')
    .map((word) => (word[0] ?? '').toUpperCase() + word.slice(1))
    .join(' ');
}
