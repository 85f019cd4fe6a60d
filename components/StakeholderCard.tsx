/** One person in the account map: who they are, where they stand, and what the rep can do with them. */

import {
  INFLUENCE_LABELS,
  type Influence,
  ROLE_INFO,
  STANCE_LABELS,
  type Stakeholder,
} from '../lib/model';
import { Icon } from './Icon';

export interface StakeholderCardProps {
  stakeholder: Stakeholder;
  onEdit: (id: string) => void;
  onErase: (id: string) => void;
}

const BARS: Record<Influence, number> = { high: 3, medium: 2, low: 1, unknown: 0 };

export function StakeholderCard({ stakeholder, onEdit, onErase }: StakeholderCardProps) {
  const { id, name, title, stance, influence, roles } = stakeholder;
  return (
    <li class="rc-person">
      <div class="rc-person-main">
        <span class="rc-person-name">{name}</span>
        {title && <span class="rc-person-title">{title}</span>}
        {roles.length > 1 && (
          <ul class="rc-chips rc-person-roles" aria-label={`Roles of ${name}`}>
            {roles.map((role) => (
              <li key={role} class="rc-badge">
                {ROLE_INFO[role].label}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="rc-person-meta">
        <span class={`rc-badge rc-stance rc-stance--${stance}`}>{STANCE_LABELS[stance]}</span>
        <span
          class="rc-influence"
          role="img"
          aria-label={`Influence: ${INFLUENCE_LABELS[influence]}`}
          title={`Influence: ${INFLUENCE_LABELS[influence]}`}
        >
          {[1, 2, 3].map((bar) => (
            <i key={bar} class={bar <= BARS[influence] ? 'on' : ''} />
          ))}
        </span>
        <button
          type="button"
          class="rc-icon-button"
          aria-label={`Edit ${name}`}
          onClick={() => onEdit(id)}
        >
          <Icon name="edit" />
        </button>
        <button
          type="button"
          class="rc-icon-button"
          aria-label={`Erase ${name}`}
          onClick={() => onErase(id)}
        >
          <Icon name="erase" />
        </button>
      </div>
    </li>
  );
}
