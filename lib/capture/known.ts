/**
 * Which of the people found on a page are already in the map, with their roles, and where the
 * page says something else than the map (another title, another company): the map may be stale.
 */
import { accountByDomain, findSamePerson, type RolecallDatabase } from '../db';
import type { FoundPersonRef, KnownMatch, KnownPeople } from '../messages/protocol';
import { normalizeName } from '../model';
import { pageContext } from './page';

/** Titles and company names compared the way a reader would: case, accents and punctuation aside. */
function same(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

/** "Globex" and "Globex Corporation" are one company to a reader. */
function sameCompany(onPage: string, stored: string): boolean {
  const page = normalizeName(onPage);
  const account = normalizeName(stored);
  return page === account || page.startsWith(`${account} `) || account.startsWith(`${page} `);
}

export async function knownPeople(
  db: RolecallDatabase,
  request: { pageUrl: string; people: readonly FoundPersonRef[] },
  now: number = Date.now(),
): Promise<KnownPeople> {
  const page = pageContext(request.pageUrl);
  const account = page.accountDomain ? await accountByDomain(db, page.accountDomain) : undefined;
  const accountNames = new Map<string, string>();
  const matches: KnownMatch[] = [];
  for (const person of request.people) {
    // On a profile page the page's own address is the person's profile.
    const profileUrl =
      person.profileUrl ?? (request.people.length === 1 ? page.profileUrl : undefined);
    const known = await findSamePerson(db, account?.id, {
      name: person.name,
      ...(profileUrl ? { profileUrl } : {}),
    });
    if (!known) continue;
    let accountName = accountNames.get(known.accountId);
    if (accountName === undefined) {
      accountName = (await db.accounts.get(known.accountId))?.name ?? '';
      accountNames.set(known.accountId, accountName);
    }
    const storedTitle = known.title ?? '';
    matches.push({
      key: person.key,
      stakeholderId: known.id,
      accountName,
      roles: known.roles,
      storedTitle,
      ...(person.title && !same(person.title, storedTitle) ? { titleOnPage: person.title } : {}),
      ...(person.org && accountName && !sameCompany(person.org, accountName)
        ? { orgOnPage: person.org }
        : {}),
    });
  }
  await rememberWhatPagesSay(db, matches, request.pageUrl, now);
  return { matches };
}

/**
 * Keeps what the page said that the map does not, so coverage can flag the person as possibly
 * stale until the rep looks; a page that agrees with the map clears an earlier flag.
 */
async function rememberWhatPagesSay(
  db: RolecallDatabase,
  matches: readonly KnownMatch[],
  sourceUrl: string,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.stakeholders, async () => {
    for (const match of matches) {
      const person = await db.stakeholders.get(match.stakeholderId);
      if (!person) continue;
      const differs = match.titleOnPage !== undefined || match.orgOnPage !== undefined;
      if (differs) {
        await db.stakeholders.put({
          ...person,
          seenDifferently: {
            ...(match.titleOnPage !== undefined ? { title: match.titleOnPage } : {}),
            ...(match.orgOnPage !== undefined ? { company: match.orgOnPage } : {}),
            sourceUrl: sourceUrl.slice(0, 2048),
            seenAt: now,
          },
        });
      } else if (person.seenDifferently) {
        const { seenDifferently: _agreedNow, ...agreed } = person;
        await db.stakeholders.put(agreed);
      }
    }
  });
}
