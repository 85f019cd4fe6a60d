/**
 * An account's stakeholders grouped by decision role. Someone
 * with several roles is listed once, under the most decisive of them, with badges for the rest.
 */
import { DECISION_ROLES, type DecisionRole, type Stakeholder } from '../lib/model';
import { useText } from './i18n';
import { StakeholderCard } from './StakeholderCard';
import { useRoleLabel } from './vocabulary';

export interface AccountMapProps {
  stakeholders: readonly Stakeholder[];
  /** Names of the account's deals: a person's stance in the others is shown where it differs. */
  dealNames?: ReadonlyMap<string, string>;
  onEdit: (id: string) => void;
  onErase: (id: string) => void;
}

export function AccountMap({ stakeholders, dealNames, onEdit, onErase }: AccountMapProps) {
  const held = DECISION_ROLES.filter((role) => stakeholders.some((s) => s.roles.includes(role)));
  const byPrimaryRole = (role: DecisionRole | undefined) =>
    stakeholders.filter((s) => primaryRole(s) === role);
  const untagged = byPrimaryRole(undefined);
  return (
    <div class="rc-map">
      {held.map((role) => {
        const people = byPrimaryRole(role);
        return (
          people.length > 0 && (
            <RoleGroup
              key={role}
              decisionRole={role}
              people={people}
              dealNames={dealNames}
              onEdit={onEdit}
              onErase={onErase}
            />
          )
        );
      })}
      {untagged.length > 0 && (
        <RoleGroup
          decisionRole={undefined}
          people={untagged}
          dealNames={dealNames}
          onEdit={onEdit}
          onErase={onErase}
        />
      )}
    </div>
  );
}

/** Roles are stored in catalogue order, most decisive first. */
function primaryRole(stakeholder: Stakeholder): DecisionRole | undefined {
  return DECISION_ROLES.find((role) => stakeholder.roles.includes(role));
}

interface RoleGroupProps {
  decisionRole: DecisionRole | undefined;
  people: readonly Stakeholder[];
  dealNames: ReadonlyMap<string, string> | undefined;
  onEdit: (id: string) => void;
  onErase: (id: string) => void;
}

function RoleGroup({ decisionRole: role, people, dealNames, onEdit, onErase }: RoleGroupProps) {
  const t = useText();
  const roleName = useRoleLabel();
  const heading = role ? roleName(role) : t('map.noRole');
  const headingId = `rc-role-${role ?? 'none'}`;
  return (
    <section class="rc-role-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {heading} <span class="rc-count">{people.length}</span>
      </h3>
      <ul class="rc-people">
        {people.map((stakeholder) => (
          <StakeholderCard
            key={stakeholder.id}
            stakeholder={stakeholder}
            elsewhere={stakeholder.involvements.flatMap((part) => {
              const deal = dealNames?.get(part.dealId);
              return part.dealId !== stakeholder.dealId &&
                deal !== undefined &&
                part.stance !== stakeholder.stance
                ? [{ deal, stance: part.stance }]
                : [];
            })}
            onEdit={onEdit}
            onErase={onErase}
          />
        ))}
      </ul>
    </section>
  );
}
