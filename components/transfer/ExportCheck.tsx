/**
 * What the CRM will do with the rows about to be downloaded, each with its fix, and the choice
 * to download anyway or go back and fix them in Rolecall first.
 */
import type { ImportProblem } from '../../lib/transfer';
import { useText } from '../i18n';
import { ExportStatus } from './ExportStatus';
import { ProblemList } from './ProblemList';
import type { useExport } from './useExport';

export interface ExportCheckProps {
  crm: 'HubSpot' | 'Salesforce';
  findings: readonly ImportProblem[];
  onDownload: () => void;
  onCancel: () => void;
}

export function ExportCheck({ crm, findings, onDownload, onCancel }: ExportCheckProps) {
  const t = useText();
  return (
    <section class="rc-export-check" aria-labelledby="rc-export-check-heading">
      <h3 id="rc-export-check-heading">{t('transfer.check.heading', { crm })}</h3>
      <p class="rc-hint">{t('transfer.check.hint', { crm })}</p>
      <ProblemList problems={findings} />
      <div class="rc-export-check__actions">
        <button type="button" class="rc-button rc-button--primary" onClick={onDownload}>
          {t('transfer.check.anyway')}
        </button>
        <button type="button" class="rc-button" onClick={onCancel}>
          {t('transfer.check.cancel')}
        </button>
      </div>
    </section>
  );
}

/** Where an export stands: the CRM check while a download is held, then what was saved. */
export function ExportProgress({ exporter }: { exporter: ReturnType<typeof useExport> }) {
  return (
    <>
      {exporter.held && (
        <ExportCheck
          crm={exporter.held.crm}
          findings={exporter.held.findings}
          onDownload={exporter.confirm}
          onCancel={exporter.cancel}
        />
      )}
      <ExportStatus status={exporter.status} />
    </>
  );
}
