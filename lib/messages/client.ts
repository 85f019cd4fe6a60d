/** Sending a typed request to the background and checking what comes back. */
import { browser } from 'wxt/browser';
import {
  type BackgroundMessageType,
  type RequestOf,
  type ResponseOf,
  schemasByType,
} from './protocol';

export async function askBackground<K extends BackgroundMessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  return schemasByType[type].response.parse(reply);
}
