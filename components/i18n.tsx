/** The language the views speak, provided once at the root and read by every component. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Params, type UiKey, uiText } from '../lib/i18n/ui';
import type { Language } from '../lib/model';

export const LanguageContext = createContext<Language>('en');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** `t('panel.saved', { name })` in the current language. */
export function useText(): (key: UiKey, params?: Params) => string {
  const language = useLanguage();
  return (key, params) => uiText(language, key, params);
}
