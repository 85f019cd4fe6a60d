/** Words for moving maps in and out, in six languages; spread into the UI catalogue too. */
import type { Language } from '../../../model';
import { fill, type Params } from '../../localized';
import { transferDe } from './de';
import { type TransferKey, transferEn } from './en';
import { transferFi } from './fi';
import { transferId } from './id';
import { transferRu } from './ru';
import { transferZh } from './zh';

export type { TransferKey };
export type TransferCatalog = Readonly<Record<TransferKey, string>>;

export const TRANSFER_TEXT: Readonly<Record<Language, TransferCatalog>> = {
  en: transferEn,
  ru: transferRu,
  zh: transferZh,
  id: transferId,
  fi: transferFi,
  de: transferDe,
};

export function transferText(language: Language, key: TransferKey, params: Params = {}): string {
  return fill(TRANSFER_TEXT[language][key], params);
}
