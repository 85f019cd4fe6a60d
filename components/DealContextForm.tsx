/** The account's deal context: what changes what "covered" means. */

import { presetName } from '../lib/coverage/presets';
import { CHANNEL_TEXT, DECISION_MODE_TEXT, STAGE_TEXT } from '../lib/i18n/deal';
import {
  type Account,
  DEAL_CHANNELS,
  DEAL_STAGES,
  DECISION_MODES,
  type DealContext,
  LANGUAGES,
  METHODOLOGY_PRESETS,
} from '../lib/model';
import { useLanguage, useText } from './i18n';

export interface DealContextFormProps {
  account: Account;
  onChange: (change: Partial<DealContext>) => void;
}

export function DealContextForm({ account, onChange }: DealContextFormProps) {
  const t = useText();
  const language = useLanguage();
  const pick = <T extends string>(options: readonly T[], value: string): T | undefined =>
    options.find((option) => option === value);
  return (
    <div class="rc-deal">
      <label class="rc-field">
        <span>{t('deal.stage')}</span>
        <select
          class="rc-input"
          value={account.stage}
          onChange={(e) => {
            const stage = pick(DEAL_STAGES, e.currentTarget.value);
            if (stage) onChange({ stage });
          }}
        >
          {DEAL_STAGES.map((stage, index) => (
            <option key={stage} value={stage}>
              {index + 1}. {STAGE_TEXT[stage][language]}
            </option>
          ))}
        </select>
      </label>
      {/* Radios, not a select: a closed select cuts a long choice ("Tim penilai merekomendasikan,
          pimpinan menandatangani") to its width, while a radio's label wraps. */}
      <fieldset class="rc-fieldset">
        <legend>{t('deal.decisionMode')}</legend>
        {DECISION_MODES.map((mode) => (
          <label key={mode} class="rc-choice">
            <input
              type="radio"
              name={`rc-decision-mode-${account.id}`}
              value={mode}
              checked={account.decisionMode === mode}
              onChange={() => onChange({ decisionMode: mode })}
            />
            <span>{DECISION_MODE_TEXT[mode][language]}</span>
          </label>
        ))}
      </fieldset>
      <label class="rc-field">
        <span>{t('deal.channel')}</span>
        <select
          class="rc-input"
          value={account.channel}
          onChange={(e) => {
            const channel = pick(DEAL_CHANNELS, e.currentTarget.value);
            if (channel) onChange({ channel });
          }}
        >
          {DEAL_CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {CHANNEL_TEXT[channel][language]}
            </option>
          ))}
        </select>
      </label>
      <label class="rc-field">
        <span>{t('deal.preset')}</span>
        <select
          class="rc-input"
          value={account.preset}
          onChange={(e) => {
            const preset = pick(METHODOLOGY_PRESETS, e.currentTarget.value);
            if (preset) onChange({ preset });
          }}
        >
          {METHODOLOGY_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {presetName(preset, language)}
            </option>
          ))}
        </select>
      </label>
      <label class="rc-field">
        <span>{t('deal.questionLanguage')}</span>
        <select
          class="rc-input"
          value={account.questionLanguage}
          onChange={(e) => {
            const questionLanguage = pick(LANGUAGES, e.currentTarget.value);
            if (questionLanguage) onChange({ questionLanguage });
          }}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
