/** What the last export did, said under the export buttons. */
import { useText } from '../i18n';

export type ExportOutcome =
  | { kind: 'idle' }
  | { kind: 'done'; files: string[] }
  | { kind: 'failed'; detail: string };

export function ExportStatus({ status }: { status: ExportOutcome }) {
  const t = useText();
  if (status.kind === 'done' && status.files.length > 0) {
    return (
      <p class="rc-success" role="status">
        {t('transfer.export.downloaded', { files: status.files.join(', ') })}
      </p>
    );
  }
  if (status.kind === 'done') {
    return (
      <p class="rc-hint" role="status">
        {t('transfer.export.nothing')}
      </p>
    );
  }
  if (status.kind === 'failed') {
    return (
      <p class="rc-alert" role="alert">
        {t('transfer.export.failed', { detail: status.detail })}
      </p>
    );
  }
  return null;
}

/**
 * The outcome of an export call, failures included: an export never throws at the rep.
 * `undefined` from `run` means the files wait for the rep's choice: nothing to say yet.
 */
export async function exportOutcome(
  run: () => Promise<string[] | undefined>,
): Promise<ExportOutcome> {
  try {
    const files = await run();
    return files === undefined ? { kind: 'idle' } : { kind: 'done', files };
  } catch (error) {
    return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
