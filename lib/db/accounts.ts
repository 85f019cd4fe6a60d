/** Account queries and the rule for which account a tag lands in. */
import { type Account, normalizeName } from '../model';
import type { RolecallDatabase } from './schema';

export function listAccounts(db: RolecallDatabase): Promise<Account[]> {
  return db.accounts.orderBy('updatedAt').reverse().toArray();
}

/** The accounts touched most recently, newest first: what a switcher offers without loading all. */
export function recentAccounts(db: RolecallDatabase, limit: number): Promise<Account[]> {
  return db.accounts.orderBy('updatedAt').reverse().limit(limit).toArray();
}

/**
 * The account to show for a tab: the one the rep picked, else the one owning the tab's domain,
 * else the last one used. Indexed lookups only, so it costs the same in any size of database.
 */
export async function accountToShow(
  db: RolecallDatabase,
  { chosenId, domain }: { chosenId?: string | undefined; domain?: string | undefined },
): Promise<Account | undefined> {
  const chosen = chosenId ? await db.accounts.get(chosenId) : undefined;
  const owner = !chosen && domain ? await accountByDomain(db, domain) : undefined;
  return chosen ?? owner ?? (await db.accounts.orderBy('updatedAt').last());
}

export function accountByDomain(
  db: RolecallDatabase,
  domain: string,
): Promise<Account | undefined> {
  return db.accounts.where('domains').equals(domain.toLowerCase()).first();
}

/**
 * The account a tag lands in: one the rep named, else a new one. The page's domain joins the
 * account unless another account already owns it (the rep chose a different account on purpose).
 * Call inside a transaction over accounts.
 */
export async function resolveAccount(
  db: RolecallDatabase,
  name: string,
  domain: string | undefined,
  { now, newId }: { now: number; newId: () => string },
): Promise<Account> {
  const named = await db.accounts.where('name').equalsIgnoreCase(name.trim()).first();
  const owner = domain ? await accountByDomain(db, domain) : undefined;
  const claimsDomain = domain !== undefined && owner === undefined;
  if (named) {
    const domains = claimsDomain ? [...named.domains, domain] : named.domains;
    const touched = { ...named, domains, updatedAt: now };
    await db.accounts.put(touched);
    return touched;
  }
  const created: Account = {
    id: newId(),
    name: name.trim(),
    domains: claimsDomain ? [domain] : [],
    createdAt: now,
    updatedAt: now,
  };
  await db.accounts.add(created);
  return created;
}

/** How many names pages may show for one account; more says the pages are about other companies. */
const ORG_NAMES_AT_MOST = 5;

/**
 * Adds names the account's own pages show for it (see Account.orgNames). Not an edit by the rep,
 * so the account's last change stays as it was.
 */
export function learnOrgNames(
  db: RolecallDatabase,
  learned: readonly { accountId: string; name: string }[],
): Promise<void> {
  return db.transaction('rw', db.accounts, async () => {
    for (const { accountId, name } of learned) {
      const account = await db.accounts.get(accountId);
      const known = account ? [account.name, ...(account.orgNames ?? [])].map(normalizeName) : [];
      const trimmed = name.trim().slice(0, 200);
      if (!account || !trimmed || known.includes(normalizeName(trimmed))) continue;
      const orgNames = [...(account.orgNames ?? []), trimmed].slice(-ORG_NAMES_AT_MOST);
      await db.accounts.put({ ...account, orgNames });
    }
  });
}
