/** Rendering the transfer views in a language, picking files, and catching what they download. */
import { fireEvent, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { vi } from 'vitest';
import { LanguageContext } from '../../../components/i18n';
import type { Language } from '../../../lib/model';

export function renderIn(ui: ComponentChildren, language: Language = 'en') {
  return render(<LanguageContext.Provider value={language}>{ui}</LanguageContext.Provider>);
}

/** What the rep would pick in the file dialog. */
export function chooseFile(
  input: HTMLElement,
  name: string,
  ...parts: (string | Uint8Array<ArrayBuffer>)[]
) {
  const file = new File(parts, name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

export interface Download {
  name: string;
  type: string;
  text: string;
}

/**
 * Files saved through <a download>: the Blob behind each object URL and the link's file name.
 * The click itself is kept from navigating, which happy-dom would otherwise try.
 */
export function catchDownloads(): { files: () => Promise<Download[]> } {
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:rolecall/${next++}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const clicked: { href: string; name: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ href: this.href, name: this.download });
  });
  return {
    files: () =>
      Promise.all(
        clicked.map(async ({ href, name }) => {
          const blob = blobs.get(href);
          if (!blob) throw new Error(`no blob behind ${href}`);
          // Blob.text() would drop a byte-order mark; the bytes keep it.
          const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
            await blob.arrayBuffer(),
          );
          return { name, type: blob.type, text };
        }),
      ),
  };
}
