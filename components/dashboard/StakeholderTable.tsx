/** The account's people as a table: edit a row in place, merge two entries, move one away. */
import { useState } from 'preact/hooks';
import { workingDepartment } from '../../lib/coverage/department';
import type { StakeholderEdit } from '../../lib/db/stakeholder-edits';
import { DEPARTMENT_TEXT, INFLUENCE_TEXT, STANCE_TEXT } from '../../lib/i18n/attributes';
import type { Account, Stakeholder } from '../../lib/model';
import { useLanguage, useText } from '../i18n';
import { useRoleLabel } from '../vocabulary';
import { Field } from './Field';
import { PersonEditor } from './PersonEditor';

export interface StakeholderTableProps {
  people: readonly Stakeholder[];
  /** Every account, for "move to". */
  accounts: readonly Account[];
  accountId: string;
  editingId: string | undefined;
  onEdit: (id: string | undefined) => void;
  onSave: (id: string, edit: StakeholderEdit) => Promise<string | undefined>;
  /** The first entry is merged into the second, which is kept. */
  onMerge: (removeId: string, keepId: string) => Promise<void>;
  onMove: (id: string, accountId: string) => Promise<void>;
}

type Panel = { id: string; kind: 'merge' | 'move' };
const COLUMNS = 7;

export function StakeholderTable(props: StakeholderTableProps) {
  const t = useText();
  const { people, editingId } = props;
  const [panel, setPanel] = useState<Panel>();
  const toggle = (next: Panel) =>
    setPanel(panel?.id === next.id && panel.kind === next.kind ? undefined : next);
  return (
    <table class="rc-table rc-people-table">
      <caption class="rc-visually-hidden">{t('coverage.people')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('form.name')}</th>
          <th scope="col">{t('form.roles')}</th>
          <th scope="col">{t('form.stance')}</th>
          <th scope="col">{t('form.influence')}</th>
          <th scope="col">{t('form.department')}</th>
          <th scope="col">{t('table.reportsTo')}</th>
          <th scope="col">
            <span class="rc-visually-hidden">{t('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) =>
          person.id === editingId ? (
            <tr key={person.id} class="rc-editing">
              <td colSpan={COLUMNS}>
                <PersonEditor
                  person={person}
                  colleagues={people}
                  onSave={(edit) => props.onSave(person.id, edit)}
                  onCancel={() => props.onEdit(undefined)}
                />
              </td>
            </tr>
          ) : (
            <PersonRows
              key={person.id}
              person={person}
              table={props}
              panel={panel?.id === person.id ? panel.kind : undefined}
              onPanel={(kind) => toggle({ id: person.id, kind })}
              onClose={() => setPanel(undefined)}
            />
          ),
        )}
      </tbody>
    </table>
  );
}

interface PersonRowsProps {
  person: Stakeholder;
  table: StakeholderTableProps;
  panel: Panel['kind'] | undefined;
  onPanel: (kind: Panel['kind']) => void;
  onClose: () => void;
}

function PersonRows({ person, table, panel, onPanel, onClose }: PersonRowsProps) {
  const t = useText();
  const language = useLanguage();
  const roleName = useRoleLabel();
  const manager = table.people.find((p) => p.id === person.reportsToId);
  return (
    <>
      <tr data-person={person.id}>
        <th scope="row">
          <span class="rc-person-name">{person.name}</span>
          {person.title && <span class="rc-person-title">{person.title}</span>}
        </th>
        <td>
          <span class="rc-chips">
            {person.roles.map((role) => (
              <span key={role} class="rc-badge">
                {roleName(role)}
              </span>
            ))}
          </span>
        </td>
        <td>
          <span class={`rc-badge rc-stance rc-stance--${person.stance}`}>
            {STANCE_TEXT[person.stance][language]}
          </span>
        </td>
        <td>{INFLUENCE_TEXT[person.influence][language]}</td>
        <td>
          <DepartmentCell person={person} />
        </td>
        <td>{manager?.name ?? ''}</td>
        <td class="rc-row-actions">
          <button
            type="button"
            class="rc-link-button"
            aria-label={t('popup.edit', { name: person.name })}
            onClick={() => table.onEdit(person.id)}
          >
            {t('table.edit')}
          </button>
          <button
            type="button"
            class="rc-link-button"
            aria-expanded={panel === 'merge'}
            aria-label={t('merge.open', { name: person.name })}
            onClick={() => onPanel('merge')}
          >
            {t('table.merge')}
          </button>
          <button
            type="button"
            class="rc-link-button"
            aria-expanded={panel === 'move'}
            aria-label={t('move.open', { name: person.name })}
            onClick={() => onPanel('move')}
          >
            {t('table.move')}
          </button>
        </td>
      </tr>
      {panel && (
        <tr class="rc-row-panel">
          <td colSpan={COLUMNS}>
            {panel === 'merge' ? (
              <MergePanel person={person} table={table} onClose={onClose} />
            ) : (
              <MovePanel person={person} table={table} onClose={onClose} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function MergePanel({
  person,
  table,
  onClose,
}: {
  person: Stakeholder;
  table: StakeholderTableProps;
  onClose: () => void;
}) {
  const t = useText();
  const others = table.people.filter((p) => p.id !== person.id);
  const [keepId, setKeepId] = useState(others[0]?.id ?? '');
  const keep = others.find((p) => p.id === keepId);
  if (others.length === 0) return <p class="rc-hint">{t('merge.nobody')}</p>;
  return (
    <form
      class="rc-inline-form"
      aria-label={t('merge.open', { name: person.name })}
      onSubmit={(event) => {
        event.preventDefault();
        if (keep) void table.onMerge(person.id, keep.id).then(onClose);
      }}
    >
      <Field label={t('merge.samePersonAs')}>
        {(id) => (
          <select
            id={id}
            class="rc-input"
            value={keepId}
            onChange={(e) => setKeepId(e.currentTarget.value)}
          >
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.title ? `${other.name} (${other.title})` : other.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {keep && <p class="rc-hint">{t('merge.explain', { from: person.name, into: keep.name })}</p>}
      <span class="rc-actions">
        <button type="button" class="rc-button" onClick={onClose}>
          {t('form.cancel')}
        </button>
        <button type="submit" class="rc-button rc-button--primary">
          {t('merge.confirm')}
        </button>
      </span>
    </form>
  );
}

function MovePanel({
  person,
  table,
  onClose,
}: {
  person: Stakeholder;
  table: StakeholderTableProps;
  onClose: () => void;
}) {
  const t = useText();
  const targets = table.accounts.filter((a) => a.id !== table.accountId);
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  if (targets.length === 0) return <p class="rc-hint">{t('move.nowhere')}</p>;
  return (
    <form
      class="rc-inline-form"
      aria-label={t('move.open', { name: person.name })}
      onSubmit={(event) => {
        event.preventDefault();
        if (targetId) void table.onMove(person.id, targetId).then(onClose);
      }}
    >
      <Field label={t('move.to')}>
        {(id) => (
          <select
            id={id}
            class="rc-input"
            value={targetId}
            onChange={(e) => setTargetId(e.currentTarget.value)}
          >
            {targets.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p class="rc-hint">{t('move.explain', { name: person.name })}</p>
      <span class="rc-actions">
        <button type="button" class="rc-button" onClick={onClose}>
          {t('form.cancel')}
        </button>
        <button type="submit" class="rc-button rc-button--primary">
          {t('move.confirm')}
        </button>
      </span>
    </form>
  );
}

/** The department the rep set, or the one read from the title, said as read so the rep can check it. */
function DepartmentCell({ person }: { person: Stakeholder }) {
  const t = useText();
  const language = useLanguage();
  const working = workingDepartment(person);
  if (!working) return null;
  const name = DEPARTMENT_TEXT[working.department][language];
  return working.fromTitle ? (
    <span class="rc-hint">{t('people.departmentFromTitle', { department: name })}</span>
  ) : (
    name
  );
}
