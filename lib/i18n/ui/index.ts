/** The interface's words in six languages, and how to pick the language to speak. */
import { LANGUAGES, type Language } from '../../model';
import { fill, type Params } from '../localized';
import { de } from './de';
import { en, type UiKey } from './en';
import { fi } from './fi';
import { id } from './id';
import { ru } from './ru';
import { zh } from './zh';

export type { Params, UiKey };
export type UiCatalog = Readonly<Record<UiKey, string>>;

export const UI_TEXT: Readonly<Record<Language, UiCatalog>> = { en, ru, zh, id, fi, de };

export function uiText(language: Language, key: UiKey, params: Params = {}): string {
  return fill(UI_TEXT[language][key], params);
}

/** The supported language closest to a browser locale such as "de-AT" or "zh-Hans-CN"; else English. */
export function languageFor(locale: string | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/u)[0];
  // Indonesian is also tagged with its older code "in".
  const normalized = base === 'in' ? 'id' : base;
  return LANGUAGES.find((language) => language === normalized) ?? 'en';
}
