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
import type { Account, Stakeholder } from '../model';
import { collectFacts } from './facts';
import { gapsFromFacts } from './gaps';
import { GAP_IDS, SEVERITIES } from './ids';
import { RULES } from './rules';
import { scoreFromFacts } from './score';
import type { CoverageOptions, Gap } from './types';

/** Raise when rules or the score change: every stored standing is then computed again. */
export const SCORING_VERSION = 2;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AccountSummary {
  account: Account;
  score: number;
  peopleCount: number;
  /** The account's most urgent gap; undefined when coverage finds none. */
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

/** What is stored of a summary: the account itself is read from its own row. */
const StoredStanding = z.object({
  score: z.number(),
  peopleCount: z.number(),
  topGap: z.optional(
    z.object({
      id: z.enum(GAP_IDS),
      severity: z.enum(SEVERITIES),
      stakeholderIds: z.array(z.string()),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
  peopleChange: z.number(),
  staleCount: z.number(),
  personNames: z.array(z.string()),
  personKeys: z.array(z.string()),
});
type StoredStanding = z.infer<typeof StoredStanding>;

const stampOf = (account: Account, options: CoverageOptions) =>
  `${SCORING_VERSION}:${options.staleDays}:${account.updatedAt}`;

/** One account's standing, and until when it holds: the moment the next person goes stale. */
export function accountStanding(
  account: Account,
  people: readonly Stakeholder[],
  options: CoverageOptions,
): { stored: StoredStanding; validUntil: number } {
  const facts = collectFacts(account, people, options);
  const gaps = gapsFromFacts(facts);
  const score = scoreFromFacts(facts, gaps, 0);
  const top = gaps[0];
  const stale = gaps.find((gap) => gap.id === 'stale-unverified');
  const staleAfter = options.staleDays * DAY_MS;
  const validUntil = people
    .map((person) => facts.lastVerifiedAt(person) + staleAfter)
    .filter((at) => at >= options.now)
    .reduce((first, at) => Math.min(first, at), Number.MAX_SAFE_INTEGER);
  return {
    stored: {
      score: score.score,
      peopleCount: people.length,
      ...(top
        ? {
            topGap: {
              id: top.id,
              severity: top.severity,
              stakeholderIds: [...top.stakeholderIds],
              params: { ...top.params },
            },
          }
        : {}),
      peopleChange: people.reduce((latest, p) => Math.max(latest, p.updatedAt), 0),
      staleCount: stale?.stakeholderIds.length ?? 0,
      personNames: people.map((p) => p.name),
      personKeys: people.map((p) => p.normalizedName),
    },
    validUntil,
  };
}

function summaryOf(account: Account, stored: StoredStanding): AccountSummary {
  const { topGap, peopleChange, ...rest } = stored;
  return {
    ...rest,
    account,
    lastChange: Math.max(account.updatedAt, peopleChange),
    topGap: topGap && {
      ...topGap,
      questionIds: RULES.find((rule) => rule.id === topGap.id)?.questions ?? [],
    },
  };
}

/** The stored standing when it still holds for this account now; undefined to recompute. */
function storedFor(
  account: Account,
  row: StandingRow | undefined,
  options: CoverageOptions,
): StoredStanding | undefined {
  if (!row || row.stamp !== stampOf(account, options)) return undefined;
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
  const { accounts, standings } = await accountsWithStandings(db);
  const summaries: AccountSummary[] = [];
  const stale: Account[] = [];
  for (const account of accounts) {
    const stored = storedFor(account, standings.get(account.id), options);
    if (stored) summaries.push(summaryOf(account, stored));
    else stale.push(account);
  }
  const computed: StandingRow[] = [];
  if (stale.length > 0) {
    const byAccount = new Map<string, Stakeholder[]>();
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
        byAccount.get(account.id) ?? [],
        options,
      );
      summaries.push(summaryOf(account, stored));
      computed.push({
        accountId: account.id,
        revision: standings.get(account.id)?.revision ?? 0,
        stamp: stampOf(account, options),
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
