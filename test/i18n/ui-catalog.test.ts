/** The interface catalogue in six languages, and the browser-level messages (name, menu item). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { languageFor, placeholders, UI_TEXT, uiText } from '../../lib/i18n';
import { en } from '../../lib/i18n/ui/en';
import { LANGUAGES, type Language } from '../../lib/model';

const KEYS = Object.keys(en).sort();
const OTHERS = LANGUAGES.filter((language) => language !== 'en');

/** Keys whose English text is a word or more, so a translation should differ from it. */
const WORDY = Object.entries(en).filter(
  ([key, text]) => !key.startsWith('language.') && /\p{L}/u.test(text.replace(/\{\w+\}/g, '')),
);

describe('the UI catalogue', () => {
  it.each(LANGUAGES)('%s has exactly the English keys, each non-empty', (language) => {
    const catalog: Readonly<Record<string, string>> = UI_TEXT[language];
    expect(Object.keys(catalog).sort()).toEqual(KEYS);
    for (const key of KEYS) {
      const text = catalog[key] ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(text, key).toBe(text.trim());
    }
  });

  it.each(OTHERS)('%s keeps every {param} of the English text and adds none', (language) => {
    const catalog: Readonly<Record<string, string>> = UI_TEXT[language];
    for (const [key, english] of Object.entries(en)) {
      expect(placeholders(catalog[key] ?? ''), key).toEqual(placeholders(english));
    }
  });

  it.each(OTHERS)('%s is really translated, not English left in place', (language) => {
    const catalog: Readonly<Record<string, string>> = UI_TEXT[language];
    const untranslated = WORDY.filter(([key, english]) => catalog[key] === english).map(
      ([key]) => key,
    );
    expect(WORDY.length).toBeGreaterThan(50);
    expect(untranslated.length / WORDY.length, untranslated.join(', ')).toBeLessThanOrEqual(0.1);
  });

  it.each(LANGUAGES)('%s names every language in that language itself', (language) => {
    for (const other of LANGUAGES) {
      const key = `language.${other}` as const;
      expect(uiText(language, key)).toBe(en[key]);
    }
  });

  it('fills the parameters a rep sees in a sentence', () => {
    expect(uiText('de', 'popup.emptyAccount', { account: 'Acme' })).toBe(
      'Noch niemand auf der Karte von Acme.',
    );
    expect(uiText('ru', 'coverage.scoreOf', { score: 42 })).toContain('42');
  });
});

describe('languageFor', () => {
  it.each([
    ['de-AT', 'de'],
    ['zh-Hans-CN', 'zh'],
    ['zh_TW', 'zh'],
    ['in', 'id'],
    ['id-ID', 'id'],
    ['FI', 'fi'],
    ['ru-RU', 'ru'],
    ['pt-BR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] satisfies [string | undefined, Language][])('maps %s to %s', (locale, language) => {
    expect(languageFor(locale)).toBe(language);
  });
});

const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
const LOCALE_DIR: Readonly<Record<Language, string>> = {
  en: 'en',
  ru: 'ru',
  zh: 'zh_CN',
  id: 'id',
  fi: 'fi',
  de: 'de',
};
const Messages = z.record(
  z.string(),
  z.object({ message: z.string(), description: z.optional(z.string()) }),
);

function messages(language: Language) {
  const raw: unknown = JSON.parse(
    readFileSync(join(LOCALES, LOCALE_DIR[language], 'messages.json'), 'utf8'),
  );
  return Messages.parse(raw);
}

describe('the browser-level messages (public/_locales)', () => {
  it.each(LANGUAGES)('%s has the extension name, description and menu item', (language) => {
    const own = messages(language);
    expect(Object.keys(own).sort()).toEqual(Object.keys(messages('en')).sort());
    expect(own.extName?.message).toBe('Rolecall');
    for (const [name, { message }] of Object.entries(own)) {
      expect(message.trim(), name).not.toBe('');
    }
    // Chrome rejects a description over 132 characters.
    expect(own.extDescription?.message.length).toBeLessThanOrEqual(132);
    if (language !== 'en') {
      expect(own.extDescription?.message).not.toBe(messages('en').extDescription?.message);
      expect(own.contextMenuTag?.message).not.toBe(messages('en').contextMenuTag?.message);
    }
  });

  it.each(LANGUAGES)('%s: the popup hint quotes the menu item as the menu shows it', (language) => {
    const menuItem = messages(language).contextMenuTag?.message ?? '';
    expect(uiText(language, 'popup.noAccounts')).toContain(menuItem);
  });
});
