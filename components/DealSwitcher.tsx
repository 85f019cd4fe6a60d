/** The deal the popup shows, the account's other deals with their scores (one click opens one), and adding one. */
import { useState } from 'preact/hooks';
import type { Deal } from '../lib/model';
import { useText } from './i18n';

export interface DealSwitcherProps {
  deal: Deal;
  others: readonly { deal: Deal; score: number }[];
  onChoose: (id: string) => void;
  onAdd: (name: string) => Promise<void>;
}

export function DealSwitcher({ deal, others, onChoose, onAdd }: DealSwitcherProps) {
  const t = useText();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  return (
    <section class="rc-deals" aria-label={t('deal.choose')}>
      <div class="rc-deal-current">
        <span class="rc-deal-label">{t('deal.choose')}</span>
        <strong class="rc-deal-name">{deal.name}</strong>
        <button type="button" class="rc-button rc-button--small" onClick={() => setAdding(true)}>
          + {t('deal.add')}
        </button>
      </div>
      {adding && (
        <form
          class="rc-deal-add"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() === '') return;
            void onAdd(name.trim()).then(() => {
              setAdding(false);
              setName('');
            });
          }}
        >
          <input
            class="rc-input"
            aria-label={t('deal.newName')}
            placeholder={t('deal.newName')}
            value={name}
            maxLength={200}
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <button type="submit" class="rc-button rc-button--primary rc-button--small">
            {t('deal.create')}
          </button>
          <button
            type="button"
            class="rc-button rc-button--small"
            onClick={() => {
              setAdding(false);
              setName('');
            }}
          >
            {t('form.cancel')}
          </button>
        </form>
      )}
      {others.length > 0 && (
        <ul class="rc-deal-others" aria-label={t('deal.others')}>
          {others.map(({ deal: other, score }) => (
            <li key={other.id}>
              <button type="button" class="rc-link" onClick={() => onChoose(other.id)}>
                {other.name}
              </button>
              <span
                class="rc-deal-score"
                role="img"
                aria-label={t('coverage.scoreOf', { score })}
                title={t('coverage.scoreOf', { score })}
              >
                {score}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
