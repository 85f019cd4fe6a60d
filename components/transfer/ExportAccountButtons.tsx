/**
 * Compact export of one account, for the popup: one button per format.
 *
 * Props: `{ db: RolecallDatabase; accountId: string }`. Honours the rep's `csvByteOrderMark`
 * setting. Import is not offered here: a file dialog closes the popup in some browsers.
 */
import './transfer.css';
import type { RolecallDatabase } from '../../lib/db';
import { EXPORT_TARGETS, type ExportTarget } from '../../lib/transfer';
import { useText } from '../i18n';
import { useLiveQuery } from '../useLiveQuery';
import { ExportProgress } from './ExportCheck';
import { useExport } from './useExport';

export interface ExportAccountButtonsProps {
  db: RolecallDatabase;
  accountId: string;
}

const FORMAT_NAME = {
  json: 'transfer.format.json',
  csv: 'transfer.format.csv',
  hubspot: 'transfer.format.hubspot',
  salesforce: 'transfer.format.salesforce',
} as const satisfies Record<ExportTarget, string>;

const FORMAT_TITLE = {
  json: 'transfer.export.json',
  csv: 'transfer.export.csv',
  hubspot: 'transfer.export.hubspot',
  salesforce: 'transfer.export.salesforce',
} as const satisfies Record<ExportTarget, string>;

export function ExportAccountButtons({ db, accountId }: ExportAccountButtonsProps) {
  const t = useText();
  const account = useLiveQuery(() => db.accounts.get(accountId), [db, accountId]);
  const exporter = useExport(db);
  const name = account.status === 'ready' ? (account.value?.name ?? '') : '';

  async function download(target: ExportTarget) {
    await exporter.start({ kind: 'account', accountId }, target);
  }

  return (
    <fieldset class="rc-export-buttons">
      <legend class="rc-export-buttons__label">
        {t('transfer.export.short', { account: name })}
      </legend>
      {EXPORT_TARGETS.map((target) => (
        <button
          key={target}
          type="button"
          class="rc-button rc-button--small"
          disabled={exporter.busy || account.status !== 'ready' || account.value === undefined}
          title={t(FORMAT_TITLE[target])}
          aria-label={t('transfer.export.as', { account: name, format: t(FORMAT_TITLE[target]) })}
          onClick={() => void download(target)}
        >
          {t(FORMAT_NAME[target])}
        </button>
      ))}
      <ExportProgress exporter={exporter} />
    </fieldset>
  );
}
