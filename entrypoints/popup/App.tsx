/** The popup: the map of the current tab's account (or the last one used), live as tags arrive. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AccountMap } from '../../components/AccountMap';
import { StakeholderForm } from '../../components/StakeholderForm';
import { useLiveQuery } from '../../components/useLiveQuery';
import { invokeTagger } from '../../lib/capture/invoke';
import { registrableDomain } from '../../lib/capture/page';
import { saveFailureMessage } from '../../lib/capture/service';
import {
  type Erasure,
  eraseStakeholder,
  listAccounts,
  openDatabase,
  restoreErasure,
  saveDraft,
  stakeholdersOf,
} from '../../lib/db';
import { draftFromStakeholder, type StakeholderDraft } from '../../lib/model';

const db = openDatabase();
const UNDO_MS = 10_000;

export function App() {
  const accounts = useLiveQuery(() => listAccounts(db), []);
  const [tab, setTab] = useState<{ id?: number; domain?: string }>();
  const [chosenId, setChosenId] = useState<string>();
  const [editingId, setEditingId] = useState<string>();
  const [confirmingId, setConfirmingId] = useState<string>();
  const [erasure, setErasure] = useState<Erasure>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      const domain = active?.url ? registrableDomain(active.url) : undefined;
      setTab({
        ...(active?.id !== undefined ? { id: active.id } : {}),
        ...(domain ? { domain } : {}),
      });
    });
  }, []);

  useEffect(() => {
    if (!erasure) return;
    const timer = setTimeout(() => setErasure(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [erasure]);

  const list = accounts.status === 'ready' ? accounts.value : [];
  const account =
    list.find((candidate) => candidate.id === chosenId) ??
    list.find((candidate) => tab?.domain !== undefined && candidate.domains.includes(tab.domain)) ??
    list[0];
  const people = useLiveQuery(
    () => (account ? stakeholdersOf(db, account.id) : Promise.resolve([])),
    [account?.id],
  );
  const stakeholders = people.status === 'ready' ? people.value : [];
  const accountNames = useMemo(() => list.map((candidate) => candidate.name), [list]);
  const editing = stakeholders.find((s) => s.id === editingId);
  const confirming = stakeholders.find((s) => s.id === confirmingId);

  async function tagOnPage() {
    if (tab?.id === undefined) return;
    const failure = await invokeTagger(tab.id);
    if (failure) setProblem(failure);
    else window.close();
  }

  async function saveEdit(draft: StakeholderDraft): Promise<string | undefined> {
    try {
      await saveDraft(db, draft);
      setEditingId(undefined);
      return undefined;
    } catch (error) {
      return saveFailureMessage(error);
    }
  }

  async function erase(id: string) {
    setConfirmingId(undefined);
    setErasure(await eraseStakeholder(db, id));
  }

  return (
    <main class="rc-root rc-popup">
      <header class="rc-popup-header">
        <span class="rc-logo" aria-hidden="true">
          R
        </span>
        {list.length > 0 ? (
          <select
            class="rc-input"
            aria-label="Account"
            value={account?.id}
            onChange={(event) => setChosenId(event.currentTarget.value)}
          >
            {list.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        ) : (
          <h1>Rolecall</h1>
        )}
      </header>
      <button type="button" class="rc-button rc-button--primary" onClick={tagOnPage}>
        Tag someone on this page
      </button>
      {problem && (
        <p class="rc-alert" role="alert">
          {problem}
        </p>
      )}
      {erasure && (
        <div class="rc-bar" role="status">
          <span>Erased {erasure.stakeholder.name}.</span>
          <button
            type="button"
            class="rc-button"
            onClick={() => restoreErasure(db, erasure).then(() => setErasure(undefined))}
          >
            Undo
          </button>
        </div>
      )}
      {confirming && (
        <div class="rc-bar" role="alertdialog" aria-label={`Erase ${confirming.name}?`}>
          <span>Erase {confirming.name} and every record of them?</span>
          <span class="rc-actions">
            <button type="button" class="rc-button" onClick={() => setConfirmingId(undefined)}>
              Keep
            </button>
            <button
              type="button"
              class="rc-button rc-button--danger"
              onClick={() => erase(confirming.id)}
            >
              Erase
            </button>
          </span>
        </div>
      )}
      {accounts.status === 'failed' && (
        <p class="rc-alert" role="alert">
          Rolecall could not open its storage: {accounts.error}
        </p>
      )}
      {accounts.status === 'ready' && !account && (
        <p class="rc-hint">
          No accounts yet. On a company's team or leadership page, select a person's name,
          right-click and choose “Tag as stakeholder”.
        </p>
      )}
      {account && editing && (
        <section aria-label={`Edit ${editing.name}`}>
          <StakeholderForm
            key={editing.id}
            initial={draftFromStakeholder(editing, account.name)}
            accountNames={accountNames}
            submitLabel="Save changes"
            onSave={saveEdit}
            onCancel={() => setEditingId(undefined)}
          />
        </section>
      )}
      {account && !editing && people.status === 'ready' && stakeholders.length === 0 && (
        <p class="rc-hint">Nobody on the {account.name} map yet.</p>
      )}
      {account && !editing && stakeholders.length > 0 && (
        <AccountMap stakeholders={stakeholders} onEdit={setEditingId} onErase={setConfirmingId} />
      )}
    </main>
  );
}
