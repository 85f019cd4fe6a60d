/**
 * Saves export files through the page's own download: a Blob, an object URL and a click on
 * <a download>. No network, and no "downloads" permission.
 */
import type { ExportFile } from '../../lib/transfer';

/** Object URLs stay valid long enough for the browser to start saving, then are freed. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(file: ExportFile, document: Document = globalThis.document): void {
  const url = URL.createObjectURL(
    new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
