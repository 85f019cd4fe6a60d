/** The popup: coverage and map of the current tab's account (or the last one used), live. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AccountMap } from '../../components/AccountMap';
import { CoverageScore } from '../../components/CoverageScore';
import { DealContextForm } from '../../components/DealContextForm';
import { DealSwitcher } from '../../components/DealSwitcher';
import { GapList } from '../../components/GapList';
import { useLanguage, useText } from '../../components/i18n';
import { RoleGrid } from '../../components/RoleGrid';
import { StakeholderForm } from '../../components/StakeholderForm';
import { ExportAccountButtons } from '../../components/transfer/ExportAccountButtons';
import { useLiveQuery } from '../../components/useLiveQuery';
import { Speaks, Vocabulary } from '../../components/vocabulary';
import { registrableDomain } from '../../lib/capture/page';
import { saveFailureMessage } from '../../lib/capture/service';
import { assessCoverage, callBrief, coverageScore } from '../../lib/coverage';
import { coverageSubject } from '../../lib/coverage/standings';
import {
  accountToShow,
  createDeal,
  dealsOf,
  type Erasure,
  eraseStakeholder,
  openDatabase,
  peopleOf,
  readSettings,
  recentAccounts,
  restoreErasure,
  saveDraft,
  systemClock,
  updateDeal,
} from '../../lib/db';
import { languageFor } from '../../lib/i18n/ui';
import { askBackground } from '../../lib/messages';
import {
  type Account,
  DEFAULT_SETTINGS,
  type Deal,
  draftFromPerson,
  type Person,
  type StakeholderDraft,
  stakeholdersIn,
} from '../../lib/model';
import { POPUP_READY } from './marks';

const db = openDatabase();
const UNDO_MS = 10_000;

export function App() {
  const settings = useLiveQuery(() => readSettings(db), []);
  const preferred =
    settings.status === 'ready' ? settings.value.language : DEFAULT_SETTINGS.language;
  const language = preferred === 'auto' ? languageFor(browser.i18n.getUILanguage()) : preferred;
  return (
    <Speaks language={language}>
      <Popup
        staleDays={
          settings.status === 'ready' ? settings.value.staleDays : DEFAULT_SETTINGS.staleDays
        }
      />
    </Speaks>
  );
}

/** How many accounts the switcher offers; the dashboard has them all. */
const RECENT_LIMIT = 30;

/** Where the tab stands: undefined until the browser has answered. */
type TabInfo = { id?: number; domain?: string };

function Popup({ staleDays }: { staleDays: number }) {
  const t = useText();
  const [tab, setTab] = useState<TabInfo>();
  const [chosenId, setChosenId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const recent = useLiveQuery(() => recentAccounts(db, RECENT_LIMIT), []);
  const current = useLiveQuery(
    () =>
      tab ? accountToShow(db, { chosenId, domain: tab.domain }) : new Promise<never>(() => {}),
    [tab, chosenId],
  );

  useEffect(() => {
    browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      const domain = active?.url ? registrableDomain(active.url) : undefined;
      setTab({
        ...(active?.id !== undefined ? { id: active.id } : {}),
        ...(domain ? { domain } : {}),
      });
    });
  }, []);

  const account = current.status === 'ready' ? current.value : undefined;
  const recentList = recent.status === 'ready' ? recent.value : [];
  const choices =
    account && !recentList.some((candidate) => candidate.id === account.id)
      ? [account, ...recentList]
      : recentList;
  const failure = [recent, current].find((live) => live.status === 'failed');

  async function tagOnPage() {
    if (tab?.id === undefined) return;
    const { opened } = await askBackground('tagger/invoke', { tabId: tab.id }).catch(() => ({
      opened: false,
    }));
    if (opened) window.close();
    else setProblem(t('invoke.forbidden'));
  }

  return (
    <main class="rc-root rc-popup">
      <header class="rc-popup-header">
        <span class="rc-logo" aria-hidden="true">
          R
        </span>
        {choices.length > 0 ? (
          <select
            class="rc-input"
            aria-label={t('popup.account')}
            value={account?.id}
            onChange={(event) => setChosenId(event.currentTarget.value)}
          >
            {choices.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        ) : (
          <h1>Rolecall</h1>
        )}
        <a
          class="rc-icon-button"
          href="/dashboard.html"
          target="_blank"
          rel="noopener"
          title={t('popup.openDashboard')}
        >
          {t('popup.openDashboard')}
        </a>
      </header>
      <button type="button" class="rc-button rc-button--primary" onClick={tagOnPage}>
        {t('popup.tagOnPage')}
      </button>
      {problem && (
        <p class="rc-alert" role="alert">
          {problem}
        </p>
      )}
      {failure?.status === 'failed' && (
        <p class="rc-alert" role="alert">
          {t('popup.storageFailed', { detail: failure.error })}
        </p>
      )}
      {current.status === 'ready' && !account && <p class="rc-hint">{t('popup.noAccounts')}</p>}
      {account && (
        <AccountView
          key={account.id}
          account={account}
          accountNames={recentList.map((candidate) => candidate.name)}
          staleDays={staleDays}
        />
      )}
    </main>
  );
}

interface AccountViewProps {
  account: Account;
  /** Offered in the edit form's account field. */
  accountNames: readonly string[];
  staleDays: number;
}

/** The account's deals and people, read together; the deal shown is the one last worked on. */
function AccountView({ account, accountNames, staleDays }: AccountViewProps) {
  const [chosenDealId, setChosenDealId] = useState<string>();
  const map = useLiveQuery(
    async () => ({
      deals: await dealsOf(db, account.id),
      people: await peopleOf(db, account.id),
    }),
    [account.id],
  );
  if (map.status !== 'ready') return null;
  const { deals, people } = map.value;
  const deal = deals.find((candidate) => candidate.id === chosenDealId) ?? deals[0];
  if (!deal) return null;
  return (
    <DealView
      key={deal.id}
      account={account}
      deal={deal}
      deals={deals}
      people={people}
      accountNames={accountNames}
      staleDays={staleDays}
      onChooseDeal={setChosenDealId}
    />
  );
}

interface DealViewProps extends AccountViewProps {
  deal: Deal;
  deals: readonly Deal[];
  people: readonly Person[];
  onChooseDeal: (id: string) => void;
}

function DealView({
  account,
  deal,
  deals,
  people,
  accountNames,
  staleDays,
  onChooseDeal,
}: DealViewProps) {
  const t = useText();
  const language = useLanguage();
  const [editingId, setEditingId] = useState<string>();
  const [confirmingId, setConfirmingId] = useState<string>();
  const [erasure, setErasure] = useState<Erasure>();
  const [notice, setNotice] = useState<string>();
  const subject = useMemo(() => coverageSubject(account, deal), [account, deal]);
  const stakeholders = useMemo(() => stakeholdersIn(people, deal.id), [people, deal.id]);
  const coverage = useMemo(
    () => assessCoverage(subject, stakeholders, { now: Date.now(), staleDays }),
    [subject, stakeholders, staleDays],
  );
  const others = useMemo(
    () =>
      deals
        .filter((other) => other.id !== deal.id)
        .map((other) => ({
          deal: other,
          score: coverageScore(
            coverageSubject(account, other),
            stakeholdersIn(people, other.id),
            { now: Date.now(), staleDays },
            0,
          ).score,
        })),
    [deals, deal.id, people, account, staleDays],
  );
  const dealNames = useMemo(() => new Map(deals.map((d) => [d.id, d.name])), [deals]);
  const editing = people.find((s) => s.id === editingId);
  const confirming = people.find((s) => s.id === confirmingId);

  useEffect(() => {
    // The moment the rep sees the whole deal: what the popup benchmark measures.
    performance.mark(POPUP_READY);
  }, []);

  useEffect(() => {
    if (!erasure) return;
    const timer = setTimeout(() => setErasure(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [erasure]);

  async function copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      setNotice(t('coverage.copyFailed'));
      return false;
    }
  }

  async function prepareForCall() {
    const brief = callBrief(
      subject,
      stakeholders,
      coverage.gaps,
      deal.questionLanguage,
      'markdown',
      {
        score: coverage.score.score,
      },
    );
    if (await copy(brief)) setNotice(t('coverage.briefCopied'));
  }

  async function saveEdit(draft: StakeholderDraft): Promise<string | undefined> {
    try {
      await saveDraft(db, draft, systemClock, language);
      setEditingId(undefined);
      return undefined;
    } catch (error) {
      return saveFailureMessage(error, language);
    }
  }

  async function erase(id: string) {
    setConfirmingId(undefined);
    setErasure(await eraseStakeholder(db, id));
  }

  if (editing) {
    return (
      <section aria-label={t('popup.edit', { name: editing.name })}>
        <StakeholderForm
          key={editing.id}
          initial={draftFromPerson(editing, account.name, deal.id)}
          accountNames={accountNames}
          submitLabel={t('form.saveChanges')}
          onSave={saveEdit}
          onCancel={() => setEditingId(undefined)}
        />
      </section>
    );
  }

  return (
    <Vocabulary preset={deal.preset}>
      <DealSwitcher
        deal={deal}
        others={others}
        onChoose={onChooseDeal}
        onAdd={async (name) => {
          const added = await createDeal(db, account.id, name);
          if (added) onChooseDeal(added.id);
        }}
      />
      <CoverageScore coverage={coverage.score} />
      <button type="button" class="rc-button" onClick={prepareForCall}>
        {t('coverage.prepare')}
      </button>
      {notice && (
        <p class="rc-success" role="status">
          {notice}
        </p>
      )}
      {erasure && (
        <div class="rc-bar" role="status">
          <span>{t('popup.erased', { name: erasure.stakeholder.name })}</span>
          <button
            type="button"
            class="rc-button"
            onClick={() => restoreErasure(db, erasure).then(() => setErasure(undefined))}
          >
            {t('popup.undo')}
          </button>
        </div>
      )}
      {confirming && (
        <div
          class="rc-bar"
          role="alertdialog"
          aria-label={t('popup.eraseQuestion', { name: confirming.name })}
        >
          <span>{t('popup.eraseQuestion', { name: confirming.name })}</span>
          <span class="rc-actions">
            <button type="button" class="rc-button" onClick={() => setConfirmingId(undefined)}>
              {t('popup.keep')}
            </button>
            <button
              type="button"
              class="rc-button rc-button--danger"
              onClick={() => erase(confirming.id)}
            >
              {t('popup.erase')}
            </button>
          </span>
        </div>
      )}
      <section aria-labelledby="rc-gaps-heading">
        <h2 id="rc-gaps-heading">{t('coverage.gaps')}</h2>
        <GapList
          gaps={coverage.gaps}
          stakeholders={stakeholders}
          questionLanguage={deal.questionLanguage}
          onCopy={copy}
        />
      </section>
      <section aria-labelledby="rc-grid-heading">
        <h2 id="rc-grid-heading">{t('coverage.grid')}</h2>
        <RoleGrid stakeholders={stakeholders} preset={deal.preset} />
      </section>
      <section aria-labelledby="rc-people-heading">
        <h2 id="rc-people-heading">{t('coverage.people')}</h2>
        {stakeholders.length === 0 ? (
          <p class="rc-hint">{t('popup.emptyAccount', { account: account.name })}</p>
        ) : (
          <AccountMap
            stakeholders={stakeholders}
            dealNames={dealNames}
            onEdit={setEditingId}
            onErase={setConfirmingId}
          />
        )}
      </section>
      <details class="rc-details">
        <summary>{t('deal.context')}</summary>
        <DealContextForm deal={deal} onChange={(change) => updateDeal(db, deal.id, change)} />
      </details>
      <details class="rc-details">
        <summary>{t('transfer.export.heading')}</summary>
        <ExportAccountButtons db={db} accountId={account.id} />
      </details>
    </Vocabulary>
  );
}
