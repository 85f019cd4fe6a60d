/**
 * The words of the views the on-page panel shares with the extension's pages (the tag form,
 * the role picker). Kept apart from components/i18n.tsx so the content script does not carry
 * every language: whoever renders these provides a PanelVocabulary.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { fill, type Params } from '../lib/i18n/localized';
import { type PanelKey, type PanelVocabulary, panelEn } from '../lib/i18n/ui/panel/schema';

export const PanelVocabularyContext = createContext<PanelVocabulary | undefined>(undefined);

export function usePanelVocabulary(): PanelVocabulary {
  const vocabulary = useContext(PanelVocabularyContext);
  if (!vocabulary) throw new Error('render the tag form inside a PanelVocabularyContext');
  return vocabulary;
}

/** Panel words; before a vocabulary arrives (the panel's first paint), English. */
export function usePanelText(): (key: PanelKey, params?: Params) => string {
  const text = useContext(PanelVocabularyContext)?.text ?? panelEn;
  return (key, params) => fill(text[key], params);
}
