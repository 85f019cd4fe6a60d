/** Coverage for a 300-person account: gaps, score and brief, against one bare pass over the people. */
import { assessCoverage, callBrief } from '../../lib/coverage';
import {
  DECISION_ROLES,
  DEPARTMENTS,
  INFLUENCES,
  type LegacyAccount,
  normalizeName,
  STANCES,
  type Stakeholder,
  stakeholdersIn,
} from '../../lib/model';
import { peopleOf } from '../support/legacy-map';
import { type BenchFigure, figure, medianMs, sized } from './figure';

const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;
const PEOPLE = sized(300, 30);
const LOOPS = sized(100, 1);

/** The account's people as its one deal sees them. */
function people(count: number): Stakeholder[] {
  const tagged = Array.from({ length: count }, (_, i): Stakeholder => {
    const name = `Person ${i}`;
    const role = DECISION_ROLES[i % DECISION_ROLES.length];
    return {
      id: `p${i}`,
      accountId: 'big',
      dealId: 'big',
      involvements: [],
      name,
      normalizedName: normalizeName(name),
      title: i % 17 === 0 ? 'Executive Assistant' : `Manager ${i}`,
      department: DEPARTMENTS[i % DEPARTMENTS.length],
      roles: role ? [role] : [],
      stance: STANCES[i % STANCES.length] ?? 'unknown',
      influence: INFLUENCES[i % INFLUENCES.length] ?? 'unknown',
      reportsToId: i > 0 ? `p${Math.floor((i - 1) / 4)}` : undefined,
      evidence: [
        { capturedAt: NOW - 60 * DAY, method: 'page-layout', lastVerifiedAt: NOW - (i % 30) * DAY },
      ],
      createdAt: NOW - 60 * DAY,
      updatedAt: NOW - DAY,
    };
  });
  return stakeholdersIn(peopleOf(tagged), 'big');
}

export default async function (): Promise<BenchFigure[]> {
  const map = people(PEOPLE);
  const account: LegacyAccount = {
    id: 'big',
    name: 'Big Corp',
    domains: ['big.example'],
    stage: 'vendor-evaluation',
    decisionMode: 'committee',
    channel: 'outbound',
    preset: 'decision-chain',
    questionLanguage: 'de',
    createdAt: NOW,
    updatedAt: NOW,
  };
  const options = { now: NOW, staleDays: 14 };
  const full = await medianMs(() => {
    for (let i = 0; i < LOOPS; i++) {
      const { gaps, score } = assessCoverage(account, map, options);
      callBrief(account, map, gaps, 'de', 'markdown', { score: score.score });
    }
  });
  // The least any coverage check must do: look at every person's roles once.
  const floor = await medianMs(() => {
    for (let i = 0; i < LOOPS; i++) {
      const held = new Set<string>();
      for (const person of map) for (const role of person.roles) held.add(role);
    }
  });
  return [figure(`coverage: gaps + score + brief, ${PEOPLE} people (x${LOOPS})`, full, floor)];
}
