/**
 * The export flow both panels share: make the files, and when the CRM check finds something,
 * hold them until the rep chooses to download anyway or to go back and fix the map first.
 */
import { useState } from 'preact/hooks';
import type { RolecallDatabase } from '../../lib/db';
import type { ExportScope, ExportTarget, HubspotRoleMode } from '../../lib/transfer';
import { type PreparedExport, prepareExport, saveFiles } from './downloadExport';
import { type ExportOutcome, exportOutcome } from './ExportStatus';

export interface HeldExport extends PreparedExport {
  crm: 'HubSpot' | 'Salesforce';
}

export function useExport(db: RolecallDatabase) {
  const [status, setStatus] = useState<ExportOutcome>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState<HeldExport | undefined>(undefined);

  async function start(scope: ExportScope, target: ExportTarget, hubspotRoles?: HubspotRoleMode) {
    setBusy(true);
    setHeld(undefined);
    setStatus(
      await exportOutcome(async () => {
        const prepared = await prepareExport(
          db,
          scope,
          target,
          hubspotRoles === undefined ? {} : { hubspotRoles },
        );
        if (prepared.findings.length === 0) return saveFiles(prepared.files);
        setHeld({ ...prepared, crm: target === 'hubspot' ? 'HubSpot' : 'Salesforce' });
        return undefined;
      }),
    );
    setBusy(false);
  }

  function confirm() {
    if (held === undefined) return;
    setHeld(undefined);
    setStatus({ kind: 'done', files: saveFiles(held.files) });
  }

  function cancel() {
    setHeld(undefined);
  }

  return { status, busy, held, start, confirm, cancel };
}
