/** Search, sort and filters above the accounts list. */
import { STAGE_TEXT } from '../../lib/i18n/deal';
import { DEAL_STAGES, type DealStage } from '../../lib/model';
import { useLanguage, useText } from '../i18n';
import { type AccountFilter, SORT_KEYS, type SortKey } from './accountList';
import { Field } from './Field';

const SORT_TEXT = {
  recent: 'accounts.sort.recent',
  name: 'accounts.sort.name',
  'score-low': 'accounts.sort.scoreLow',
  'score-high': 'accounts.sort.scoreHigh',
  people: 'accounts.sort.people',
} as const;

export function AccountFilters({
  filter,
  onChange,
}: {
  filter: AccountFilter;
  onChange: (filter: AccountFilter) => void;
}) {
  const t = useText();
  const language = useLanguage();
  const set = <K extends keyof AccountFilter>(key: K, value: AccountFilter[K]) =>
    onChange({ ...filter, [key]: value });
  return (
    <div class="rc-filters">
      <Field label={t('accounts.search')} class="rc-filters-search">
        {(id) => (
          <input
            id={id}
            class="rc-input"
            type="search"
            value={filter.query}
            placeholder={t('accounts.searchPlaceholder')}
            onInput={(e) => set('query', e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t('accounts.sort')}>
        {(id) => (
          <select
            id={id}
            class="rc-input"
            value={filter.sort}
            onChange={(e) => set('sort', sortOf(e.currentTarget.value))}
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(SORT_TEXT[key])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('accounts.stage')}>
        {(id) => (
          <select
            id={id}
            class="rc-input"
            value={filter.stage ?? ''}
            onChange={(e) => set('stage', stageOf(e.currentTarget.value))}
          >
            <option value="">{t('accounts.anyStage')}</option>
            {DEAL_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_TEXT[stage][language]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('accounts.scoreBelow')} class="rc-filters-score">
        {(id) => (
          <input
            id={id}
            class="rc-input"
            type="number"
            min={1}
            max={100}
            inputMode="numeric"
            value={filter.scoreBelow ?? ''}
            onInput={(e) => set('scoreBelow', scoreOf(e.currentTarget.value))}
          />
        )}
      </Field>
      <label class="rc-check">
        <input
          type="checkbox"
          checked={filter.staleOnly}
          onChange={(e) => set('staleOnly', e.currentTarget.checked)}
        />
        {t('accounts.staleOnly')}
      </label>
    </div>
  );
}

function sortOf(value: string): SortKey {
  return SORT_KEYS.find((key) => key === value) ?? 'recent';
}

/** The blank option, or anything unknown, means every stage. */
function stageOf(value: string): DealStage | undefined {
  return DEAL_STAGES.find((stage) => stage === value);
}

/** An empty or unusable box means "any score" rather than an error: the list just shows all. */
function scoreOf(value: string): number | undefined {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 101) : undefined;
}
