/**
 * Each account's standing on the dashboard list: score, worst gap, people, stale count. Computed
 * here and kept with the account (lib/db standings), recomputed only for an account that changed,
 * whose stored value no longer holds (a verification went stale), or that this code scores anew.
 */
import { z } from 'zod/mini';
import {
  accountsWithStandings,
  peopleOfAccounts,
  type RolecallDatabase,
  type StandingRow,
  storeStandings,
} from '../db';
import { type Account, type Deal, type Person, stakeholdersIn } from '../model';
import { collectFacts } from './facts';
import { gapsFromFacts } from './gaps';
import { GAP_IDS, SEVERITIES } from './ids';
import { RULES } from './rules';
import { scoreFromFacts } from './score';
import type { CoverageOptions, Gap } from './types';

/** Raise when rules or the score change: every stored standing is then computed again. */
export const SCORING_VERSION = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/** One deal's standing: what the dashboard's list of deals shows. */
export interface DealSummary {
  deal: Deal;
  score: number;
  /** People taking part in the deal. */
  peopleCount: number;
  /** The deal's most urgent gap; undefined when coverage finds none. */
  topGap: Gap | undefined;
}

/**
 * An account's standing. Score and gap are those of its deal last worked on (the one the popup
 * opens on); each deal's own are in `deals`, the one last worked on first.
 */
export interface AccountSummary {
  account: Account;
  deals: readonly DealSummary[];
  score: number;
  /** Everyone on the account's map, whatever deals they take part in. */
  peopleCount: number;
  /** The most urgent gap of the deal last worked on; undefined when coverage finds none. */
  topGap: Gap | undefined;
  /** Latest change to the account or anyone on its map (epoch ms). */
  lastChange: number;
  /** People not verified for longer than the stale threshold. */
  staleCount: number;
  /** Names on the map, so the list can be searched by person. */
  personNames: readonly string[];
  /** The same names normalised (see normalizeName), in the same order. */
  personKeys: readonly string[];
}

const StoredGap = z.object({
  id: z.enum(GAP_IDS),
  severity: z.enum(SEVERITIES),
  stakeholderIds: z.array(z.string()),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
type StoredGap = z.infer<typeof StoredGap>;

const StoredDeal = z.object({
  dealId: z.string(),
  score: z.number(),
  peopleCount: z.number(),
  topGap: z.optional(StoredGap),
});
type StoredDeal = z.infer<typeof StoredDeal>;

/** What is stored of a summary: the account and its deals are read from their own rows. */
const StoredStanding = z.object({
  deals: z.array(StoredDeal),
  peopleCount: z.number(),
  peopleChange: z.number(),
  staleCount: z.number(),
  personNames: z.array(z.string()),
  personKeys: z.array(z.string()),
});
type StoredStanding = z.infer<typeof StoredStanding>;

const stampOf = (account: Account, deals: readonly Deal[], options: CoverageOptions) =>
  `${SCORING_VERSION}:${options.staleDays}:${account.updatedAt}:${deals
    .map((deal) => `${deal.id}@${deal.updatedAt}`)
    .sort()
    .join(',')}`;

/** The deal last worked on first, then by name. */
const byLastWorked = (a: Deal, b: Deal) =>
  b.updatedAt - a.updatedAt || a.name.localeCompare(b.name);

/** A deal's context with the account's name: what coverage judges (see CoverageSubject). */
export function coverageSubject(account: Pick<Account, 'name'>, deal: Deal) {
  const { stage, decisionMode, channel, preset, questionLanguage } = deal;
  return {
    stage,
    decisionMode,
    channel,
    preset,
    questionLanguage,
    name: account.name,
    dealName: deal.name,
  };
}

function storedGap(gap: Gap | undefined): { topGap?: StoredGap } {
  if (!gap) return {};
  return {
    topGap: {
      id: gap.id,
      severity: gap.severity,
      stakeholderIds: [...gap.stakeholderIds],
      params: { ...gap.params },
    },
  };
}

/** One account's standing, and until when it holds: the moment the next person goes stale. */
export function accountStanding(
  account: Account,
  deals: readonly Deal[],
  people: readonly Person[],
  options: CoverageOptions,
): { stored: StoredStanding; validUntil: number } {
  let staleCount = 0;
  let validUntil = Number.MAX_SAFE_INTEGER;
  const staleAfter = options.staleDays * DAY_MS;
  const stored: StoredDeal[] = [...deals].sort(byLastWorked).map((deal, index) => {
    const inDeal = stakeholdersIn(people, deal.id);
    const facts = collectFacts(coverageSubject(account, deal), inDeal, options);
    const gaps = gapsFromFacts(facts);
    if (index === 0) {
      staleCount = gaps.find((gap) => gap.id === 'stale-unverified')?.stakeholderIds.length ?? 0;
    }
    for (const person of inDeal) {
      const at = facts.lastVerifiedAt(person) + staleAfter;
      if (at >= options.now) validUntil = Math.min(validUntil, at);
    }
    return {
      dealId: deal.id,
      score: scoreFromFacts(facts, gaps, 0).score,
      peopleCount: inDeal.length,
      ...storedGap(gaps[0]),
    };
  });
  return {
    stored: {
      deals: stored,
      peopleCount: people.length,
      peopleChange: people.reduce((latest, p) => Math.max(latest, p.updatedAt), 0),
      staleCount,
      personNames: people.map((p) => p.name),
      personKeys: people.map((p) => p.normalizedName),
    },
    validUntil,
  };
}

const gapOf = (stored: StoredGap | undefined): Gap | undefined =>
  stored && {
    ...stored,
    questionIds: RULES.find((rule) => rule.id === stored.id)?.questions ?? [],
  };

function summaryOf(
  account: Account,
  deals: readonly Deal[],
  stored: StoredStanding,
): AccountSummary {
  const { peopleChange, deals: storedDeals, ...rest } = stored;
  const byId = new Map(deals.map((deal) => [deal.id, deal]));
  const summaries = storedDeals.flatMap((standing): DealSummary[] => {
    const deal = byId.get(standing.dealId);
    if (!deal) return [];
    return [
      {
        deal,
        score: standing.score,
        peopleCount: standing.peopleCount,
        topGap: gapOf(standing.topGap),
      },
    ];
  });
  const main = summaries[0];
  return {
    ...rest,
    account,
    deals: summaries,
    score: main?.score ?? 0,
    topGap: main?.topGap,
    lastChange: Math.max(account.updatedAt, peopleChange, ...deals.map((deal) => deal.updatedAt)),
  };
}

/** The stored standing when it still holds for this account now; undefined to recompute. */
function storedFor(
  account: Account,
  deals: readonly Deal[],
  row: StandingRow | undefined,
  options: CoverageOptions,
): StoredStanding | undefined {
  if (!row || row.stamp !== stampOf(account, deals, options)) return undefined;
  if (row.validUntil === undefined || options.now > row.validUntil) return undefined;
  const parsed = StoredStanding.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

export interface Standings {
  summaries: AccountSummary[];
  /** Standings computed by this read, to keep with `keepStandings` (outside any live query). */
  computed: StandingRow[];
}

/**
 * Every account's standing: stored ones as they are, the others computed from their people,
 * read by index. Reads only, so it can run inside a live query.
 */
export async function accountSummaries(
  db: RolecallDatabase,
  options: CoverageOptions,
): Promise<Standings> {
  const { accounts, deals, standings } = await accountsWithStandings(db);
  const summaries: AccountSummary[] = [];
  const stale: Account[] = [];
  const dealsOf = (account: Account) => deals.get(account.id) ?? [];
  for (const account of accounts) {
    const stored = storedFor(account, dealsOf(account), standings.get(account.id), options);
    if (stored) summaries.push(summaryOf(account, dealsOf(account), stored));
    else stale.push(account);
  }
  const computed: StandingRow[] = [];
  if (stale.length > 0) {
    const byAccount = new Map<string, Person[]>();
    for (const person of await peopleOfAccounts(
      db,
      stale.map((account) => account.id),
    )) {
      const list = byAccount.get(person.accountId);
      if (list) list.push(person);
      else byAccount.set(person.accountId, [person]);
    }
    for (const account of stale) {
      const { stored, validUntil } = accountStanding(
        account,
        dealsOf(account),
        byAccount.get(account.id) ?? [],
        options,
      );
      summaries.push(summaryOf(account, dealsOf(account), stored));
      computed.push({
        accountId: account.id,
        revision: standings.get(account.id)?.revision ?? 0,
        stamp: stampOf(account, dealsOf(account), options),
        validUntil,
        value: stored,
      });
    }
  }
  return { summaries, computed };
}

/** Keeps what accountSummaries computed, unless the account changed again meanwhile. */
export function keepStandings(
  db: RolecallDatabase,
  computed: readonly StandingRow[],
): Promise<void> {
  return computed.length === 0 ? Promise.resolve() : storeStandings(db, computed);
}
