/** Searching, filtering and sorting the accounts list: pure, so the list and its tests agree. */
import type { AccountSummary, DealSummary } from '../../lib/coverage/standings';
import { DEAL_STAGES, type DealStage, normalizeName } from '../../lib/model';

export const SORT_KEYS = ['recent', 'name', 'score-low', 'score-high', 'people'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface AccountFilter {
  /** Part of an account's or a person's name. */
  query: string;
  /** Only accounts at this stage; undefined for every stage. */
  stage: DealStage | undefined;
  /** Only accounts scoring below this; undefined for any score. */
  scoreBelow: number | undefined;
  /** Only accounts with someone not verified within the stale threshold. */
  staleOnly: boolean;
  sort: SortKey;
}

export const NO_FILTER: AccountFilter = {
  query: '',
  stage: undefined,
  scoreBelow: undefined,
  staleOnly: false,
  sort: 'recent',
};

export interface ListedAccount {
  summary: AccountSummary;
  /** People whose name matched the search, when the account's own name did not. */
  matchedPeople: readonly string[];
}

export function isFiltered(filter: AccountFilter): boolean {
  return (
    filter.query.trim() !== '' ||
    filter.stage !== undefined ||
    filter.scoreBelow !== undefined ||
    filter.staleOnly
  );
}

export function listAccounts(
  summaries: readonly AccountSummary[],
  filter: AccountFilter,
): ListedAccount[] {
  const key = normalizeName(filter.query);
  const listed: ListedAccount[] = [];
  for (const summary of summaries) {
    if (filter.stage !== undefined && !summary.deals.some((d) => d.deal.stage === filter.stage))
      continue;
    if (filter.scoreBelow !== undefined && summary.score >= filter.scoreBelow) continue;
    if (filter.staleOnly && summary.staleCount === 0) continue;
    if (key === '' || normalizeName(summary.account.name).includes(key)) {
      listed.push({ summary, matchedPeople: [] });
      continue;
    }
    const matched = summary.personNames.filter((_, i) => summary.personKeys[i]?.includes(key));
    if (matched.length > 0) listed.push({ summary, matchedPeople: matched });
  }
  return listed.sort(COMPARE[filter.sort]);
}

const byName = (a: ListedAccount, b: ListedAccount) =>
  a.summary.account.name.localeCompare(b.summary.account.name);

const COMPARE: Readonly<Record<SortKey, (a: ListedAccount, b: ListedAccount) => number>> = {
  recent: (a, b) => b.summary.lastChange - a.summary.lastChange || byName(a, b),
  name: byName,
  'score-low': (a, b) => a.summary.score - b.summary.score || byName(a, b),
  'score-high': (a, b) => b.summary.score - a.summary.score || byName(a, b),
  people: (a, b) => b.summary.peopleCount - a.summary.peopleCount || byName(a, b),
};

export const DEAL_SORT_KEYS = ['score', 'stage', 'close'] as const;
export type DealSortKey = (typeof DEAL_SORT_KEYS)[number];

export interface ListedDeal {
  summary: DealSummary;
  accountId: string;
  accountName: string;
}

/**
 * Every deal of the listed accounts as its own row, with the same filter: a search matches the
 * account's or the deal's name (or a person's), a stage or score filter the deal's own.
 */
export function listDeals(
  summaries: readonly AccountSummary[],
  filter: AccountFilter,
  sort: DealSortKey,
): ListedDeal[] {
  const key = normalizeName(filter.query);
  const deals: ListedDeal[] = [];
  const accounts = listAccounts(summaries, { ...filter, query: '', scoreBelow: undefined });
  for (const { summary } of accounts) {
    const accountHit = key === '' || normalizeName(summary.account.name).includes(key);
    const personHit = summary.personKeys.some((person) => person.includes(key));
    for (const deal of summary.deals) {
      if (filter.stage !== undefined && deal.deal.stage !== filter.stage) continue;
      // A deal's own score, not its account's (the one of the deal last worked on).
      if (filter.scoreBelow !== undefined && deal.score >= filter.scoreBelow) continue;
      if (!accountHit && !personHit && !normalizeName(deal.deal.name).includes(key)) continue;
      deals.push({
        summary: deal,
        accountId: summary.account.id,
        accountName: summary.account.name,
      });
    }
  }
  return deals.sort(DEAL_COMPARE[sort]);
}

const byDealName = (a: ListedDeal, b: ListedDeal) =>
  a.accountName.localeCompare(b.accountName) ||
  a.summary.deal.name.localeCompare(b.summary.deal.name);

const stageRank = (deal: ListedDeal) => DEAL_STAGES.indexOf(deal.summary.deal.stage);

/** Deals without a close date come after every dated one. */
const closeOf = (deal: ListedDeal) => deal.summary.deal.closeDate ?? '9999-99-99';

const DEAL_COMPARE: Readonly<Record<DealSortKey, (a: ListedDeal, b: ListedDeal) => number>> = {
  score: (a, b) => a.summary.score - b.summary.score || byDealName(a, b),
  stage: (a, b) => stageRank(b) - stageRank(a) || byDealName(a, b),
  close: (a, b) => closeOf(a).localeCompare(closeOf(b)) || byDealName(a, b),
};
