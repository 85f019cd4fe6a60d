/**
 * Automatic recognition on the sites the rep opted into: the tag script is registered for every
 * site whose permission the browser granted, and for no other. Run again whenever the site list
 * or the granted permissions change; it converges on the same registration whatever the order.
 */
import type { Browser } from 'wxt/browser';
import { RECOGNITION_SCRIPT } from '../capture/invoke';
import { sitePatterns } from './sites';

export const RECOGNITION_SCRIPT_ID = 'rolecall-recognition';

type RegisteredScript = Browser.scripting.RegisteredContentScript;

/** The slice of the browser's `permissions` and `scripting` APIs this needs. */
export interface RecognitionApi {
  permissions: { contains: (query: { origins: string[] }) => Promise<boolean> };
  scripting: {
    getRegisteredContentScripts: (filter: { ids: string[] }) => Promise<RegisteredScript[]>;
    registerContentScripts: (scripts: RegisteredScript[]) => Promise<void>;
    updateContentScripts: (scripts: RegisteredScript[]) => Promise<void>;
    unregisterContentScripts: (filter: { ids: string[] }) => Promise<void>;
  };
}

/** Registers recognition for the granted sites among `sites`; returns the sites now covered. */
export async function syncRecognition(
  api: RecognitionApi,
  sites: readonly string[],
): Promise<string[]> {
  const granted: string[] = [];
  for (const site of sites) {
    if (await api.permissions.contains({ origins: sitePatterns(site) })) granted.push(site);
  }
  const [existing] = await api.scripting.getRegisteredContentScripts({
    ids: [RECOGNITION_SCRIPT_ID],
  });
  if (granted.length === 0) {
    if (existing) await api.scripting.unregisterContentScripts({ ids: [RECOGNITION_SCRIPT_ID] });
    return granted;
  }
  const script: RegisteredScript = {
    id: RECOGNITION_SCRIPT_ID,
    js: [RECOGNITION_SCRIPT.replace(/^\//u, '')],
    matches: granted.flatMap(sitePatterns),
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (existing) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
  return granted;
}
