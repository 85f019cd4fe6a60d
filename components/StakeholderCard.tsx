/** One person in the account map: who they are, where they stand, and what the rep can do with them. */
import { INFLUENCE_TEXT, STANCE_TEXT } from '../lib/i18n/attributes';
import type { Influence, Stakeholder, Stance } from '../lib/model';
import { Icon } from './Icon';
import { useLanguage, useText } from './i18n';
import { useRoleLabel } from './vocabulary';

export interface StakeholderCardProps {
  stakeholder: Stakeholder;
  /** Their stance in the account's other deals, where it is not the same as in this one. */
  elsewhere?: readonly { deal: string; stance: Stance }[];
  onEdit: (id: string) => void;
  onErase: (id: string) => void;
}

const BARS: Record<Influence, number> = { high: 3, medium: 2, low: 1, unknown: 0 };

export function StakeholderCard({
  stakeholder,
  elsewhere = [],
  onEdit,
  onErase,
}: StakeholderCardProps) {
  const { id, name, title, stance, influence, roles } = stakeholder;
  const t = useText();
  const language = useLanguage();
  const roleName = useRoleLabel();
  const influenceText = t('map.influence', { level: INFLUENCE_TEXT[influence][language] });
  return (
    <li class="rc-person">
      <div class="rc-person-main">
        <span class="rc-person-name">{name}</span>
        {title && <span class="rc-person-title">{title}</span>}
        {elsewhere.map(({ deal, stance: there }) => (
          <span key={deal} class={`rc-person-elsewhere rc-stance--${there}`}>
            {t('map.elsewhere', { stance: STANCE_TEXT[there][language], deal })}
          </span>
        ))}
        {roles.length > 1 && (
          <ul class="rc-chips rc-person-roles" aria-label={t('map.rolesOf', { name })}>
            {roles.map((role) => (
              <li key={role} class="rc-badge">
                {roleName(role)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="rc-person-meta">
        <span class={`rc-badge rc-stance rc-stance--${stance}`}>
          {STANCE_TEXT[stance][language]}
        </span>
        <span class="rc-influence" role="img" aria-label={influenceText} title={influenceText}>
          {[1, 2, 3].map((bar) => (
            <i key={bar} class={bar <= BARS[influence] ? 'on' : ''} />
          ))}
        </span>
        <button
          type="button"
          class="rc-icon-button"
          aria-label={t('popup.edit', { name })}
          onClick={() => onEdit(id)}
        >
          <Icon name="edit" />
        </button>
        <button
          type="button"
          class="rc-icon-button"
          aria-label={t('popup.eraseNamed', { name })}
          onClick={() => onErase(id)}
        >
          <Icon name="erase" />
        </button>
      </div>
    </li>
  );
}
