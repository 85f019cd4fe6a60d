/** The shape of every translated string: one entry per language, so a missing one is a type error. */
import type { Language } from '../model';

export type Localized = Readonly<Record<Language, string>>;

/** Values for `{name}`-style placeholders. */
export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Placeholder names in a string, sorted, so two translations can be compared. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/**
 * The entry in `language` with placeholders filled. An unknown placeholder is left as written
 * rather than blanked, so a missing value shows up in review instead of silently vanishing.
 */
export function localize(entry: Localized, language: Language, params: Params = {}): string {
  return fill(entry[language], params);
}

/** A text with its `{name}` placeholders filled from `params`. */
export function fill(text: string, params: Params = {}): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}
