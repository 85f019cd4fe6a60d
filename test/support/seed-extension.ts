/**
 * Fills the extension's own database from one of its pages, with the raw IndexedDB API, in
 * chunks (a whole 100,000-person map is too much for one message to the page).
 */
import type { Page } from 'playwright-core';
import type { SyntheticMap } from './synthetic';

const CHUNK = 10_000;

async function put(page: Page, store: string, rows: readonly unknown[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await page.evaluate(
      ({ store, rows }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('rolecall');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(store, 'readwrite');
            for (const row of rows) tx.objectStore(store).put(row);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { store, rows: rows.slice(start, start + CHUNK) },
    );
  }
}

/** `page` must be an extension page that has opened the database once (so its tables exist). */
export async function seedExtension(page: Page, map: SyntheticMap): Promise<void> {
  await put(page, 'accounts', map.accounts);
  await put(page, 'deals', map.deals);
  await put(page, 'stakeholders', map.stakeholders);
}
