/** Rules about whether the map can be trusted: doubtful roles, stale entries, unknown hierarchy. */
import { type DecisionRole, normalizeName, type Stakeholder } from '../../model';
import type { Facts } from '../facts';
import { isJuniorTitle } from '../junior-titles';
import { from } from '../stages';
import type { Finding, Rule, TitleChange } from '../types';

/** Roles that decide or sign: the ones a junior title makes doubtful. */
const DECIDING_ROLES: readonly DecisionRole[] = ['economic-buyer', 'approver', 'budget-holder'];

const idsOf = (people: readonly Stakeholder[]): Finding | undefined =>
  people.length === 0 ? undefined : { stakeholderIds: people.map((p) => p.id) };

/** "Acme" and "Acme Inc." are the same company; only a name that is not a prefix is a change. */
function sameName(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  return x.startsWith(y) || y.startsWith(x);
}

function isRealChange(change: TitleChange, facts: Facts): boolean {
  const person = facts.byId.get(change.stakeholderId);
  if (!person || change.seenAt <= facts.lastVerifiedAt(person)) return false;
  const titleMoved =
    change.title !== undefined && normalizeName(change.title) !== normalizeName(person.title ?? '');
  const companyMoved =
    change.company !== undefined && !sameName(change.company, facts.account.name);
  return titleMoved || companyMoved;
}

function changedPeople(facts: Facts): Finding | undefined {
  const ids = new Set(
    facts.titleChanges.filter((c) => isRealChange(c, facts)).map((c) => c.stakeholderId),
  );
  return ids.size === 0 ? undefined : { stakeholderIds: [...ids] };
}

/** The economic buyer's boss is usually where the approver is found; an approver tag answers it. */
function topUnknown({ holders }: Facts): Finding | undefined {
  const buyers = holders('economic-buyer');
  const placed = buyers.some((p) => p.reportsToId !== undefined || p.roles.includes('approver'));
  return placed ? undefined : idsOf(buyers);
}

export const HYGIENE_RULES: readonly Rule[] = [
  {
    id: 'title-contradicts-role',
    // Titles mislead, so this asks the rep to look again rather than declaring an error.
    severity: 'check',
    when: [{}],
    questions: ['check-who-else-signs', 'check-approval-steps', 'eb-final-call'],
    detect: ({ people }) =>
      idsOf(
        people.filter(
          (p) => p.roles.some((r) => DECIDING_ROLES.includes(r)) && isJuniorTitle(p.title),
        ),
      ),
  },
  {
    id: 'stale-changed',
    severity: 'warning',
    when: [{}],
    questions: ['changed-who-now', 'changed-handover'],
    detect: changedPeople,
  },
  {
    id: 'stale-unverified',
    severity: 'info',
    when: [{}],
    escalate: [{ when: { stages: from('vendor-evaluation') }, to: 'warning' }],
    questions: ['stale-still-involved', 'stale-priorities'],
    detect: (facts) => {
      const found = idsOf(facts.people.filter(facts.isStale));
      return found && { ...found, params: { days: facts.staleDays } };
    },
  },
  {
    id: 'economic-buyer-no-reporting-line',
    severity: 'info',
    when: [{}],
    escalate: [{ when: { modes: ['top-decides'] }, to: 'warning' }],
    questions: ['line-eb-reports', 'line-eb-aligned', 'approver-signoff'],
    detect: topUnknown,
  },
];
