/**
 * The words the views use: the rep's language, and the methodology preset whose names the
 * roles go by (the stored roles never change). Extension pages wrap their views in <Speaks>
 * at the root and <Vocabulary> around one account.
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { roleLabel } from '../lib/coverage/presets';
import { panelVocabulary } from '../lib/i18n/panel-vocabulary';
import type { DecisionRole, Language, MethodologyPreset } from '../lib/model';
import { LanguageContext, useLanguage } from './i18n';
import { PanelVocabularyContext } from './panel-text';

export const PresetContext = createContext<MethodologyPreset>('decision-chain');

export function useRoleLabel(): (role: DecisionRole) => string {
  const preset = useContext(PresetContext);
  const language = useLanguage();
  return (role) => roleLabel(preset, role, language);
}

/** Everything below speaks `language`, in the default methodology's role names. */
export function Speaks({
  language,
  children,
}: {
  language: Language;
  children: ComponentChildren;
}) {
  return (
    <LanguageContext.Provider value={language}>
      <Vocabulary preset="decision-chain">{children}</Vocabulary>
    </LanguageContext.Provider>
  );
}

/** Everything below names roles as `preset` does (one account's methodology). */
export function Vocabulary({
  preset,
  children,
}: {
  preset: MethodologyPreset;
  children: ComponentChildren;
}) {
  const language = useLanguage();
  const panel = useMemo(() => panelVocabulary(language, preset), [language, preset]);
  return (
    <PresetContext.Provider value={preset}>
      <PanelVocabularyContext.Provider value={panel}>{children}</PanelVocabularyContext.Provider>
    </PresetContext.Provider>
  );
}
