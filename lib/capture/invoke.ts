/** Opening the tag panel in a tab: inject the page scripts on demand, then tell them to open. */
import { browser } from 'wxt/browser';
import type { TaggerOpen } from '../messages/protocol';

/** Places the panel's frame on the page: small, so the panel appears at once. */
export const TAGGER_SCRIPT = '/tagger.js';
/** People detection and the chips beside names: heavier, loaded once the frame is placed. */
export const FINDER_SCRIPT = '/finder.js';
/** Role badges beside known people, on the sites the rep opted into (registered, not injected). */
export const RECOGNITION_SCRIPT = '/recognize.js';
/** The panel itself: an extension page, framed on the rep's page, out of the page's reach. */
export const PANEL_PAGE = '/panel.html';

/** The most of a selection the panel reads: a longer one is cut, never refused. */
export const SELECTION_LIMIT = 2000;

/**
 * Which opening of the panel each tab may frame. A frame presents its token once; a frame in
 * another tab, a second frame, or one the page made itself is refused.
 */
export class PanelOpenings {
  readonly #tokens = new Map<number, string>();

  issue(tabId: number): string {
    const token = crypto.randomUUID();
    this.#tokens.set(tabId, token);
    return token;
  }

  claim(tabId: number | undefined, token: string): boolean {
    if (tabId === undefined || this.#tokens.get(tabId) !== token) return false;
    this.#tokens.delete(tabId);
    return true;
  }
}

/**
 * Resolves to false when the browser will not let an extension run on the page (its own
 * pages, the web store, a PDF viewer).
 */
export async function invokeTagger(
  tabId: number,
  token: string,
  selection?: string,
): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [TAGGER_SCRIPT] });
    const cut = selection?.slice(0, SELECTION_LIMIT);
    const open: TaggerOpen = {
      type: 'tagger/open',
      token,
      frameUrl: browser.runtime.getURL(PANEL_PAGE),
      ...(cut ? { selection: cut } : {}),
    };
    await browser.tabs.sendMessage(tabId, open, { frameId: 0 });
    await browser.scripting.executeScript({ target: { tabId }, files: [FINDER_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}
