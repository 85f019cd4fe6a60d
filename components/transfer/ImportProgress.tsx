/** A long import's progress: which step, how far, as a bar and in words. */
import type { Progress } from '../../lib/transfer';
import { useText } from '../i18n';

const PHASE_TEXT = {
  reading: 'transfer.import.reading',
  parsing: 'transfer.import.parsing',
  checking: 'transfer.import.checking',
  planning: 'transfer.import.planning',
  writing: 'transfer.import.writing',
} as const satisfies Record<Progress['phase'], string>;

export function ImportProgress({ file, progress }: { file: string; progress: Progress }) {
  const t = useText();
  const percent =
    progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : 0;
  const label = t(PHASE_TEXT[progress.phase], { file });
  return (
    <div class="rc-progress" role="status">
      <span>{label}</span>
      <progress max={100} value={percent} aria-label={label} />
      <span>{t('transfer.import.progress', { percent })}</span>
    </div>
  );
}
