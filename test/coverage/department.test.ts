/** A department the rep has not set follows the title: a CFO counts as finance until the rep says otherwise. */
import { describe, expect, it } from 'vitest';
import { assessCoverage, workingDepartment } from '../../lib/coverage';
import { account, OPTIONS, person } from './scenario';

const cfo = person('cfo', {
  title: 'Chief Financial Officer',
  roles: ['economic-buyer', 'budget-holder'],
});

describe('a department read from the title', () => {
  it('is shown as read, and the rep’s own choice wins', () => {
    expect(workingDepartment(cfo)).toEqual({ department: 'finance', fromTitle: true });
    expect(workingDepartment({ ...cfo, department: 'executive' })).toEqual({
      department: 'executive',
      fromTitle: false,
    });
    expect(workingDepartment(person('x', { title: 'Friend of the house' }))).toBeUndefined();
  });

  it('counts a CFO as finance taking part, so no gap says finance is missing', () => {
    const { gaps } = assessCoverage(account({ stage: 'project-approval' }), [cfo], OPTIONS);
    expect(gaps.map((gap) => gap.id)).not.toContain('no-finance-function');
    expect(gaps.map((gap) => gap.id)).toContain('no-it-security-function');
  });

  it('counts for breadth: a CFO and a CTO are two departments, not one unknown', () => {
    const cto = person('cto', {
      title: 'Chief Technology Officer',
      roles: ['technical-evaluator'],
    });
    const read = assessCoverage(account(), [cfo, cto], OPTIONS).score;
    const unread = assessCoverage(
      account(),
      [
        { ...cfo, title: 'Person' },
        { ...cto, title: 'Person' },
      ],
      OPTIONS,
    ).score;
    expect(read.score).toBeGreaterThan(unread.score);
  });

  it('makes two people in finance one department for single-threading', () => {
    const controller = person('ctl', { title: 'Financial Controller', roles: ['user'] });
    const { gaps } = assessCoverage(account(), [cfo, controller], OPTIONS);
    expect(gaps.map((gap) => gap.id)).toContain('single-threaded-department');
  });
});
