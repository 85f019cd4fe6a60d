/** The preview before anything is written: what is added and updated, and a choice per kind of conflict. */
import { useState } from 'preact/hooks';
import {
  CONFLICT_CHOICES,
  CONFLICT_CLASSES,
  type ConflictChoices,
  DEFAULT_CHOICES,
  type ImportPlan,
} from '../../lib/transfer';
import { useText } from '../i18n';
import { ProblemList } from './ProblemList';

export interface ImportPreviewProps {
  file: string;
  plan: ImportPlan;
  onApply: (choices: ConflictChoices) => void;
  onCancel: () => void;
}

/** Enough examples to recognise the kind of conflict; the rest are counted. */
const EXAMPLES = 3;

export function ImportPreview({ file, plan, onApply, onCancel }: ImportPreviewProps) {
  const t = useText();
  const [choices, setChoices] = useState<ConflictChoices>(DEFAULT_CHOICES);
  const conflictClasses = CONFLICT_CLASSES.filter((kind) => plan.conflicts[kind].length > 0);
  const counts = [
    ['transfer.preview.accountsAdd', plan.accounts.add.length],
    ['transfer.preview.accountsUpdate', plan.accounts.update.length],
    ['transfer.preview.peopleAdd', plan.people.add.length],
    ['transfer.preview.peopleUpdate', plan.people.update.length],
    ['transfer.preview.unchanged', plan.people.unchanged.length],
  ] as const;
  const nothingNew =
    counts.slice(0, 4).every(([, count]) => count === 0) && conflictClasses.length === 0;

  return (
    <div class="rc-preview">
      <h3>{t('transfer.preview.heading', { file })}</h3>
      <dl class="rc-preview__counts">
        {counts.map(([key, count]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{count.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {nothingNew && <p class="rc-hint">{t('transfer.preview.nothingNew')}</p>}
      {conflictClasses.length > 0 && (
        <section class="rc-preview__conflicts">
          <h4>{t('transfer.preview.conflicts')}</h4>
          <p class="rc-hint">{t('transfer.preview.conflictsHint')}</p>
          {conflictClasses.map((kind) => {
            const list = plan.conflicts[kind];
            return (
              <fieldset key={kind} class="rc-fieldset">
                <legend>{t(`transfer.conflict.${kind}`, { count: list.length })}</legend>
                <ul class="rc-preview__pairs">
                  {list.slice(0, EXAMPLES).map(({ mine, theirs, accountName }) => (
                    <li key={theirs.id}>
                      {t('transfer.preview.pair', {
                        mine: mine.name,
                        theirs: theirs.name,
                        account: accountName,
                      })}
                    </li>
                  ))}
                  {list.length > EXAMPLES && (
                    <li>{t('transfer.preview.more', { count: list.length - EXAMPLES })}</li>
                  )}
                </ul>
                <span class="rc-actions rc-actions--start">
                  {CONFLICT_CHOICES.map((choice) => (
                    <label key={choice} class="rc-choice">
                      <input
                        type="radio"
                        name={`rc-conflict-${kind}`}
                        checked={choices[kind] === choice}
                        onChange={() => setChoices({ ...choices, [kind]: choice })}
                      />
                      {t(`transfer.choice.${choice}`)}
                    </label>
                  ))}
                </span>
              </fieldset>
            );
          })}
        </section>
      )}
      {plan.warnings.length > 0 && (
        <details class="rc-preview__warnings">
          <summary>
            {t('transfer.import.warnings')} ({plan.warnings.length})
          </summary>
          <ProblemList problems={plan.warnings} />
        </details>
      )}
      <span class="rc-actions rc-actions--start">
        <button
          type="button"
          class="rc-button rc-button--primary"
          disabled={nothingNew}
          onClick={() => onApply(choices)}
        >
          {t('transfer.preview.apply')}
        </button>
        <button type="button" class="rc-button" onClick={onCancel}>
          {t('transfer.preview.cancel')}
        </button>
      </span>
    </div>
  );
}
