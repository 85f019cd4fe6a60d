/** Stance rules: an ally inside the account, and opposition nobody of equal weight answers. */
import type { Involvement, Stakeholder, Stance } from '../../model';
import { isSupporter } from '../facts';
import { from } from '../stages';
import type { Finding, Rule } from '../types';

/** High-influence opponents, when no high-influence supporter stands against them. */
function unanswered(people: readonly Stakeholder[], stance: Stance): Finding | undefined {
  const opponents = people.filter((p) => p.stance === stance && p.influence === 'high');
  if (opponents.length === 0) return undefined;
  const counterweight = people.some((p) => isSupporter(p) && p.influence === 'high');
  return counterweight ? undefined : { stakeholderIds: opponents.map((p) => p.id) };
}

const OPPOSED: readonly Stance[] = ['blocker', 'skeptic'];

/** Their part in a deal works for us: champion (by stance or tag) or supporter. */
const backs = (part: Pick<Involvement, 'roles' | 'stance'>) => isSupporter(part);

/**
 * People who back us in this deal and oppose us in another of the account's deals, or the other
 * way round: one person's two stances are a risk to both deals, and worth asking about.
 */
function mixedStances(people: readonly Stakeholder[]): Finding | undefined {
  const mixed = people.filter((person) => {
    const others = person.involvements.filter((part) => part.dealId !== person.dealId);
    return others.some(
      (part) =>
        (backs(person) && OPPOSED.includes(part.stance)) ||
        (OPPOSED.includes(person.stance) && backs(part)),
    );
  });
  if (mixed.length === 0) return undefined;
  return {
    stakeholderIds: mixed.map((person) => person.id),
    params: { names: mixed.map((person) => person.name).join(', ') },
  };
}

export const STANCE_RULES: readonly Rule[] = [
  {
    id: 'no-champion',
    severity: 'warning',
    when: [{}],
    escalate: [{ when: { stages: from('vendor-evaluation') }, to: 'critical' }],
    questions: ['champ-who-wants', 'champ-next-step', 'champ-how-decided'],
    detect: ({ champions }) => (champions.length === 0 ? { stakeholderIds: [] } : undefined),
  },
  {
    id: 'weak-champion',
    severity: 'warning',
    when: [{}],
    questions: ['weak-champ-sponsor', 'weak-champ-case', 'weak-champ-intro'],
    // Unknown influence is not reported: the rep has not judged it yet, and may be right.
    detect: ({ champions }) =>
      champions.length > 0 && champions.every((p) => p.influence === 'low')
        ? { stakeholderIds: champions.map((p) => p.id) }
        : undefined,
  },
  {
    id: 'high-influence-blocker',
    severity: 'critical',
    when: [{}],
    questions: ['blocker-concerns', 'blocker-hear-directly', 'blocker-counterweight'],
    detect: ({ people }) => unanswered(people, 'blocker'),
  },
  {
    id: 'high-influence-skeptic',
    severity: 'warning',
    when: [{}],
    escalate: [{ when: { stages: ['purchase-decision'] }, to: 'critical' }],
    questions: ['skeptic-proof', 'skeptic-history', 'blocker-counterweight'],
    detect: ({ people }) => unanswered(people, 'skeptic'),
  },
  {
    id: 'stance-differs-across-deals',
    severity: 'warning',
    when: [{}],
    questions: ['mixed-stance-why', 'mixed-stance-compete', 'mixed-stance-sequence'],
    detect: ({ people }) => mixedStances(people),
  },
];
