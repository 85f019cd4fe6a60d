/**
 * What the dashboard needs from the browser beyond its database, passed in by the entrypoint
 * so views stay testable: the browser's language, site permissions, storage and downloads.
 */
export interface StorageState {
  /** Bytes used and available, when the browser says. */
  usage: number | undefined;
  quota: number | undefined;
  /** Whether the browser promised not to clear the data under storage pressure. */
  persisted: boolean;
}

export interface Platform {
  browserLanguage: () => string | undefined;
  /** Asks the browser for access to these origins; must run inside the click that asked. */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  removeOrigins: (origins: string[]) => Promise<boolean>;
  storage: () => Promise<StorageState>;
  persist: () => Promise<boolean>;
  download: (blob: Blob, name: string) => void;
}
