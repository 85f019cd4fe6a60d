/** The account's coverage score, and the few things that would raise it most. */
import type { Improvement, CoverageScore as Score } from '../lib/coverage';
import type { DecisionRole } from '../lib/model';
import { DECISION_ROLES } from '../lib/model';
import { useText } from './i18n';
import { useRoleLabel } from './vocabulary';

export function CoverageScore({ coverage }: { coverage: Score }) {
  const t = useText();
  const roleName = useRoleLabel();
  const itemName = (item: Improvement['item']) =>
    isRole(item)
      ? roleName(item)
      : t(item === 'breadth' ? 'coverage.breadth' : 'coverage.functions');
  const tone = coverage.score >= 70 ? 'good' : coverage.score >= 40 ? 'fair' : 'poor';
  return (
    <section class="rc-score" aria-label={t('coverage.scoreOf', { score: coverage.score })}>
      <div class={`rc-score-dial rc-score--${tone}`} style={{ '--rc-score': `${coverage.score}` }}>
        <span aria-hidden="true">{coverage.score}</span>
      </div>
      {coverage.improvements.length > 0 && (
        <div class="rc-score-raise">
          <h2>{t('coverage.raise')}</h2>
          <ul>
            {coverage.improvements.map((improvement) => (
              <li key={improvement.item}>
                <span>
                  {t(improvement.kind === 'find' ? 'coverage.find' : 'coverage.strengthen', {
                    item: itemName(improvement.item),
                  })}
                </span>
                <span class="rc-points">
                  {t('coverage.points', { points: improvement.points })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function isRole(item: Improvement['item']): item is DecisionRole {
  return DECISION_ROLES.some((role) => role === item);
}
