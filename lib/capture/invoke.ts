/** Opening the tag panel in a tab: inject the content script on demand, then tell it to open. */
import { browser } from 'wxt/browser';
import type { TaggerOpen } from '../messages/protocol';

export const TAGGER_SCRIPT = '/content-scripts/tagger.js';

/**
 * Resolves to an error message when the browser will not let an extension run on the page
 * (its own pages, the web store, a PDF viewer), else undefined.
 */
export async function invokeTagger(tabId: number, selection?: string): Promise<string | undefined> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [TAGGER_SCRIPT] });
    const open: TaggerOpen = { type: 'tagger/open', ...(selection ? { selection } : {}) };
    await browser.tabs.sendMessage(tabId, open);
    return undefined;
  } catch {
    return "Rolecall can't run on this page. Browser pages, the extension store and some viewers are off limits; open the company's own page and try again.";
  }
}
