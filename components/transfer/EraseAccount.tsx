/**
 * Erase one account and everyone in it (right to erasure), after a question, with an undo for
 * a short time. Erased data is in no later export.
 *
 * Props: `{ db: RolecallDatabase; accountId: string }`. Mount it where it stays when the account
 * is gone (the undo lives here), e.g. beside the accounts list rather than inside the account.
 */
import './transfer.css';
import { useEffect, useState } from 'preact/hooks';
import {
  type AccountErasure,
  eraseAccount,
  type RolecallDatabase,
  restoreAccountErasure,
} from '../../lib/db';
import { useText } from '../i18n';
import { useLiveQuery } from '../useLiveQuery';

export interface EraseAccountProps {
  db: RolecallDatabase;
  accountId: string;
  /** Told when an undo is offered (true) and when it ends, so the page need not repeat it. */
  onUndoOffered?: (offered: boolean) => void;
}

/** As long as the popup offers to undo erasing a person. */
export const UNDO_MS = 10_000;

export function EraseAccount({ db, accountId, onUndoOffered }: EraseAccountProps) {
  const t = useText();
  const live = useLiveQuery(
    async () => ({
      account: await db.accounts.get(accountId),
      people: await db.stakeholders.where('accountId').equals(accountId).count(),
    }),
    [db, accountId],
  );
  const [asking, setAsking] = useState(false);
  const [erasure, setErasure] = useState<AccountErasure>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    onUndoOffered?.(erasure !== undefined);
    if (!erasure) return;
    const timer = setTimeout(() => setErasure(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [erasure]);

  async function run(work: () => Promise<void>) {
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      setFailure(t('transfer.erase.failed', { detail: String(error) }));
    }
  }

  const erase = () =>
    run(async () => {
      setAsking(false);
      setErasure(await eraseAccount(db, accountId));
    });
  const undo = (done: AccountErasure) =>
    run(async () => {
      await restoreAccountErasure(db, done);
      setErasure(undefined);
    });

  const account = live.status === 'ready' ? live.value.account : undefined;
  return (
    <div class="rc-erase-account">
      {erasure && (
        <div class="rc-bar" role="status">
          <span>{t('transfer.erase.done', { account: erasure.account.name })}</span>
          <button type="button" class="rc-button" onClick={() => void undo(erasure)}>
            {t('transfer.erase.undo')}
          </button>
        </div>
      )}
      {account && !asking && (
        <button type="button" class="rc-button rc-button--danger" onClick={() => setAsking(true)}>
          {t('transfer.erase.button')}
        </button>
      )}
      {account && asking && live.status === 'ready' && (
        <div
          class="rc-bar"
          role="alertdialog"
          aria-label={t('transfer.erase.question', {
            account: account.name,
            count: live.value.people,
          })}
        >
          <span>
            {t('transfer.erase.question', { account: account.name, count: live.value.people })}
          </span>
          <span class="rc-actions">
            <button type="button" class="rc-button" onClick={() => setAsking(false)}>
              {t('transfer.erase.keep')}
            </button>
            <button type="button" class="rc-button rc-button--danger" onClick={() => void erase()}>
              {t('transfer.erase.confirm')}
            </button>
          </span>
        </div>
      )}
      {failure && (
        <p class="rc-alert" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
