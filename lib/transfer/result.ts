/** Outcomes that carry either a value or the problems a rep must fix: no exceptions as control flow. */
import { type TransferKey, transferText } from '../i18n/ui/transfer';
import type { Language } from '../model';

/** A sentence from the UI catalogue and what fills its blanks; a blank may hold another sentence. */
export interface Said {
  key: TransferKey;
  params?: Readonly<Record<string, string | number | Said>>;
}

export function say(key: TransferKey, params?: Said['params']): Said {
  return params === undefined ? { key } : { key, params };
}

/** The sentence in `language`, inner sentences first. */
export function sayIn(language: Language, said: Said): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.params ?? {})) {
    params[name] = typeof value === 'object' ? sayIn(language, value) : value;
  }
  return transferText(language, said.key, params);
}

/** One thing wrong with an import, said so a rep can find it and fix it. */
export interface ImportProblem {
  /** The file the problem is in, as the rep named it. */
  file: string;
  /** Where in the file, in English: 'Row 12, column "Stance"', or '' for the whole file. */
  where: string;
  /** What is wrong, in plain English words (the converter prints these). */
  message: string;
  /** The same place and message as catalogue sentences, for a UI in the rep's language. */
  said: { where?: Said; message: Said };
}

export function problem(file: string, where: Said | undefined, message: Said): ImportProblem {
  return {
    file,
    where: where === undefined ? '' : sayIn('en', where),
    message: sayIn('en', message),
    said: where === undefined ? { message } : { where, message },
  };
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(file: string, where: Said | undefined, message: Said): Result<T> {
  return { ok: false, problems: [problem(file, where, message)] };
}

export function failMany<T>(problems: ImportProblem[]): Result<T> {
  return { ok: false, problems };
}

/** The place and the message in `language`, for a UI to show side by side. */
export function problemIn(
  language: Language,
  { said }: ImportProblem,
): { where: string; message: string } {
  return {
    where: said.where === undefined ? '' : sayIn(language, said.where),
    message: sayIn(language, said.message),
  };
}

/** One line per problem, the way the converter prints them. */
export function describeProblem(item: ImportProblem): string {
  return describeProblemIn('en', item);
}

export function describeProblemIn(language: Language, item: ImportProblem): string {
  const { where, message } = problemIn(language, item);
  const place = [item.file, where].filter((part) => part !== '').join(', ');
  return place === '' ? message : `${place}: ${message}`;
}
