/** The rep's settings: one record, with defaults for everything. */
import { z } from 'zod/mini';
import { LANGUAGES, METHODOLOGY_PRESETS } from './deal';

export const SettingsSchema = z.object({
  /** 'auto' follows the browser's language. */
  language: z.enum(['auto', ...LANGUAGES]),
  /** Preset new accounts start with. */
  defaultPreset: z.enum(METHODOLOGY_PRESETS),
  /**
   * Question language of a new account whose first page showed no language we speak; 'auto'
   * is the interface's. A page's own language always comes first (startingQuestionLanguage).
   */
  defaultQuestionLanguage: z.enum(['auto', ...LANGUAGES]),
  /** A stakeholder not verified for longer than this is stale. */
  staleDays: z.number().check(z.int(), z.minimum(1), z.maximum(365)),
  /** Write a byte-order mark into CSV files, so spreadsheets read Cyrillic and Chinese right. */
  csvByteOrderMark: z.boolean(),
  /** Sites (registrable domains) where the rep turned on automatic recognition. */
  recognitionSites: z.array(z.string().check(z.minLength(1), z.maxLength(253))),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  defaultPreset: 'decision-chain',
  defaultQuestionLanguage: 'auto',
  staleDays: 14,
  csvByteOrderMark: true,
  recognitionSites: [],
};
