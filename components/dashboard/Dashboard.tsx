/** The dashboard: every account, one account's map and power map, settings, and data. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { RolecallDatabase } from '../../lib/db';
import { readSettings } from '../../lib/db/settings';
import { languageFor } from '../../lib/i18n/ui';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/model';
import { useLanguage, useText } from '../i18n';
import { EraseAccount } from '../transfer/EraseAccount';
import { useLiveQuery } from '../useLiveQuery';
import { Speaks } from '../vocabulary';
import { AccountPage } from './AccountPage';
import { AccountsPage } from './AccountsPage';
import type { Platform } from './platform';
import { type Route, routeHref, useRoute } from './route';
import { SettingsPage } from './SettingsPage';

export interface DashboardProps {
  db: RolecallDatabase;
  platform: Platform;
  /** Fixed in tests; the clock otherwise. */
  now?: () => number;
}

export function Dashboard({ db, platform, now = Date.now }: DashboardProps) {
  const stored = useLiveQuery(() => readSettings(db), [db]);
  const settings = stored.status === 'ready' ? stored.value : DEFAULT_SETTINGS;
  const language =
    settings.language === 'auto' ? languageFor(platform.browserLanguage()) : settings.language;
  return (
    <Speaks language={language}>
      <Shell db={db} platform={platform} now={now} settings={settings} failed={stored} />
    </Speaks>
  );
}

interface ShellProps {
  db: RolecallDatabase;
  platform: Platform;
  now: () => number;
  settings: Settings;
  failed: { status: string; error?: string };
}

function Shell({ db, platform, now, settings, failed }: ShellProps) {
  const t = useText();
  const language = useLanguage();
  const route = useRoute();
  const [justErased, setJustErased] = useState(false);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('dash.title');
  }, [language]);
  return (
    <div class="rc-root rc-dash">
      <header class="rc-dash-header">
        <span class="rc-logo" aria-hidden="true">
          R
        </span>
        <span class="rc-dash-brand">Rolecall</span>
        <nav class="rc-dash-nav" aria-label={t('dash.nav')}>
          <NavLink route={{ page: 'accounts' }} current={route} label={t('dash.accounts')} />
          <NavLink route={{ page: 'settings' }} current={route} label={t('dash.settings')} />
          <NavLink route={{ page: 'data' }} current={route} label={t('dash.data')} />
        </nav>
      </header>
      <main class="rc-dash-main">
        {failed.status === 'failed' && (
          <p class="rc-alert" role="alert">
            {t('popup.storageFailed', { detail: failed.error ?? '' })}
          </p>
        )}
        {route.page === 'accounts' && <AccountsPage db={db} now={now} settings={settings} />}
        {route.page === 'account' && (
          <>
            <AccountPage
              key={route.accountId}
              db={db}
              accountId={route.accountId}
              now={now}
              settings={settings}
              justErased={justErased}
            />
            {/* Outside the account's page, so its undo stays once the account is gone. */}
            <EraseAccount
              key={`erase-${route.accountId}`}
              db={db}
              accountId={route.accountId}
              onUndoOffered={setJustErased}
            />
          </>
        )}
        {route.page === 'settings' && (
          <SettingsPage db={db} platform={platform} settings={settings} now={now} />
        )}
        {route.page === 'data' && <LazyDataPage db={db} />}
      </main>
    </div>
  );
}

function NavLink({ route, current, label }: { route: Route; current: Route; label: string }) {
  const here =
    route.page === current.page || (route.page === 'accounts' && current.page === 'account');
  return (
    <a href={routeHref(route)} class="rc-dash-navlink" aria-current={here ? 'page' : undefined}>
      {label}
    </a>
  );
}

/**
 * Import and export bring the CSV parser and CRM mappings; they load when the Data page is
 * opened, so the accounts list never waits for them.
 */
function LazyDataPage({ db }: { db: RolecallDatabase }) {
  const t = useText();
  const [page, setPage] = useState<ComponentType<{ db: RolecallDatabase }>>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    import('./DataPage').then(
      (module) => setPage(() => module.DataPage),
      (error: unknown) => setProblem(String(error)),
    );
  }, []);
  if (problem) {
    return (
      <p class="rc-alert" role="alert">
        {t('dash.pageFailed', { detail: problem })}
      </p>
    );
  }
  const Page = page;
  return Page ? <Page db={db} /> : <p class="rc-hint">{t('panel.loading')}</p>;
}
