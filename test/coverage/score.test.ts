import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BASE_WEIGHTS,
  coverageScore,
  effectiveWeights,
  type ScoreItem,
  tracksRole,
} from '../../lib/coverage';
import {
  DEAL_STAGES,
  DECISION_MODES,
  DECISION_ROLES,
  type LegacyAccount,
  METHODOLOGY_PRESETS,
} from '../../lib/model';
import { account, fullCommittee, OPTIONS, person } from './scenario';

const weightOf = (situation: Partial<LegacyAccount>, item: ScoreItem, people = fullCommittee()) =>
  coverageScore(account(situation), people, OPTIONS).lines.find((l) => l.item === item)?.weight;

// Miller Heiman, exploring, evaluators recommend: weights worked out by hand are
// economic buyer 22, coach 21, technical buyer 19, user buyer 16, breadth 13, functions 9.
const MH: Partial<LegacyAccount> = { preset: 'miller-heiman', stage: 'exploring' };
const cfo = person('cfo', { roles: ['economic-buyer'], department: 'finance' });

describe('coverage score', () => {
  it.each<
    [
      string,
      Partial<LegacyAccount>,
      Parameters<typeof person>[1][],
      number,
      [ScoreItem, number, string][],
    ]
  >([
    [
      'an economic buyer in finance, nothing else',
      MH,
      [{ roles: ['economic-buyer'], department: 'finance' }],
      // 22 + breadth 13 × 1/3 + functions 9 × (finance of finance and IT)
      31,
      [
        ['champion', 21, 'find'],
        ['technical-evaluator', 19, 'find'],
        ['user', 16, 'find'],
      ],
    ],
    [
      'the same buyer, not verified for 20 days, counts half',
      MH,
      [{ roles: ['economic-buyer'], department: 'finance', verifiedDaysAgo: 20 }],
      20,
      [
        ['champion', 21, 'find'],
        ['technical-evaluator', 19, 'find'],
        ['user', 16, 'find'],
      ],
    ],
    [
      'a low-influence coach counts half',
      MH,
      [
        { roles: ['economic-buyer'], department: 'finance' },
        { roles: ['champion'], influence: 'low', department: 'operations' },
      ],
      46,
      [
        ['technical-evaluator', 19, 'find'],
        ['user', 16, 'find'],
        ['champion', 11, 'strengthen'],
      ],
    ],
  ])('%s', (_name, situation, people, score, improvements) => {
    const result = coverageScore(
      account(situation),
      people.map((p, i) => person(`p${i}`, p)),
      OPTIONS,
    );
    expect(result.score).toBe(score);
    expect(result.improvements.map((s) => [s.item, s.points, s.kind])).toEqual(improvements);
  });

  it('is 0 for an empty map and 100 for a complete one, in every situation', () => {
    for (const preset of METHODOLOGY_PRESETS) {
      for (const stage of DEAL_STAGES) {
        for (const decisionMode of DECISION_MODES) {
          const deal = account({ preset, stage, decisionMode });
          expect(coverageScore(deal, [], OPTIONS).score).toBe(0);
          expect(coverageScore(deal, fullCommittee(), OPTIONS).score).toBe(100);
        }
      }
    }
  });

  it('rises by the promised points when the missing role is tagged', () => {
    const before = coverageScore(account(MH), [cfo], OPTIONS);
    const promise = before.improvements.find((s) => s.item === 'champion');
    const after = coverageScore(
      account(MH),
      [{ ...cfo, roles: ['economic-buyer', 'champion'] }],
      OPTIONS,
    );
    expect(promise?.points).toBeGreaterThan(0);
    expect(after.score - before.score).toBe(promise?.points);
  });

  it('links an improvement to the gap it closes and the questions to ask', () => {
    const deal = account({ stage: 'vendor-evaluation' });
    const { improvements } = coverageScore(deal, [cfo], OPTIONS, 20);
    const procurement = improvements.find((s) => s.item === 'procurement');
    expect(procurement?.gapIds).toEqual(['missing-procurement']);
    expect(procurement?.questionIds).toContain('proc-process');
  });

  it('weighs the economic buyer and approver more where the top decides', () => {
    for (const item of ['economic-buyer', 'approver'] as const) {
      expect(weightOf({ decisionMode: 'top-decides' }, item)).toBeGreaterThan(
        weightOf({ decisionMode: 'committee' }, item) ?? 0,
      );
    }
    const onlyBuyer = [cfo];
    const top = coverageScore(account({ decisionMode: 'top-decides' }), onlyBuyer, OPTIONS).score;
    const board = coverageScore(account({ decisionMode: 'committee' }), onlyBuyer, OPTIONS).score;
    expect(top).toBeGreaterThan(board);
  });

  it('weighs breadth and functions more where a committee decides', () => {
    for (const item of ['breadth', 'committee-functions'] as const) {
      expect(weightOf({ decisionMode: 'committee' }, item)).toBeGreaterThan(
        weightOf({ decisionMode: 'top-decides' }, item) ?? 0,
      );
    }
  });

  it('weighs procurement more as the deal advances', () => {
    expect(weightOf({ stage: 'purchase-decision' }, 'procurement')).toBeGreaterThan(
      (weightOf({ stage: 'exploring' }, 'procurement') ?? 0) * 2,
    );
  });
});

describe('weights', () => {
  it('each preset’s base weights sum to 100 and weigh only roles it tracks', () => {
    for (const preset of METHODOLOGY_PRESETS) {
      const base = BASE_WEIGHTS[preset];
      expect(Object.values(base).reduce((a, b) => a + b, 0)).toBe(100);
      for (const role of DECISION_ROLES) {
        if (!tracksRole(preset, role)) expect(base[role] ?? 0).toBe(0);
      }
      expect(base['economic-buyer']).toBeGreaterThan(0);
    }
  });

  it('sum to exactly 100 whatever the situation and whatever is due', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...METHODOLOGY_PRESETS),
        fc.constantFrom(...DEAL_STAGES),
        fc.constantFrom(...DECISION_MODES),
        fc.func(fc.boolean()),
        (preset, stage, decisionMode, isDue) => {
          const weights = effectiveWeights({ preset, stage, decisionMode }, isDue);
          const values = Object.values(weights);
          expect(values.reduce((a, b) => a + b, 0)).toBe(100);
          expect(values.every((w) => Number.isInteger(w) && w >= 0)).toBe(true);
        },
      ),
    );
  });
});
