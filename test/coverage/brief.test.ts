import { describe, expect, it } from 'vitest';
import { callBrief, coverageGaps } from '../../lib/coverage';
import { QUESTIONS, TALKING_POINTS } from '../../lib/i18n';
import type { LegacyAccount, Stakeholder } from '../../lib/model';
import { account, OPTIONS, person } from './scenario';

const deal = account({ name: 'Acme Industries', stage: 'vendor-evaluation' });
const people: Stakeholder[] = [
  person('cfo', {
    name: 'Jana Novak',
    title: 'CFO',
    roles: ['economic-buyer', 'budget-holder'],
    stance: 'supporter',
    influence: 'high',
    department: 'finance',
  }),
  person('it', {
    name: 'Ole Berg',
    title: 'Head of IT',
    roles: ['technical-evaluator'],
    department: 'it',
  }),
];

function brief(
  situation: Partial<LegacyAccount>,
  language: Parameters<typeof callBrief>[3],
  format: 'text' | 'markdown' = 'text',
  who = people,
) {
  const a = account({ ...deal, ...situation });
  return callBrief(a, who, coverageGaps(a, who, OPTIONS), language, format, { score: 42 });
}

describe('call brief', () => {
  it('asks for the missing procurement contact in the chosen language', () => {
    const text = brief({}, 'de');
    expect(text).toContain(QUESTIONS['proc-process'].de);
    expect(text).not.toContain(QUESTIONS['proc-process'].en);
    expect(text).toContain('Kein Kontakt im Einkauf');
  });

  it('says who is who, with roles in the team’s vocabulary', () => {
    const text = brief({ preset: 'salesforce' }, 'en');
    expect(text).toContain(
      '- Jana Novak, CFO: Economic decision maker, Economic buyer · Supporter · High influence',
    );
    expect(text).toContain('Technical buyer');
  });

  it('gives each person the talking point of their leading role', () => {
    const text = brief({}, 'zh');
    expect(text).toContain(TALKING_POINTS['economic-buyer'].zh);
    expect(text).toContain(TALKING_POINTS['technical-evaluator'].zh);
  });

  it('lists the most urgent gap first and names the people a gap is about', () => {
    const opposed = [
      ...people,
      person('coo', { name: 'Max Blau', stance: 'blocker', influence: 'high' }),
    ];
    const cfoSkeptic = opposed.map((p) =>
      p.id === 'cfo' ? { ...p, stance: 'neutral' as const } : p,
    );
    const text = brief({}, 'en', 'text', cfoSkeptic);
    const gapLines = text.split('\n').filter((l) => /^- (Critical|Warning|Check|Note):/.test(l));
    expect(gapLines[0]).toMatch(/^- Critical:/);
    expect(text).toContain(
      'An influential blocker has no supporter of equal weight on your side. (Max Blau)',
    );
  });

  it('shows the stage, how the company decides and the score', () => {
    expect(brief({}, 'ru')).toContain(
      'Выбор поставщика · Эксперты рекомендуют, руководство подписывает · Покрытие 42/100',
    );
  });

  it('in Markdown, uses headings and keeps names from pages from becoming formatting', () => {
    const sneaky = [person('x', { name: '*Bold* [link](http://evil.example)', roles: ['user'] })];
    const text = brief({}, 'en', 'markdown', sneaky);
    expect(text).toMatch(/^## Acme Industries: call brief$/m);
    expect(text).toMatch(/^### Questions to ask$/m);
    expect(text).toContain('\\*Bold\\* \\[link\\]\\(http://evil.example\\)');
  });

  it('stays short for a big account: at most 12 people and 8 questions', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => person(`p${i}`, { name: `Person ${i}` }));
    const text = brief({ stage: 'purchase-decision' }, 'en', 'text', crowd);
    expect(text.split('\n').filter((l) => /^- Person \d+/.test(l))).toHaveLength(12);
    expect(text).toContain('…and 28 more on the map');
    expect(text.split('\n').filter((l) => /^\d+\. /.test(l)).length).toBe(8);
  });

  it('does not repeat a question two gaps share', () => {
    const text = brief({ stage: 'purchase-decision', preset: 'salesforce' }, 'en', 'text', [
      person('a'),
    ]);
    const questions = text
      .split('\n')
      .filter((l) => /^\d+\. /.test(l))
      .map((l) => l.replace(/^\d+\. /, ''));
    expect(new Set(questions).size).toBe(questions.length);
  });

  it('says so when there is nothing to fix', () => {
    const text = callBrief(deal, people, [], 'fi', 'text');
    expect(text).toContain('Ei avoimia puutteita.');
    expect(text).not.toContain('Kysyttävää');
  });
});
