/** Import and export, on a full page: a file dialog would close the popup in some browsers. */
import type { RolecallDatabase } from '../../lib/db';
import { useText } from '../i18n';
import { ExportPanel } from '../transfer/ExportPanel';
import { ImportPanel } from '../transfer/ImportPanel';

export function DataPage({ db }: { db: RolecallDatabase }) {
  const t = useText();
  return (
    <div class="rc-dash-page rc-data">
      <h1>{t('dash.data')}</h1>
      <ImportPanel db={db} />
      <ExportPanel db={db} />
    </div>
  );
}
