/** Opening the tag panel in a tab: inject the content script on demand, then tell it to open. */
import { browser } from 'wxt/browser';
import type { TaggerOpen } from '../messages/protocol';

/** The panel's frame: small, so the panel appears at once. */
export const TAGGER_SCRIPT = '/content-scripts/tagger.js';
/** The panel itself and people detection: heavier, loaded right after the frame has painted. */
export const PANEL_SCRIPT = '/content-scripts/panel.js';
/** Role badges beside known people, on the sites the rep opted into (registered, not injected). */
export const RECOGNITION_SCRIPT = '/content-scripts/recognize.js';

/**
 * Resolves to false when the browser will not let an extension run on the page (its own
 * pages, the web store, a PDF viewer).
 */
export async function invokeTagger(tabId: number, selection?: string): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [TAGGER_SCRIPT] });
    await browser.scripting.executeScript({ target: { tabId }, files: [PANEL_SCRIPT] });
    const open: TaggerOpen = { type: 'tagger/open', ...(selection ? { selection } : {}) };
    await browser.tabs.sendMessage(tabId, open);
    return true;
  } catch {
    return false;
  }
}
