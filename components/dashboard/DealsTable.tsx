/** The deals of every listed account as rows of their own: score, stage, close date, worst gap. */
import { useMemo, useState } from 'preact/hooks';
import { explainGap } from '../../lib/coverage';
import type { AccountSummary } from '../../lib/coverage/standings';
import { STAGE_TEXT } from '../../lib/i18n/deal';
import { SEVERITY_TEXT } from '../../lib/i18n/gaps';
import { useLanguage, useText } from '../i18n';
import {
  type AccountFilter,
  DEAL_SORT_KEYS,
  type DealSortKey,
  isFiltered,
  listDeals,
} from './accountList';
import { routeHref } from './route';
import { ScorePill } from './ScorePill';

export interface DealsTableProps {
  summaries: readonly AccountSummary[];
  filter: AccountFilter;
  /** Offered beside the count while a filter narrows the list. */
  onClearFilters: () => void;
}

export function DealsTable({ summaries, filter, onClearFilters }: DealsTableProps) {
  const t = useText();
  const language = useLanguage();
  const [sort, setSort] = useState<DealSortKey>('score');
  const deals = useMemo(() => listDeals(summaries, filter, sort), [summaries, filter, sort]);
  return (
    <>
      <p class="rc-hint rc-deals-bar" aria-live="polite">
        <label>
          {t('deals.sort')}
          <select
            class="rc-input rc-input--inline"
            value={sort}
            onChange={(event) =>
              setSort(DEAL_SORT_KEYS.find((key) => key === event.currentTarget.value) ?? 'score')
            }
          >
            {DEAL_SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`deals.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <span>{t('deals.count', { count: deals.length })}</span>
        {isFiltered(filter) && (
          <button type="button" class="rc-link-button" onClick={onClearFilters}>
            {t('accounts.clearFilters')}
          </button>
        )}
      </p>
      {deals.length > 0 && (
        <table class="rc-table rc-accounts rc-deals-table">
          <caption class="rc-visually-hidden">{t('deals.view.deals')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('deals.col.deal')}</th>
              <th scope="col">{t('accounts.col.account')}</th>
              <th scope="col">{t('accounts.col.score')}</th>
              <th scope="col">{t('accounts.col.stage')}</th>
              <th scope="col">{t('deals.col.close')}</th>
              <th scope="col" class="rc-num">
                {t('accounts.col.people')}
              </th>
              <th scope="col">{t('accounts.col.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {deals.map(({ summary, accountId, accountName }) => (
              <tr key={summary.deal.id}>
                <th scope="row">
                  <a href={routeHref({ page: 'account', accountId })}>{summary.deal.name}</a>
                </th>
                <td>{accountName}</td>
                <td>
                  <ScorePill score={summary.score} />
                </td>
                <td>{STAGE_TEXT[summary.deal.stage][language]}</td>
                <td class="rc-date">{summary.deal.closeDate ?? ''}</td>
                <td class="rc-num">{summary.peopleCount}</td>
                <td>
                  {summary.topGap ? (
                    <span class="rc-topgap">
                      <span class={`rc-severity rc-severity--${summary.topGap.severity}`}>
                        {SEVERITY_TEXT[summary.topGap.severity][language]}
                      </span>{' '}
                      {explainGap(summary.topGap, language)}
                    </span>
                  ) : (
                    <span class="rc-hint">{t('accounts.noGap')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
