/** Invented buying committees for the power map tests and bench. */
import {
  DECISION_ROLES,
  INFLUENCES,
  normalizeName,
  STANCES,
  type Stakeholder,
} from '../../lib/model';

const NOW = Date.UTC(2025, 5, 1);

export function person(
  id: string,
  name: string,
  fields: Partial<Omit<Stakeholder, 'id' | 'name'>> = {},
): Stakeholder {
  return {
    id,
    accountId: 'acme',
    dealId: fields.accountId ?? 'acme',
    involvements: [],
    name,
    normalizedName: normalizeName(name),
    roles: [],
    stance: 'unknown',
    influence: 'unknown',
    evidence: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...fields,
  };
}

/** CEO with CFO and CTO; the CTO has two engineers. */
export function smallCommittee(): Stakeholder[] {
  return [
    person('ceo', 'Max Roe', { title: 'CEO', roles: ['approver'], influence: 'high' }),
    person('cfo', 'Jane Doe', {
      title: 'CFO',
      reportsToId: 'ceo',
      roles: ['economic-buyer', 'budget-holder'],
      stance: 'supporter',
      influence: 'high',
    }),
    person('cto', 'Ann Lee', { title: 'CTO', reportsToId: 'ceo', stance: 'skeptic' }),
    person('e1', 'Bo Kim', { title: 'Engineer', reportsToId: 'cto', roles: ['user'] }),
    person('e2', 'Cy Park', { title: 'Engineer', reportsToId: 'cto', stance: 'champion' }),
  ];
}

/**
 * 80 people: a CEO, 6 VPs, 2–3 directors each, their teams, and a few people whose manager
 * is unknown; the shape of a large enterprise account.
 */
export function largeCommittee(count = 80): Stakeholder[] {
  const out: Stakeholder[] = [];
  const add = (reportsToId: string | undefined, title: string) => {
    const i = out.length;
    const role = DECISION_ROLES[i % DECISION_ROLES.length];
    out.push(
      person(`p${i}`, `Person ${i} ${['Okafor', 'Lindqvist', 'Zhang Wei', 'Novak'][i % 4]}`, {
        title,
        reportsToId,
        roles: role && i % 3 === 0 ? [role] : [],
        stance: STANCES[i % STANCES.length] ?? 'unknown',
        influence: INFLUENCES[i % INFLUENCES.length] ?? 'unknown',
      }),
    );
    return `p${i}`;
  };
  const ceo = add(undefined, 'Chief Executive Officer');
  const vps = Array.from({ length: 6 }, (_, v) => add(ceo, `VP ${v}`));
  const directors = vps.flatMap((vp, v) =>
    Array.from({ length: 2 + (v % 2) }, (_, d) => add(vp, `Director ${v}.${d}`)),
  );
  let d = 0;
  while (out.length < count - 4) {
    add(directors[d % directors.length], 'Senior Software Engineer, Platform Infrastructure');
    d++;
  }
  while (out.length < count) add(out.length % 2 ? 'gone' : undefined, 'Consultant');
  return out;
}
