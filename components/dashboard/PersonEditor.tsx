/** Editing one stakeholder in place in the table, including whom they report to. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StakeholderEdit } from '../../lib/db/stakeholder-edits';
import { DEPARTMENT_TEXT, STANCE_TEXT } from '../../lib/i18n/attributes';
import { DEPARTMENTS, INFLUENCES, STANCES, type Stakeholder } from '../../lib/model';
import { managementChain } from '../../lib/powermap';
import { useLanguage, useText } from '../i18n';
import { RolePicker } from '../RolePicker';
import { Field } from './Field';

export interface PersonEditorProps {
  person: Stakeholder;
  colleagues: readonly Stakeholder[];
  /** Resolves to a problem to show, or undefined once saved. */
  onSave: (edit: StakeholderEdit) => Promise<string | undefined>;
  onCancel: () => void;
}

export function PersonEditor({ person, colleagues, onSave, onCancel }: PersonEditorProps) {
  const t = useText();
  const language = useLanguage();
  const nameRef = useRef<HTMLInputElement>(null);
  const [edit, setEdit] = useState<StakeholderEdit>(() => ({
    dealId: person.dealId,
    name: person.name,
    title: person.title ?? '',
    roles: person.roles,
    stance: person.stance,
    influence: person.influence,
    department: person.department,
    note: person.note ?? '',
    reportsToId: person.reportsToId,
  }));
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => nameRef.current?.focus(), []);
  const set = <K extends keyof StakeholderEdit>(key: K, value: StakeholderEdit[K]) =>
    setEdit((current) => ({ ...current, [key]: value }));
  // Nobody can report to someone who already reports to them, directly or further down.
  const managers = colleagues.filter(
    (c) => c.id !== person.id && !managementChain(colleagues, c.id).includes(person.id),
  );

  async function submit(event: Event) {
    event.preventDefault();
    const name = edit.name.trim();
    if (!name) {
      setProblem(t('form.nameRequired'));
      return;
    }
    setBusy(true);
    setProblem(await onSave({ ...edit, name, title: edit.title.trim(), note: edit.note.trim() }));
    setBusy(false);
  }

  return (
    <form
      class="rc-form rc-editor"
      id={`rc-edit-${person.id}`}
      aria-label={t('popup.edit', { name: person.name })}
      onSubmit={submit}
      noValidate
    >
      <div class="rc-editor-grid">
        <Field label={t('form.name')}>
          {(id) => (
            <input
              id={id}
              ref={nameRef}
              maxLength={200}
              class="rc-input"
              value={edit.name}
              onInput={(e) => set('name', e.currentTarget.value)}
              aria-invalid={problem && !edit.name.trim() ? 'true' : undefined}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label={t('form.title')}>
          {(id) => (
            <input
              id={id}
              class="rc-input"
              maxLength={300}
              value={edit.title}
              onInput={(e) => set('title', e.currentTarget.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label={t('table.reportsTo')}>
          {(id) => (
            <select
              id={id}
              class="rc-input"
              value={edit.reportsToId ?? ''}
              onChange={(e) => set('reportsToId', e.currentTarget.value || undefined)}
            >
              <option value="">{t('pm.noManager')}</option>
              {managers.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title ? `${m.name} (${m.title})` : m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.stance')}>
          {(id) => (
            <select
              id={id}
              class="rc-input"
              value={edit.stance}
              onChange={(e) => set('stance', pick(STANCES, e.currentTarget.value) ?? edit.stance)}
            >
              {STANCES.map((stance) => (
                <option key={stance} value={stance}>
                  {STANCE_TEXT[stance][language]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.influence')}>
          {(id) => (
            <select
              id={id}
              class="rc-input"
              value={edit.influence}
              onChange={(e) =>
                set('influence', pick(INFLUENCES, e.currentTarget.value) ?? edit.influence)
              }
            >
              {INFLUENCES.map((influence) => (
                <option key={influence} value={influence}>
                  {t(`form.influence.${influence}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.department')}>
          {(id) => (
            <select
              id={id}
              class="rc-input"
              value={edit.department ?? ''}
              onChange={(e) => set('department', pick(DEPARTMENTS, e.currentTarget.value))}
            >
              <option value="">{t('form.departmentUnknown')}</option>
              {DEPARTMENTS.map((department) => (
                <option key={department} value={department}>
                  {DEPARTMENT_TEXT[department][language]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <RolePicker selected={edit.roles} onChange={(roles) => set('roles', roles)} />
      <Field label={t('form.note')}>
        {(id) => (
          <textarea
            id={id}
            class="rc-input"
            rows={2}
            maxLength={5000}
            value={edit.note}
            onInput={(e) => set('note', e.currentTarget.value)}
          />
        )}
      </Field>
      {problem && (
        <p class="rc-alert" role="alert">
          {problem}
        </p>
      )}
      <div class="rc-actions">
        <button type="button" class="rc-button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" class="rc-button rc-button--primary" disabled={busy}>
          {busy ? t('form.saving') : t('form.saveChanges')}
        </button>
      </div>
    </form>
  );
}

function pick<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}
