/** The dashboard page: wires the database and the browser into the dashboard views. */
import { browser } from 'wxt/browser';
import { Dashboard } from '../../components/dashboard/Dashboard';
import type { Platform } from '../../components/dashboard/platform';
import { openDatabase, requestPersistentStorage } from '../../lib/db';
import { downloadBlob } from '../../lib/powermap/export';

const db = openDatabase();

const platform: Platform = {
  browserLanguage: () => browser.i18n.getUILanguage(),
  requestOrigins: (origins) => browser.permissions.request({ origins }),
  removeOrigins: (origins) => browser.permissions.remove({ origins }),
  storage: async () => {
    const storage = navigator.storage;
    const estimate = storage?.estimate ? await storage.estimate() : {};
    return {
      usage: estimate.usage,
      quota: estimate.quota,
      persisted: storage?.persisted ? await storage.persisted() : false,
    };
  },
  persist: () => requestPersistentStorage(),
  download: downloadBlob,
};

export function App() {
  return <Dashboard db={db} platform={platform} />;
}
