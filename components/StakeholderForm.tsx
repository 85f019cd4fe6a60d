/** The tag / edit form: one person's name, title, account, roles, stance, influence, department, seniority, note. */
import { useId, useMemo, useState } from 'preact/hooks';
import { suggestionForTitle } from '../lib/extract/found';
import {
  DECISION_ROLES,
  DEPARTMENTS,
  type DecisionRole,
  type Department,
  INFLUENCES,
  type Involvement,
  SENIORITIES,
  type Seniority,
  STANCES,
  type StakeholderDraft,
  StakeholderDraftSchema,
  type Stance,
} from '../lib/model';
import { usePanelText, usePanelVocabulary } from './panel-text';
import { RolePicker } from './RolePicker';

export interface StakeholderFormProps {
  initial: StakeholderDraft;
  accountNames: readonly string[];
  /** The account's deals to tag for, the one last worked on first; none to edit in one deal. */
  deals?: readonly { id: string; name: string }[];
  /** A known person's part in each deal, shown when the rep switches to it. */
  parts?: readonly Involvement[];
  submitLabel: string;
  /** Resolves to an error message to show, or undefined when saved. */
  onSave: (draft: StakeholderDraft) => Promise<string | undefined>;
  onCancel: () => void;
  /** Roles, department and seniority read from the title: suggestions the rep may apply. */
  suggestion?: {
    roles: readonly DecisionRole[];
    department?: Department | undefined;
    seniority?: Seniority | undefined;
  };
}

type FieldErrors = Partial<Record<'name' | 'accountName', string>>;

const FIELD_MESSAGES = { name: 'form.nameRequired', accountName: 'form.accountRequired' } as const;

export function StakeholderForm({
  initial,
  accountNames,
  deals = [],
  parts = [],
  submitLabel,
  onSave,
  onCancel,
  suggestion: given,
}: StakeholderFormProps) {
  const id = useId();
  const t = usePanelText();
  const { stances, departments, seniorities, roles } = usePanelVocabulary();
  const [draft, setDraft] = useState(initial);
  // The suggestion follows the title field: typed, pasted from a selection, or corrected.
  const suggestion = useMemo(
    () => suggestionForTitle(draft.title) ?? (draft.title === initial.title ? given : undefined),
    [draft.title, initial.title, given],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof StakeholderDraft>(key: K, value: StakeholderDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  // Switching deals shows the person's part there (or a blank one): roles belong to a deal.
  const tagFor = (dealId: string | undefined, newDealName?: string) =>
    setDraft(({ dealId: _d, newDealName: _n, ...current }) => {
      const part = parts.find((candidate) => candidate.dealId === dealId);
      return {
        ...current,
        ...(dealId !== undefined ? { dealId } : {}),
        ...(newDealName !== undefined ? { newDealName } : {}),
        roles: part?.roles ?? [],
        stance: part?.stance ?? 'unknown',
        influence: part?.influence ?? 'unknown',
        note: part?.note ?? '',
      };
    });

  async function submit(event: Event) {
    event.preventDefault();
    const { newDealName, ...rest } = draft;
    const parsed = StakeholderDraftSchema.safeParse(
      newDealName?.trim() ? { ...rest, newDealName: newDealName.trim() } : rest,
    );
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues, t));
      return;
    }
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    // On failure the form keeps everything the rep typed; only the message changes.
    setFailure(await onSave(parsed.data));
    setBusy(false);
  }

  return (
    <form class="rc-form" onSubmit={submit} noValidate>
      <label class="rc-field">
        <span>{t('form.name')}</span>
        <input
          class="rc-input"
          value={draft.name}
          onInput={(e) => set('name', e.currentTarget.value)}
          aria-invalid={errors.name ? 'true' : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          autoComplete="off"
        />
        {errors.name && (
          <span id={`${id}-name-error`} class="rc-field-error">
            {errors.name}
          </span>
        )}
      </label>
      <label class="rc-field">
        <span>{t('form.title')}</span>
        <input
          class="rc-input"
          value={draft.title}
          onInput={(e) => set('title', e.currentTarget.value)}
          autoComplete="off"
        />
      </label>
      <label class="rc-field">
        <span>{t('form.account')}</span>
        <input
          class="rc-input"
          value={draft.accountName}
          list={`${id}-accounts`}
          onInput={(e) => set('accountName', e.currentTarget.value)}
          aria-invalid={errors.accountName ? 'true' : undefined}
          aria-describedby={errors.accountName ? `${id}-account-error` : undefined}
          autoComplete="off"
        />
        <datalist id={`${id}-accounts`}>
          {accountNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {errors.accountName && (
          <span id={`${id}-account-error`} class="rc-field-error">
            {errors.accountName}
          </span>
        )}
      </label>
      {deals.length > 0 && draft.accountName === initial.accountName && (
        <fieldset class="rc-fieldset rc-deal-choice">
          <legend>{t('form.deal')}</legend>
          <div class="rc-chips">
            {deals.map((deal) => (
              <button
                key={deal.id}
                type="button"
                class="rc-chip"
                aria-pressed={draft.newDealName === undefined && draft.dealId === deal.id}
                onClick={() => tagFor(deal.id)}
              >
                {deal.name}
              </button>
            ))}
            <button
              type="button"
              class="rc-chip"
              aria-pressed={draft.newDealName !== undefined}
              onClick={() => tagFor(undefined, '')}
            >
              + {t('form.newDeal')}
            </button>
          </div>
          {draft.newDealName !== undefined && (
            <input
              class="rc-input"
              aria-label={t('form.newDealName')}
              placeholder={t('form.newDealName')}
              value={draft.newDealName}
              maxLength={200}
              onInput={(e) => set('newDealName', e.currentTarget.value)}
            />
          )}
        </fieldset>
      )}
      <RolePicker
        selected={draft.roles}
        onChange={(roles: DecisionRole[]) => set('roles', roles)}
      />
      {suggestion && (
        <p class="rc-suggestion">
          <span>
            {t('form.suggested', {
              roles: [
                ...suggestion.roles.map((role) => roles[role].label),
                ...(suggestion.department ? [departments[suggestion.department]] : []),
                ...(suggestion.seniority ? [seniorities[suggestion.seniority]] : []),
              ].join(', '),
            })}
          </span>
          <button
            type="button"
            class="rc-button rc-button--small"
            onClick={() =>
              setDraft((current) => ({
                ...current,
                roles: DECISION_ROLES.filter(
                  (role) => current.roles.includes(role) || suggestion.roles.includes(role),
                ),
                ...(suggestion.department ? { department: suggestion.department } : {}),
                ...(suggestion.seniority ? { seniority: suggestion.seniority } : {}),
              }))
            }
          >
            {t('form.applySuggestion')}
          </button>
        </p>
      )}
      <div class="rc-row">
        <label class="rc-field">
          <span>{t('form.stance')}</span>
          <select
            class="rc-input"
            value={draft.stance}
            onChange={(e) => set('stance', stanceOf(e.currentTarget.value))}
          >
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {stances[stance]}
              </option>
            ))}
          </select>
        </label>
        <div class="rc-field-with-suggestion">
          <label class="rc-field">
            <span>{t('form.department')}</span>
            <select
              class="rc-input"
              value={draft.department ?? ''}
              onChange={(e) => set('department', departmentOf(e.currentTarget.value))}
            >
              <option value="">{t('form.departmentUnknown')}</option>
              {DEPARTMENTS.map((department) => (
                <option key={department} value={department}>
                  {departments[department]}
                </option>
              ))}
            </select>
          </label>
          {suggestion?.department && draft.department !== suggestion.department && (
            <button
              type="button"
              class="rc-chip-suggestion"
              onClick={() => set('department', suggestion.department)}
            >
              {t('form.setSuggested', { value: departments[suggestion.department] })}
            </button>
          )}
        </div>
        <div class="rc-field-with-suggestion">
          <label class="rc-field">
            <span>{t('form.seniority')}</span>
            <select
              class="rc-input"
              value={draft.seniority ?? ''}
              onChange={(e) => set('seniority', seniorityOf(e.currentTarget.value))}
            >
              <option value="">{t('form.seniorityUnknown')}</option>
              {SENIORITIES.map((seniority) => (
                <option key={seniority} value={seniority}>
                  {seniorities[seniority]}
                </option>
              ))}
            </select>
          </label>
          {suggestion?.seniority && draft.seniority !== suggestion.seniority && (
            <button
              type="button"
              class="rc-chip-suggestion"
              onClick={() => set('seniority', suggestion.seniority)}
            >
              {t('form.setSuggested', { value: seniorities[suggestion.seniority] })}
            </button>
          )}
        </div>
      </div>
      <fieldset class="rc-fieldset">
        <legend>{t('form.influence')}</legend>
        <div class="rc-segmented">
          {INFLUENCES.map((influence) => (
            <label key={influence}>
              <input
                type="radio"
                name={`${id}-influence`}
                value={influence}
                checked={draft.influence === influence}
                onChange={() => set('influence', influence)}
              />
              {t(`form.influence.${influence}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label class="rc-field">
        <span>{t('form.note')}</span>
        <textarea
          class="rc-input"
          value={draft.note}
          rows={2}
          onInput={(e) => set('note', e.currentTarget.value)}
        />
      </label>
      {failure && (
        <p class="rc-alert" role="alert">
          {failure}
        </p>
      )}
      <div class="rc-actions">
        <button type="button" class="rc-button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" class="rc-button rc-button--primary" disabled={busy}>
          {busy ? t('form.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}

function fieldErrors(
  issues: readonly { path: readonly PropertyKey[] }[],
  t: ReturnType<typeof usePanelText>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (field === 'name' || field === 'accountName') errors[field] = t(FIELD_MESSAGES[field]);
  }
  return errors;
}

function stanceOf(value: string): Stance {
  return STANCES.find((stance) => stance === value) ?? 'unknown';
}

function departmentOf(value: string): Department | undefined {
  return DEPARTMENTS.find((department) => department === value);
}

function seniorityOf(value: string): Seniority | undefined {
  return SENIORITIES.find((seniority) => seniority === value);
}
