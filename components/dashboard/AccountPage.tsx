/** One account in full, in the terms of one of its deals: power map, stakeholder table, coverage. */
import { useMemo, useState } from 'preact/hooks';
import { saveFailureMessage } from '../../lib/capture/service';
import { assessCoverage } from '../../lib/coverage';
import { coverageSubject } from '../../lib/coverage/standings';
import { dealsOf, listAccounts, peopleOf, type RolecallDatabase } from '../../lib/db';
import { accountById } from '../../lib/db/dashboard';
import {
  editStakeholder,
  mergeStakeholders,
  moveStakeholder,
  type StakeholderEdit,
  setReportsTo,
} from '../../lib/db/stakeholder-edits';
import { STAGE_TEXT } from '../../lib/i18n/deal';
import { type Account, type Settings, seenIn, stakeholdersIn } from '../../lib/model';
import { missingRoles } from '../../lib/powermap';
import { CoverageScore } from '../CoverageScore';
import { GapList } from '../GapList';
import { useLanguage, useText } from '../i18n';
import { PowerMap } from '../powermap/PowerMap';
import { useLiveQuery } from '../useLiveQuery';
import { Vocabulary } from '../vocabulary';
import { routeHref } from './route';
import { ScorePill } from './ScorePill';
import { StakeholderTable } from './StakeholderTable';

export interface AccountPageProps {
  db: RolecallDatabase;
  accountId: string;
  now: () => number;
  settings: Settings;
  /** The rep has just erased the account and is offered an undo: that notice says it all. */
  justErased?: boolean;
}

export function AccountPage({ db, accountId, now, settings, justErased }: AccountPageProps) {
  const t = useText();
  const account = useLiveQuery(() => accountById(db, accountId), [db, accountId]);
  if (account.status === 'loading') return <p class="rc-hint">{t('panel.loading')}</p>;
  if (account.status === 'failed') {
    return (
      <p class="rc-alert" role="alert">
        {t('popup.storageFailed', { detail: account.error })}
      </p>
    );
  }
  if (!account.value) {
    // Not an error: the account was erased, here or elsewhere. Say so plainly, with the way back.
    return (
      <section class="rc-dash-page rc-gone">
        {!justErased && <p>{t('account.notFound')}</p>}
        <a href={routeHref({ page: 'accounts' })}>{t('account.back')}</a>
      </section>
    );
  }
  return <AccountView db={db} account={account.value} now={now} settings={settings} />;
}

interface AccountViewProps {
  db: RolecallDatabase;
  account: Account;
  now: () => number;
  settings: Settings;
}

function AccountView({ db, account, now, settings }: AccountViewProps) {
  const t = useText();
  const language = useLanguage();
  const people = useLiveQuery(
    async () => ({ deals: await dealsOf(db, account.id), people: await peopleOf(db, account.id) }),
    [db, account.id],
  );
  const accounts = useLiveQuery(() => listAccounts(db), [db]);
  const [editingId, setEditingId] = useState<string>();
  const [chosenDealId, setChosenDealId] = useState<string>();
  const [notice, setNotice] = useState<{ tone: 'ok' | 'problem'; text: string }>();
  const deals = people.status === 'ready' ? people.value.deals : [];
  const deal = deals.find((candidate) => candidate.id === chosenDealId) ?? deals[0];
  const everyone = people.status === 'ready' ? people.value.people : [];
  const dealId = deal?.id ?? '';
  // Coverage counts the deal's people; the map and the table show everyone, in its terms.
  const stakeholders = useMemo(() => stakeholdersIn(everyone, dealId), [everyone, dealId]);
  const shown = useMemo(() => everyone.map((p) => seenIn(p, dealId)), [everyone, dealId]);
  const coverage = useMemo(
    () =>
      deal
        ? assessCoverage(coverageSubject(account, deal), stakeholders, {
            now: now(),
            staleDays: settings.staleDays,
          })
        : undefined,
    [account, deal, stakeholders, settings.staleDays],
  );
  const missing = useMemo(() => missingRoles(coverage?.gaps ?? []), [coverage]);
  const nameOf = (id: string) => stakeholders.find((s) => s.id === id)?.name ?? '';

  function open(id: string) {
    setEditingId(id);
    // The editor row takes focus when it mounts; bring it into view for a click on the map.
    requestAnimationFrame(() =>
      document.getElementById(`rc-edit-${id}`)?.scrollIntoView({ block: 'center' }),
    );
  }

  async function save(id: string, edit: StakeholderEdit): Promise<string | undefined> {
    try {
      const outcome = await editStakeholder(db, id, edit, now());
      if (outcome.kind === 'refused') {
        const { managerId, through } = outcome.decision;
        const names = {
          name: edit.name,
          manager: nameOf(managerId),
          people: through.map(nameOf).join(', '),
        };
        return through.length > 0 ? t('pm.refusedThrough', names) : t('pm.refused', names);
      }
      if (outcome.kind === 'missing') return t('merge.failed');
      setEditingId(undefined);
      setNotice({ tone: 'ok', text: t('table.saved', { name: outcome.stakeholder.name }) });
      return undefined;
    } catch (error) {
      return saveFailureMessage(error, language);
    }
  }

  async function merge(removeId: string, keepId: string) {
    const outcome = await mergeStakeholders(db, keepId, removeId, now());
    setNotice(
      outcome.kind === 'merged'
        ? {
            tone: 'ok',
            text: t('merge.done', { from: outcome.removed.name, into: outcome.kept.name }),
          }
        : { tone: 'problem', text: t('merge.failed') },
    );
  }

  async function move(id: string, targetId: string) {
    const outcome = await moveStakeholder(db, id, targetId, now());
    const target =
      accounts.status === 'ready' ? accounts.value.find((a) => a.id === targetId) : undefined;
    if (outcome.kind !== 'moved') {
      setNotice({ tone: 'problem', text: t('move.failed') });
      return;
    }
    const params = { name: outcome.stakeholder.name, account: target?.name ?? '' };
    setNotice({
      tone: 'ok',
      text: outcome.namesake ? t('move.doneNamesake', params) : t('move.done', params),
    });
  }

  if (!deal || !coverage) return null;
  return (
    <Vocabulary preset={deal.preset}>
      <div class="rc-dash-page rc-account">
        <a class="rc-back" href={routeHref({ page: 'accounts' })}>
          {t('account.back')}
        </a>
        <header class="rc-account-header">
          <h1>{account.name}</h1>
          <ScorePill score={coverage.score.score} />
          <span class="rc-hint">
            {STAGE_TEXT[deal.stage][language]} ·{' '}
            {t('account.peopleCount', { count: everyone.length })}
            {account.domains.length > 0 && ` · ${account.domains.join(', ')}`}
          </span>
        </header>
        <label class="rc-field rc-deal-picker">
          <span>{t('deal.choose')}</span>
          <select
            class="rc-input"
            value={deal.id}
            onChange={(event) => setChosenDealId(event.currentTarget.value)}
          >
            {deals.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        <section aria-labelledby="rc-pm-heading">
          <h2 id="rc-pm-heading">{t('pm.heading')}</h2>
          {people.status === 'ready' && (
            <PowerMap
              accountName={account.name}
              stakeholders={shown}
              missingRoles={missing}
              onSetManager={(childId, managerId) => setReportsTo(db, childId, managerId, now())}
              onOpen={open}
            />
          )}
        </section>
        <section aria-labelledby="rc-people-heading">
          <h2 id="rc-people-heading">{t('coverage.people')}</h2>
          {notice && (
            <p class={notice.tone === 'ok' ? 'rc-success' : 'rc-alert'} role="status">
              {notice.text}
            </p>
          )}
          {people.status === 'ready' && shown.length === 0 ? (
            <p class="rc-hint">{t('popup.emptyAccount', { account: account.name })}</p>
          ) : (
            <StakeholderTable
              people={shown}
              accounts={accounts.status === 'ready' ? accounts.value : []}
              accountId={account.id}
              editingId={editingId}
              onEdit={setEditingId}
              onSave={save}
              onMerge={merge}
              onMove={move}
            />
          )}
        </section>
        <section class="rc-account-coverage" aria-labelledby="rc-coverage-heading">
          <h2 id="rc-coverage-heading">{t('coverage.gaps')}</h2>
          <CoverageScore coverage={coverage.score} />
          <GapList
            gaps={coverage.gaps}
            stakeholders={stakeholders}
            questionLanguage={deal.questionLanguage}
            onCopy={async (text) => {
              try {
                await navigator.clipboard.writeText(text);
                return true;
              } catch {
                return false;
              }
            }}
          />
        </section>
      </div>
    </Vocabulary>
  );
}
