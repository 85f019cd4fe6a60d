/** One deal's name, details and context: what changes what "covered" means for it. */

import { presetName } from '../lib/coverage/presets';
import type { DealChange } from '../lib/db/deals';
import { CHANNEL_TEXT, DECISION_MODE_TEXT, STAGE_TEXT } from '../lib/i18n/deal';
import {
  DEAL_CHANNELS,
  DEAL_STAGES,
  DECISION_MODES,
  type Deal,
  LANGUAGES,
  METHODOLOGY_PRESETS,
} from '../lib/model';
import { useLanguage, useText } from './i18n';

export interface DealContextFormProps {
  deal: Deal;
  onChange: (change: DealChange) => void;
}

export function DealContextForm({ deal, onChange }: DealContextFormProps) {
  const t = useText();
  const language = useLanguage();
  const pick = <T extends string>(options: readonly T[], value: string): T | undefined =>
    options.find((option) => option === value);
  return (
    <div class="rc-deal">
      <label class="rc-field">
        <span>{t('deal.name')}</span>
        <input
          class="rc-input"
          value={deal.name}
          maxLength={200}
          onChange={(e) => {
            const name = e.currentTarget.value.trim();
            if (name !== '') onChange({ name });
          }}
        />
      </label>
      <div class="rc-row">
        <label class="rc-field">
          <span>{t('deal.amount')}</span>
          <input
            class="rc-input"
            type="number"
            min="0"
            value={deal.amount ?? ''}
            onChange={(e) => {
              const amount = e.currentTarget.valueAsNumber;
              onChange({ amount: Number.isFinite(amount) && amount >= 0 ? amount : undefined });
            }}
          />
        </label>
        <label class="rc-field">
          <span>{t('deal.closeDate')}</span>
          <input
            class="rc-input"
            type="date"
            value={deal.closeDate ?? ''}
            onChange={(e) => onChange({ closeDate: e.currentTarget.value || undefined })}
          />
        </label>
      </div>
      <label class="rc-field">
        <span>{t('deal.crmId')}</span>
        <input
          class="rc-input"
          value={deal.crmOpportunityId ?? ''}
          maxLength={64}
          onChange={(e) =>
            onChange({ crmOpportunityId: e.currentTarget.value.trim() || undefined })
          }
        />
      </label>
      <label class="rc-field">
        <span>{t('deal.stage')}</span>
        <select
          class="rc-input"
          value={deal.stage}
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
              name={`rc-decision-mode-${deal.id}`}
              value={mode}
              checked={deal.decisionMode === mode}
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
          value={deal.channel}
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
          value={deal.preset}
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
          value={deal.questionLanguage}
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
