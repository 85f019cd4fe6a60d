/** The ten decision roles as toggle chips; a person can hold several. */
import { DECISION_ROLES, type DecisionRole } from '../lib/model';
import { usePanelText, usePanelVocabulary } from './panel-text';

export interface RolePickerProps {
  selected: readonly DecisionRole[];
  onChange: (roles: DecisionRole[]) => void;
}

export function RolePicker({ selected, onChange }: RolePickerProps) {
  const t = usePanelText();
  const { roles } = usePanelVocabulary();
  const toggle = (role: DecisionRole) =>
    onChange(
      selected.includes(role)
        ? selected.filter((held) => held !== role)
        : DECISION_ROLES.filter((r) => r === role || selected.includes(r)),
    );
  return (
    <fieldset class="rc-fieldset">
      <legend>{t('form.roles')}</legend>
      <div class="rc-chips">
        {DECISION_ROLES.map((role) => (
          <button
            key={role}
            type="button"
            class="rc-chip"
            aria-pressed={selected.includes(role)}
            title={roles[role].description}
            onClick={() => toggle(role)}
          >
            {roles[role].label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
