/**
 * Which of the people found on a page are already in the map, with their roles, and where the
 * page says something else than the map (another title, another company): the map may be stale.
 */
import {
  accountByDomain,
  findSamePerson,
  learnOrgNames,
  type RolecallDatabase,
  rememberWhatPagesSay,
} from '../db';
import type { FoundPersonRef, KnownMatch, KnownPeople } from '../messages/protocol';
import { type Account, normalizeName, type Person, rolesInAnyDeal } from '../model';
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

/** The account's own name or any name its pages were seen to use for it. */
function isAccount(onPage: string, account: Account): boolean {
  return [account.name, ...(account.orgNames ?? [])].some((name) => sameCompany(onPage, name));
}

/** Long enough to cover tagging someone and the panel looking the page up again afterwards. */
const JUST_TAGGED_MS = 10 * 60 * 1000;

const withoutHash = (url: string) => url.split('#')[0] ?? url;

/** The person was tagged (or saved again) on this very page a moment ago. */
function justTaggedOn(person: Person, pageUrl: string, now: number): boolean {
  const page = withoutHash(pageUrl);
  return person.evidence.some(
    (item) =>
      item.sourceUrl !== undefined &&
      withoutHash(item.sourceUrl) === page &&
      now - item.lastVerifiedAt < JUST_TAGGED_MS,
  );
}

export async function knownPeople(
  db: RolecallDatabase,
  request: { pageUrl: string; people: readonly FoundPersonRef[] },
  now: number = Date.now(),
): Promise<KnownPeople> {
  const page = pageContext(request.pageUrl);
  const account = page.accountDomain ? await accountByDomain(db, page.accountDomain) : undefined;
  const accounts = new Map<string, Account | undefined>();
  const matches: KnownMatch[] = [];
  const learned: { accountId: string; name: string }[] = [];
  for (const person of request.people) {
    // On a profile page the page's own address is the person's profile.
    const profileUrl =
      person.profileUrl ?? (request.people.length === 1 ? page.profileUrl : undefined);
    const known = await findSamePerson(db, account?.id, {
      name: person.name,
      ...(profileUrl ? { profileUrl } : {}),
    });
    if (!known) continue;
    if (!accounts.has(known.accountId)) {
      accounts.set(known.accountId, await db.accounts.get(known.accountId));
    }
    const home = accounts.get(known.accountId);
    const accountName = home?.name ?? '';
    let orgDiffers = person.org !== undefined && home !== undefined && !isAccount(person.org, home);
    // The page the rep just tagged them on shows the company under the name it uses for itself
    // (九斗鱼 at jiudouyu.com, anything at an IP address): the account learns it, nothing changed.
    if (orgDiffers && person.org && home && justTaggedOn(known, request.pageUrl, now)) {
      learned.push({ accountId: home.id, name: person.org });
      accounts.set(home.id, { ...home, orgNames: [...(home.orgNames ?? []), person.org] });
      orgDiffers = false;
    }
    const storedTitle = known.title ?? '';
    matches.push({
      key: person.key,
      stakeholderId: known.id,
      accountName,
      // A chip names what they are to us in any deal with the account.
      roles: rolesInAnyDeal(known),
      storedTitle,
      ...(person.title && !same(person.title, storedTitle) ? { titleOnPage: person.title } : {}),
      ...(orgDiffers && person.org ? { orgOnPage: person.org } : {}),
    });
  }
  if (learned.length > 0) await learnOrgNames(db, learned);
  await rememberWhatPagesSay(db, matches, request.pageUrl, now);
  return { matches };
}
