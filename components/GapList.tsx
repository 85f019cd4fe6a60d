/** The account's gaps, most severe first; each opens to the questions that would close it. */
import { useState } from 'preact/hooks';
import { explainGap, type Gap } from '../lib/coverage';
import { SEVERITY_TEXT } from '../lib/i18n/gaps';
import { questionText } from '../lib/i18n/questions';
import type { Language, Stakeholder } from '../lib/model';
import { Icon } from './Icon';
import { useLanguage, useText } from './i18n';

export interface GapListProps {
  gaps: readonly Gap[];
  stakeholders: readonly Stakeholder[];
  /** The customer's language, which may not be the rep's. */
  questionLanguage: Language;
  onCopy: (text: string) => Promise<boolean>;
}

export function GapList({ gaps, stakeholders, questionLanguage, onCopy }: GapListProps) {
  const t = useText();
  const language = useLanguage();
  const [copied, setCopied] = useState<string>();
  const names = (ids: readonly string[]) =>
    stakeholders.filter((s) => ids.includes(s.id)).map((s) => s.name);

  async function copy(key: string, text: string) {
    if (await onCopy(text)) setCopied(key);
  }

  if (gaps.length === 0) return <p class="rc-hint">{t('coverage.noGaps')}</p>;
  return (
    <ul class="rc-gaps">
      {gaps.map((gap) => {
        const about = names(gap.stakeholderIds);
        return (
          <li key={gap.id} class={`rc-gap rc-gap--${gap.severity}`}>
            <details>
              <summary>
                <span class={`rc-severity rc-severity--${gap.severity}`}>
                  {SEVERITY_TEXT[gap.severity][language]}
                </span>
                <span class="rc-gap-text">{explainGap(gap, language)}</span>
              </summary>
              {about.length > 0 && (
                <p class="rc-hint">{t('coverage.concerns', { names: about.join(', ') })}</p>
              )}
              <ol class="rc-questions" aria-label={t('coverage.questions')} lang={questionLanguage}>
                {gap.questionIds.map((id) => {
                  const question = questionText(id, questionLanguage);
                  const key = `${gap.id}:${id}`;
                  return (
                    <li key={id}>
                      <span>{question}</span>
                      <button
                        type="button"
                        class="rc-icon-button"
                        aria-label={t('coverage.copyQuestion')}
                        title={copied === key ? t('coverage.copied') : t('coverage.copy')}
                        onClick={() => copy(key, question)}
                      >
                        <Icon name={copied === key ? 'check' : 'copy'} />
                      </button>
                    </li>
                  );
                })}
              </ol>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
