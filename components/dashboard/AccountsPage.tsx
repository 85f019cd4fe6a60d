/** Every account at a glance: score, stage, people, worst gap, last change; searchable. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { explainGap } from '../../lib/coverage';
import { accountSummaries, keepStandings } from '../../lib/coverage/standings';
import type { RolecallDatabase, StandingRow } from '../../lib/db';
import { STAGE_TEXT } from '../../lib/i18n/deal';
import { SEVERITY_TEXT } from '../../lib/i18n/gaps';
import type { Settings } from '../../lib/model';
import { useLanguage, useText } from '../i18n';
import { useLiveQuery } from '../useLiveQuery';
import { AccountFilters } from './AccountFilters';
import {
  type AccountFilter,
  isFiltered,
  type ListedAccount,
  listAccounts,
  NO_FILTER,
} from './accountList';
import { DealsTable } from './DealsTable';
import { routeHref } from './route';
import { ScorePill } from './ScorePill';
import { formatWhen } from './when';

/** Rows shown at first and added per "show more": enough to scan, cheap to draw. */
export const PAGE_SIZE = 100;

const NOTHING: readonly StandingRow[] = [];

export interface AccountsPageProps {
  db: RolecallDatabase;
  now: () => number;
  settings: Settings;
}

export function AccountsPage({ db, now, settings }: AccountsPageProps) {
  const t = useText();
  const summaries = useLiveQuery(
    () => accountSummaries(db, { now: now(), staleDays: settings.staleDays }),
    [db, settings.staleDays],
  );
  const computed = summaries.status === 'ready' ? summaries.value.computed : NOTHING;
  useEffect(() => {
    // Keeping them is only a saving for the next read: if it fails, that read computes them again.
    keepStandings(db, computed).catch(() => undefined);
  }, [db, computed]);
  const [filter, setFilter] = useState<AccountFilter>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [view, setView] = useState<'accounts' | 'deals'>('accounts');
  const all = summaries.status === 'ready' ? summaries.value.summaries : [];
  const listed = useMemo(() => listAccounts(all, filter), [all, filter]);
  const shown = listed.slice(0, limit);

  function change(next: AccountFilter) {
    setFilter(next);
    setLimit(PAGE_SIZE);
  }

  return (
    <section class="rc-dash-page" aria-labelledby="rc-accounts-heading">
      <h1 id="rc-accounts-heading">{t('accounts.heading')}</h1>
      <AccountFilters filter={filter} onChange={change} />
      <div class="rc-segmented rc-view-switch">
        {(['accounts', 'deals'] as const).map((which) => (
          <button
            key={which}
            type="button"
            class={`rc-button rc-button--small${view === which ? ' rc-button--primary' : ''}`}
            aria-pressed={view === which}
            onClick={() => setView(which)}
          >
            {t(`deals.view.${which}`)}
          </button>
        ))}
      </div>
      {view === 'deals' && summaries.status === 'ready' && (
        <DealsTable summaries={all} filter={filter} onClearFilters={() => change(NO_FILTER)} />
      )}
      {summaries.status === 'loading' && <p class="rc-hint">{t('panel.loading')}</p>}
      {summaries.status === 'failed' && (
        <p class="rc-alert" role="alert">
          {t('popup.storageFailed', { detail: summaries.error })}
        </p>
      )}
      {view === 'accounts' && summaries.status === 'ready' && (
        <p class="rc-hint" aria-live="polite">
          {all.length === 0
            ? t('accounts.none')
            : listed.length === 0
              ? t('accounts.noMatch')
              : t('accounts.count', { shown: listed.length, total: all.length })}
          {isFiltered(filter) && (
            <button type="button" class="rc-link-button" onClick={() => change(NO_FILTER)}>
              {t('accounts.clearFilters')}
            </button>
          )}
        </p>
      )}
      {view === 'accounts' && shown.length > 0 && (
        <table class="rc-table rc-accounts">
          <caption class="rc-visually-hidden">{t('accounts.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accounts.col.account')}</th>
              <th scope="col">{t('accounts.col.score')}</th>
              <th scope="col">{t('accounts.col.stage')}</th>
              <th scope="col" class="rc-num">
                {t('accounts.col.people')}
              </th>
              <th scope="col">{t('accounts.col.gap')}</th>
              <th scope="col">{t('accounts.col.changed')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <AccountRow key={item.summary.account.id} item={item} now={now()} />
            ))}
          </tbody>
        </table>
      )}
      {view === 'accounts' && listed.length > shown.length && (
        <button type="button" class="rc-button" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {t('accounts.showMore', { count: Math.min(PAGE_SIZE, listed.length - shown.length) })}
        </button>
      )}
    </section>
  );
}

function AccountRow({ item, now }: { item: ListedAccount; now: number }) {
  const t = useText();
  const language = useLanguage();
  const { account, deals, score, peopleCount, topGap, lastChange, staleCount } = item.summary;
  return (
    <tr>
      <th scope="row">
        <a href={routeHref({ page: 'account', accountId: account.id })}>{account.name}</a>
        {item.matchedPeople.length > 0 && (
          <span class="rc-hint rc-matched">
            {t('accounts.matchedPeople', { names: item.matchedPeople.slice(0, 3).join(', ') })}
          </span>
        )}
      </th>
      <td>
        <ScorePill score={score} />
      </td>
      <td>
        {deals[0] ? STAGE_TEXT[deals[0].deal.stage][language] : ''}
        {deals.length > 1 && (
          <span class="rc-hint"> · {t('deals.count', { count: deals.length })}</span>
        )}
      </td>
      <td class="rc-num">
        {peopleCount}
        {staleCount > 0 && (
          <span class="rc-stale-count">{t('accounts.stale', { count: staleCount })}</span>
        )}
      </td>
      <td>
        {topGap ? (
          <span class="rc-topgap">
            <span class={`rc-severity rc-severity--${topGap.severity}`}>
              {SEVERITY_TEXT[topGap.severity][language]}
            </span>{' '}
            {explainGap(topGap, language)}
          </span>
        ) : (
          <span class="rc-hint">{t('accounts.noGap')}</span>
        )}
      </td>
      <td>{formatWhen(lastChange, now, language)}</td>
    </tr>
  );
}
