/** Asks the browser to keep Rolecall's data even under storage pressure. */
export async function requestPersistentStorage(
  storage: StorageManager = navigator.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
