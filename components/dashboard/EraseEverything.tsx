/** Erasing every record, with a backup offered first: nothing here can be undone. */
import { useState } from 'preact/hooks';
import type { RolecallDatabase } from '../../lib/db';
import { dataCounts, eraseEverything } from '../../lib/db/dashboard';
import { readSettings } from '../../lib/db/settings';
import { sitesPatterns } from '../../lib/recognition/sites';
import { exportFiles, readSnapshot } from '../../lib/transfer';
import { useText } from '../i18n';
import type { Platform } from './platform';

export interface EraseEverythingProps {
  db: RolecallDatabase;
  platform: Platform;
  now: () => number;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'asking'; accounts: number; stakeholders: number; backup?: string }
  | { kind: 'done' };

export function EraseEverything({ db, platform, now }: EraseEverythingProps) {
  const t = useText();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<string>();

  async function ask() {
    setProblem(undefined);
    setStep({ kind: 'asking', ...(await dataCounts(db)) });
  }

  async function backup() {
    if (step.kind !== 'asking') return;
    try {
      const [file] = exportFiles(await readSnapshot(db), 'json', { now: new Date(now()) });
      if (!file) return;
      platform.download(new Blob([file.text], { type: file.mimeType }), file.name);
      setStep({ ...step, backup: file.name });
    } catch (error) {
      setProblem(t('erase.backupFailed', { detail: String(error) }));
    }
  }

  async function erase() {
    try {
      // Sites go back first: with the settings gone, nothing would remember they were granted.
      const { recognitionSites } = await readSettings(db);
      if (recognitionSites.length > 0)
        await platform.removeOrigins(sitesPatterns(recognitionSites));
      await eraseEverything(db);
      setStep({ kind: 'done' });
    } catch (error) {
      setProblem(t('erase.failed', { detail: String(error) }));
    }
  }

  return (
    <section class="rc-card rc-danger-zone" aria-labelledby="rc-erase-heading">
      <h2 id="rc-erase-heading">{t('erase.heading')}</h2>
      <p class="rc-hint">{t('erase.explain')}</p>
      {step.kind === 'idle' && (
        <button type="button" class="rc-button rc-button--danger" onClick={() => void ask()}>
          {t('erase.start')}
        </button>
      )}
      {step.kind === 'asking' && (
        <div class="rc-erase-ask" role="alertdialog" aria-labelledby="rc-erase-question">
          <p id="rc-erase-question">
            <strong>
              {t('erase.question', { accounts: step.accounts, people: step.stakeholders })}
            </strong>
          </p>
          <p>{t('erase.offerBackup')}</p>
          {step.backup && (
            <p class="rc-success" role="status">
              {t('erase.backedUp', { file: step.backup })}
            </p>
          )}
          <span class="rc-actions rc-actions--start">
            <button
              type="button"
              class="rc-button rc-button--primary"
              onClick={() => void backup()}
            >
              {t('erase.backup')}
            </button>
            <button type="button" class="rc-button" onClick={() => setStep({ kind: 'idle' })}>
              {t('form.cancel')}
            </button>
            <button type="button" class="rc-button rc-button--danger" onClick={() => void erase()}>
              {t('erase.confirm')}
            </button>
          </span>
        </div>
      )}
      {step.kind === 'done' && (
        <p class="rc-success" role="status">
          {t('erase.done')}
        </p>
      )}
      {problem && (
        <p class="rc-alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
