/** The frame's side: ask the script in the page the panel is framed on, and check the answer. */
import { askBackground } from './client';
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
  // Through the background, which delivers it to this frame's own tab, top frame only.
  const reply = await askBackground('page/relay', { type, token: session.token, payload });
  return pageSchemasByType[type].response.parse(reply);
}
