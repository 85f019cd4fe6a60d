import { describe, expect, it } from 'vitest';
import { coverageGaps, explainGap } from '../../lib/coverage';
import { account, DAY, fullCommittee, NOW, OPTIONS, person } from './scenario';

describe('the list of gaps', () => {
  it('is sorted most urgent first', () => {
    const people = [
      person('a', { title: 'Intern', roles: ['economic-buyer'], verifiedDaysAgo: 30 }),
      person('b', { stance: 'blocker', influence: 'high' }),
    ];
    const severities = coverageGaps(account({ stage: 'exploring' }), people, OPTIONS).map(
      (g) => g.severity,
    );
    const order = ['critical', 'warning', 'check', 'info'];
    expect(severities).toEqual([...severities].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    expect(severities).toEqual(expect.arrayContaining(['critical', 'warning', 'check', 'info']));
  });

  it('is empty for a complete, fresh, well-connected committee', () => {
    for (const stage of ['exploring', 'vendor-evaluation', 'purchase-decision'] as const) {
      expect(coverageGaps(account({ stage }), fullCommittee(), OPTIONS)).toEqual([]);
    }
  });

  it('says how many days "stale" means in the explanation', () => {
    const [gap] = coverageGaps(
      account(),
      fullCommittee().map((p) => ({ ...p, evidence: [], updatedAt: NOW - 40 * DAY })),
      { now: NOW, staleDays: 21 },
    );
    expect(gap && explainGap(gap, 'de')).toContain('21 Tagen');
  });
});
