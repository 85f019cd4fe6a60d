/** An account's deals: which one to show, adding one, and changing one's context and details. */
import {
  DEFAULT_DEAL_CONTEXT,
  type Deal,
  type DealContext,
  DealSchema,
  type Person,
  type Stakeholder,
  stakeholdersIn,
} from '../model';
import type { RolecallDatabase } from './schema';
import { markAccountsChanged } from './standings';

/** The account's deals, the one last worked on first. */
export async function dealsOf(db: RolecallDatabase, accountId: string): Promise<Deal[]> {
  const deals = await db.deals.where('accountId').equals(accountId).toArray();
  return deals.sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
}

/**
 * The deal to show on an account: the one the rep picked if it is the account's, else the one
 * last worked on. Indexed lookups only.
 */
export async function dealToShow(
  db: RolecallDatabase,
  accountId: string,
  chosenId?: string,
): Promise<Deal | undefined> {
  const chosen = chosenId ? await db.deals.get(chosenId) : undefined;
  if (chosen?.accountId === accountId) return chosen;
  return (await dealsOf(db, accountId))[0];
}

/** The people of an account, by name: the people every deal of it draws on. */
export function peopleOf(db: RolecallDatabase, accountId: string): Promise<Person[]> {
  return db.stakeholders.where('accountId').equals(accountId).sortBy('name');
}

/** The people taking part in one deal, as it sees them, by name. */
export async function stakeholdersOfDeal(
  db: RolecallDatabase,
  deal: Pick<Deal, 'id' | 'accountId'>,
): Promise<Stakeholder[]> {
  return stakeholdersIn(await peopleOf(db, deal.accountId), deal.id);
}

export interface NewDeal {
  id: string;
  accountId: string;
  name: string;
  now: number;
  /** Context to start from; else the account's last deal's, else the defaults. */
  context?: DealContext;
}

/**
 * A new deal on the account. It starts in the context of the deal last worked on (same company,
 * most likely the same way of deciding and the same language), at the first stages' defaults
 * otherwise. Call inside a transaction over deals.
 */
export async function addDeal(db: RolecallDatabase, fresh: NewDeal): Promise<Deal> {
  const last = fresh.context ? undefined : (await dealsOf(db, fresh.accountId))[0];
  const base = fresh.context ?? last ?? DEFAULT_DEAL_CONTEXT;
  const deal: Deal = DealSchema.parse({
    id: fresh.id,
    accountId: fresh.accountId,
    name: fresh.name,
    stage: last ? DEFAULT_DEAL_CONTEXT.stage : base.stage,
    decisionMode: base.decisionMode,
    channel: base.channel,
    preset: base.preset,
    questionLanguage: base.questionLanguage,
    createdAt: fresh.now,
    updatedAt: fresh.now,
  });
  await db.deals.add(deal);
  return deal;
}

/** Adds a deal by the rep's hand (popup, dashboard), in its own transaction. */
export function createDeal(
  db: RolecallDatabase,
  accountId: string,
  name: string,
  now: number = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<Deal | undefined> {
  return db.transaction('rw', db.accounts, db.deals, db.standings, async () => {
    if (!(await db.accounts.get(accountId))) return undefined;
    const deal = await addDeal(db, { id: newId(), accountId, name, now });
    await markAccountsChanged(db, [accountId]);
    return deal;
  });
}

/** What the rep may change of a deal. */
export type DealChange = Partial<
  Pick<Deal, keyof DealContext | 'name' | 'amount' | 'closeDate' | 'crmOpportunityId'>
>;

/**
 * Changes a deal's context or details. A key given as undefined clears that optional detail
 * (amount, close date, CRM id). The result is checked like any stored deal; a change that does
 * not hold (an empty name) is refused and nothing is written.
 */
export function updateDeal(
  db: RolecallDatabase,
  dealId: string,
  change: DealChange,
  now: number = Date.now(),
): Promise<Deal | undefined> {
  return db.transaction('rw', db.deals, db.standings, async () => {
    const deal = await db.deals.get(dealId);
    if (!deal) return undefined;
    const merged: Record<string, unknown> = { ...deal, ...change, updatedAt: now };
    for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
    const parsed = DealSchema.safeParse(merged);
    if (!parsed.success) return undefined;
    await db.deals.put(parsed.data);
    await markAccountsChanged(db, [deal.accountId]);
    return parsed.data;
  });
}

/**
 * Removes a deal and everyone's part in it; the people stay on the account. The account's last
 * deal cannot go: an account always has one to tag for.
 */
export function removeDeal(db: RolecallDatabase, dealId: string): Promise<boolean> {
  return db.transaction('rw', db.deals, db.stakeholders, db.standings, async () => {
    const deal = await db.deals.get(dealId);
    if (!deal) return false;
    if ((await db.deals.where('accountId').equals(deal.accountId).count()) < 2) return false;
    await db.deals.delete(dealId);
    await db.stakeholders
      .where('accountId')
      .equals(deal.accountId)
      .modify((person) => {
        person.involvements = person.involvements.filter((part) => part.dealId !== dealId);
      });
    await markAccountsChanged(db, [deal.accountId]);
    return true;
  });
}
