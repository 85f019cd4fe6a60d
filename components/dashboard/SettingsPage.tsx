/** The rep's settings: language, defaults for new accounts, staleness, CSV, sites, storage, erase. */
import { useState } from 'preact/hooks';
import { presetName } from '../../lib/coverage';
import type { RolecallDatabase } from '../../lib/db';
import { updateSettings } from '../../lib/db/settings';
import { languageFor } from '../../lib/i18n/ui';
import { LANGUAGES, type Language, METHODOLOGY_PRESETS, type Settings } from '../../lib/model';
import { useLanguage, useText } from '../i18n';
import { EraseEverything } from './EraseEverything';
import { Field } from './Field';
import type { Platform } from './platform';
import { RecognitionSites } from './RecognitionSites';
import { StorageStatus } from './StorageStatus';

export interface SettingsPageProps {
  db: RolecallDatabase;
  platform: Platform;
  settings: Settings;
  now: () => number;
}

export function SettingsPage({ db, platform, settings, now }: SettingsPageProps) {
  const t = useText();
  const language = useLanguage();
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState(false);

  async function change(next: Partial<Settings>) {
    try {
      await updateSettings(db, next);
      setProblem(undefined);
      setSaved(true);
    } catch (error) {
      setSaved(false);
      setProblem(t('settings.failed', { detail: String(error) }));
    }
  }

  const browserLanguage = languageFor(platform.browserLanguage());
  return (
    <div class="rc-dash-page rc-settings">
      <h1>{t('dash.settings')}</h1>
      <section class="rc-card" aria-labelledby="rc-settings-general">
        <h2 id="rc-settings-general">{t('settings.general')}</h2>
        <div class="rc-settings-grid">
          <Field label={t('settings.language')}>
            {(id) => (
              <select
                id={id}
                class="rc-input"
                value={settings.language}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  void change({
                    language: value === 'auto' ? 'auto' : languageOf(value, language),
                  });
                }}
              >
                <option value="auto">
                  {t('settings.languageAuto', { language: t(`language.${browserLanguage}`) })}
                </option>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {t(`language.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('settings.questionLanguage')} hint={t('settings.questionLanguageHint')}>
            {(id, note) => (
              <select
                id={id}
                aria-describedby={note}
                class="rc-input"
                value={settings.defaultQuestionLanguage}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  void change({
                    defaultQuestionLanguage:
                      value === 'auto' ? 'auto' : languageOf(value, language),
                  });
                }}
              >
                <option value="auto">
                  {t('settings.questionLanguageAuto', { language: t(`language.${language}`) })}
                </option>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {t(`language.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('settings.preset')} hint={t('settings.presetHint')}>
            {(id, note) => (
              <select
                id={id}
                aria-describedby={note}
                class="rc-input"
                value={settings.defaultPreset}
                onChange={(e) => {
                  const preset = METHODOLOGY_PRESETS.find((p) => p === e.currentTarget.value);
                  if (preset) void change({ defaultPreset: preset });
                }}
              >
                {METHODOLOGY_PRESETS.map((preset) => (
                  <option key={preset} value={preset}>
                    {presetName(preset, language)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <StaleDays value={settings.staleDays} onChange={(staleDays) => change({ staleDays })} />
        </div>
        <label class="rc-check">
          <input
            type="checkbox"
            checked={settings.csvByteOrderMark}
            onChange={(e) => void change({ csvByteOrderMark: e.currentTarget.checked })}
          />
          <span>
            {t('settings.bom')}
            <small class="rc-hint rc-block">{t('settings.bomHint')}</small>
          </span>
        </label>
        <p class="rc-hint" aria-live="polite">
          {saved && !problem ? t('settings.saved') : ''}
        </p>
        {problem && (
          <p class="rc-alert" role="alert">
            {problem}
          </p>
        )}
      </section>
      <RecognitionSites db={db} platform={platform} sites={settings.recognitionSites} />
      <StorageStatus platform={platform} />
      <EraseEverything db={db} platform={platform} now={now} />
    </div>
  );
}

function languageOf(value: string, fallback: Language): Language {
  return LANGUAGES.find((code) => code === value) ?? fallback;
}

/** Typed freely; saved once it is a whole number of days in range, explained otherwise. */
function StaleDays({ value, onChange }: { value: number; onChange: (days: number) => void }) {
  const t = useText();
  const [typed, setTyped] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  function commit(text: string) {
    const days = Number(text);
    const ok = /^\d+$/u.test(text.trim()) && days >= 1 && days <= 365;
    setInvalid(!ok);
    if (ok && days !== value) onChange(days);
  }
  return (
    <Field
      label={t('settings.staleDays')}
      hint={t('settings.staleHint')}
      error={invalid ? t('settings.staleInvalid') : undefined}
    >
      {(id, note) => (
        <input
          id={id}
          aria-describedby={note}
          class="rc-input rc-input--short"
          type="number"
          min={1}
          max={365}
          inputMode="numeric"
          value={typed}
          aria-invalid={invalid ? 'true' : undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
