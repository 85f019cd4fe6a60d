import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import {
  RECOGNITION_SCRIPT_ID,
  type RecognitionApi,
  syncRecognition,
} from '../../lib/recognition/registration';

/** A browser that granted some origins and keeps registered scripts in memory. */
function fakeBrowser(grantedOrigins: string[]) {
  const scripts = new Map<string, Browser.scripting.RegisteredContentScript>();
  const api: RecognitionApi = {
    permissions: {
      contains: async ({ origins }) => origins.every((origin) => grantedOrigins.includes(origin)),
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) =>
        ids.flatMap((id) => {
          const script = scripts.get(id);
          return script ? [script] : [];
        }),
      registerContentScripts: async (list) => {
        for (const script of list) {
          if (scripts.has(script.id)) throw new Error(`duplicate script id ${script.id}`);
          scripts.set(script.id, script);
        }
      },
      updateContentScripts: async (list) => {
        for (const script of list) scripts.set(script.id, { ...scripts.get(script.id), ...script });
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) scripts.delete(id);
      },
    },
  };
  return { api, scripts, grantedOrigins };
}

const linkedin = ['https://*.linkedin.com/*', 'http://*.linkedin.com/*'];
const acme = ['https://*.acme.example/*', 'http://*.acme.example/*'];

describe('automatic recognition', () => {
  it('runs the tag script only on the sites whose permission the browser granted', async () => {
    const browser = fakeBrowser([...linkedin]);
    const covered = await syncRecognition(browser.api, ['linkedin.com', 'acme.example']);
    expect(covered).toEqual(['linkedin.com']);
    expect(browser.scripts.get(RECOGNITION_SCRIPT_ID)).toMatchObject({
      js: ['recognize.js'],
      matches: linkedin,
    });
  });

  it('follows the sites as the rep adds and removes them', async () => {
    const browser = fakeBrowser([...linkedin, ...acme]);
    await syncRecognition(browser.api, ['linkedin.com']);
    await syncRecognition(browser.api, ['linkedin.com', 'acme.example']);
    expect(browser.scripts.get(RECOGNITION_SCRIPT_ID)?.matches).toEqual([...linkedin, ...acme]);
    await syncRecognition(browser.api, []);
    expect(browser.scripts.size).toBe(0);
  });

  it('stops when the browser takes the permission back, even if the site is still listed', async () => {
    const browser = fakeBrowser([...linkedin]);
    await syncRecognition(browser.api, ['linkedin.com']);
    browser.grantedOrigins.length = 0;
    await expect(syncRecognition(browser.api, ['linkedin.com'])).resolves.toEqual([]);
    expect(browser.scripts.size).toBe(0);
  });
});
