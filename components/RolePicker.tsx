/** The ten decision roles as toggle chips; a person can hold several. */
import { DECISION_ROLES, type DecisionRole, ROLE_INFO } from '../lib/model';

export interface RolePickerProps {
  selected: readonly DecisionRole[];
  onChange: (roles: DecisionRole[]) => void;
}

export function RolePicker({ selected, onChange }: RolePickerProps) {
  const toggle = (role: DecisionRole) =>
    onChange(
      selected.includes(role)
        ? selected.filter((held) => held !== role)
        : DECISION_ROLES.filter((r) => r === role || selected.includes(r)),
    );
  return (
    <fieldset class="rc-fieldset">
      <legend>Decision roles</legend>
      <div class="rc-chips">
        {DECISION_ROLES.map((role) => (
          <button
            key={role}
            type="button"
            class="rc-chip"
            aria-pressed={selected.includes(role)}
            title={ROLE_INFO[role].description}
            onClick={() => toggle(role)}
          >
            {ROLE_INFO[role].label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
