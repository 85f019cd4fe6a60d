/**
 * Export everything or one account as a Rolecall backup, a spreadsheet CSV, a HubSpot contacts
 * file or the two Salesforce files, downloaded straight from the page.
 *
 * Props: `{ db: RolecallDatabase; accountId?: string }`: `accountId` preselects that account
 * (otherwise "All accounts" is chosen). CSV files carry a byte-order mark when the rep's
 * `csvByteOrderMark` setting says so (on by default).
 */
import './transfer.css';
import { useState } from 'preact/hooks';
import { listAccounts, type RolecallDatabase } from '../../lib/db';
import { EXPORT_TARGETS, type ExportScope, type ExportTarget } from '../../lib/transfer';
import { useText } from '../i18n';
import { useLiveQuery } from '../useLiveQuery';
import { ExportProgress } from './ExportCheck';
import { useExport } from './useExport';

export interface ExportPanelProps {
  db: RolecallDatabase;
  accountId?: string;
}

const TARGET_TEXT = {
  json: ['transfer.export.json', 'transfer.export.jsonHint'],
  csv: ['transfer.export.csv', 'transfer.export.csvHint'],
  hubspot: ['transfer.export.hubspot', 'transfer.export.hubspotHint'],
  salesforce: ['transfer.export.salesforce', 'transfer.export.salesforceHint'],
} as const satisfies Record<ExportTarget, readonly [string, string]>;

export function ExportPanel({ db, accountId }: ExportPanelProps) {
  const t = useText();
  const map = useLiveQuery(
    async () => ({ accounts: await listAccounts(db), people: await db.stakeholders.count() }),
    [db],
  );
  const [scope, setScope] = useState<'all' | 'one'>(accountId ? 'one' : 'all');
  const [chosenId, setChosenId] = useState(accountId ?? '');
  const [target, setTarget] = useState<ExportTarget>('json');
  const [addRoles, setAddRoles] = useState(false);
  const exporter = useExport(db);

  const accounts = map.status === 'ready' ? map.value.accounts : [];
  const accountInScope = accounts.find((account) => account.id === chosenId) ?? accounts[0];

  async function download() {
    const exportScope: ExportScope =
      scope === 'one' && accountInScope
        ? { kind: 'account', accountId: accountInScope.id }
        : { kind: 'all' };
    await exporter.start(exportScope, target, addRoles ? 'add' : 'replace');
  }

  return (
    <section class="rc-card rc-transfer" aria-labelledby="rc-export-heading">
      <h2 id="rc-export-heading">{t('transfer.export.heading')}</h2>
      {map.status === 'failed' && (
        <p class="rc-alert" role="alert">
          {t('transfer.export.failed', { detail: map.error })}
        </p>
      )}
      {map.status === 'ready' && accounts.length === 0 && (
        <p class="rc-hint">{t('transfer.export.nothing')}</p>
      )}
      {map.status === 'ready' && accounts.length > 0 && (
        <>
          <fieldset class="rc-fieldset">
            <legend>{t('transfer.export.what')}</legend>
            <label class="rc-choice">
              <input
                type="radio"
                name="rc-export-scope"
                checked={scope === 'all'}
                onChange={() => setScope('all')}
              />
              {t('transfer.export.all', {
                accounts: accounts.length,
                people: map.value.people,
              })}
            </label>
            <label class="rc-choice">
              <input
                type="radio"
                name="rc-export-scope"
                checked={scope === 'one'}
                onChange={() => setScope('one')}
              />
              {t('transfer.export.one')}
            </label>
            {scope === 'one' && (
              <label class="rc-field">
                <span>{t('transfer.export.account')}</span>
                <select
                  class="rc-input"
                  value={accountInScope?.id ?? ''}
                  onChange={(event) => setChosenId(event.currentTarget.value)}
                >
                  {accounts.map((account) => (
                    <option key={account.id} value={account.id}>
                      {account.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
          <fieldset class="rc-fieldset">
            <legend>{t('transfer.export.format')}</legend>
            {EXPORT_TARGETS.map((option) => (
              <label key={option} class="rc-choice">
                <input
                  type="radio"
                  name="rc-export-format"
                  checked={target === option}
                  onChange={() => setTarget(option)}
                />
                <span>
                  {t(TARGET_TEXT[option][0])}
                  <small class="rc-hint">{t(TARGET_TEXT[option][1])}</small>
                </span>
              </label>
            ))}
          </fieldset>
          {target === 'hubspot' && (
            <label class="rc-choice">
              <input
                type="checkbox"
                checked={addRoles}
                onChange={(event) => setAddRoles(event.currentTarget.checked)}
              />
              {t('transfer.export.hubspotAdd')}
            </label>
          )}
          <button
            type="button"
            class="rc-button rc-button--primary"
            disabled={exporter.busy || exporter.held !== undefined}
            onClick={() => void download()}
          >
            {t('transfer.export.download')}
          </button>
        </>
      )}
      <ExportProgress exporter={exporter} />
    </section>
  );
}
