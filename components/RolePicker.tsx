/** The ten decision roles as toggle chips; a person can hold several. */
import { ROLE_TEXT } from '../lib/i18n/roles';
import { DECISION_ROLES, type DecisionRole } from '../lib/model';
import { useLanguage, useText } from './i18n';
import { useRoleLabel } from './vocabulary';

export interface RolePickerProps {
  selected: readonly DecisionRole[];
  onChange: (roles: DecisionRole[]) => void;
}

export function RolePicker({ selected, onChange }: RolePickerProps) {
  const t = useText();
  const language = useLanguage();
  const roleName = useRoleLabel();
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
            title={ROLE_TEXT[role].description[language]}
            onClick={() => toggle(role)}
          >
            {roleName(role)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
