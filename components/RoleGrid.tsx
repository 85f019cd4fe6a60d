/** Who holds each role the preset tracks, with stance and influence at a glance. */
import { tracksRole } from '../lib/coverage/presets';
import { STANCE_TEXT } from '../lib/i18n/attributes';
import { DECISION_ROLES, type MethodologyPreset, type Stakeholder } from '../lib/model';
import { useLanguage, useText } from './i18n';
import { useRoleLabel } from './vocabulary';

export interface RoleGridProps {
  stakeholders: readonly Stakeholder[];
  preset: MethodologyPreset;
}

export function RoleGrid({ stakeholders, preset }: RoleGridProps) {
  const t = useText();
  const language = useLanguage();
  const roleName = useRoleLabel();
  const roles = DECISION_ROLES.filter((role) => tracksRole(preset, role));
  return (
    <table class="rc-grid">
      <caption class="rc-visually-hidden">{t('coverage.grid')}</caption>
      <tbody>
        {roles.map((role) => {
          const holders = stakeholders.filter((s) => s.roles.includes(role));
          return (
            <tr key={role} class={holders.length === 0 ? 'rc-grid-empty' : undefined}>
              <th scope="row">{roleName(role)}</th>
              <td>
                {holders.length === 0 ? (
                  <span class="rc-hint">—</span>
                ) : (
                  holders.map((holder) => (
                    <span
                      key={holder.id}
                      class="rc-holder"
                      title={STANCE_TEXT[holder.stance][language]}
                    >
                      <i class={`rc-dot rc-stance--${holder.stance}`} aria-hidden="true" />
                      {holder.name}
                      {holder.influence === 'high' && <b aria-hidden="true"> ▲</b>}
                    </span>
                  ))
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
