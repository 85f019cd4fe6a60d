/**
 * What pages showed of people already on the map: a title or company the map does not have
 * flags them as possibly stale until the rep looks; a page that agrees clears the flag.
 */
import type { RolecallDatabase } from './schema';
import { markAccountsChanged } from './standings';

export interface SeenOnPage {
  stakeholderId: string;
  /** The page's title for them, when it differs from the map's. */
  titleOnPage?: string | undefined;
  /** The company the page shows them at, when it is not their account. */
  orgOnPage?: string | undefined;
}

export function rememberWhatPagesSay(
  db: RolecallDatabase,
  seen: readonly SeenOnPage[],
  sourceUrl: string,
  now: number,
): Promise<void> {
  return db.transaction('rw', db.stakeholders, db.standings, async () => {
    const changed: string[] = [];
    for (const match of seen) {
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
        changed.push(person.accountId);
      } else if (person.seenDifferently) {
        const { seenDifferently: _agreedNow, ...agreed } = person;
        await db.stakeholders.put(agreed);
        changed.push(person.accountId);
      }
    }
    await markAccountsChanged(db, changed);
  });
}
