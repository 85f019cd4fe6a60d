/** The frame's side: ask the script in the page the panel is framed on, and check the answer. */
import { browser } from 'wxt/browser';
import {
  type PageRequestOf,
  type PageRequestType,
  type PageResponseOf,
  pageSchemasByType,
} from './frame';

/** The tab the frame is in and the opening of the panel it belongs to (from the background). */
export interface FrameSession {
  tabId: number;
  token: string;
}

export async function askPage<K extends PageRequestType>(
  session: FrameSession,
  type: K,
  payload: PageRequestOf<K>,
): Promise<PageResponseOf<K>> {
  const reply: unknown = await browser.tabs.sendMessage(
    session.tabId,
    { type, token: session.token, payload },
    // Only the page's own top frame: never a frame the page embeds, never this one.
    { frameId: 0 },
  );
  return pageSchemasByType[type].response.parse(reply);
}
