import { describe, expect, it } from 'vitest';
import { PRESETS, presetName, roleLabel, tracksRole } from '../../lib/coverage';
import { DECISION_ROLES, type DecisionRole, METHODOLOGY_PRESETS } from '../../lib/model';

const tracked = (preset: keyof typeof PRESETS) =>
  DECISION_ROLES.filter((r) => tracksRole(preset, r));

describe('presets', () => {
  it.each<[keyof typeof PRESETS, DecisionRole[]]>([
    ['miller-heiman', ['economic-buyer', 'technical-evaluator', 'user', 'champion']],
    [
      'meddpicc',
      ['economic-buyer', 'approver', 'technical-evaluator', 'procurement', 'initiator', 'champion'],
    ],
    [
      'hubspot',
      [
        'economic-buyer',
        'approver',
        'budget-holder',
        'influencer',
        'user',
        'procurement',
        'champion',
      ],
    ],
    [
      'salesforce',
      ['economic-buyer', 'approver', 'budget-holder', 'technical-evaluator', 'influencer', 'user'],
    ],
    ['decision-chain', [...DECISION_ROLES]],
  ])('%s tracks the roles its method names', (preset, roles) => {
    expect(tracked(preset)).toEqual(DECISION_ROLES.filter((r) => roles.includes(r)));
  });

  it('shows the same stored role in each team’s words', () => {
    expect(roleLabel('miller-heiman', 'champion', 'en')).toBe('Coach');
    expect(roleLabel('miller-heiman', 'champion', 'zh')).toBe('教练');
    expect(roleLabel('meddpicc', 'procurement', 'en')).toBe('Paper process');
    expect(roleLabel('hubspot', 'user', 'de')).toBe('Endanwender');
    expect(roleLabel('decision-chain', 'economic-buyer', 'ru')).toBe('ЛПР');
    expect(presetName('hubspot', 'fi')).toBe('HubSpotin ostoroolit');
  });

  it('uses only the values HubSpot and Salesforce accept', () => {
    const hubspot = new Set([
      'BLOCKER',
      'BUDGET_HOLDER',
      'CHAMPION',
      'DECISION_MAKER',
      'END_USER',
      'EXECUTIVE_SPONSOR',
      'INFLUENCER',
      'LEGAL_AND_COMPLIANCE',
      'OTHER',
    ]);
    const salesforce = new Set([
      'Business User',
      'Decision Maker',
      'Economic Buyer',
      'Economic Decision Maker',
      'Evaluator',
      'Executive Sponsor',
      'Influencer',
      'Technical Buyer',
      'Other',
    ]);
    for (const role of DECISION_ROLES) {
      expect(hubspot).toContain(PRESETS.hubspot.roles[role].crmValue);
      expect(salesforce).toContain(PRESETS.salesforce.roles[role].crmValue);
    }
  });

  it('gives every tracked role its own label within a preset', () => {
    for (const preset of METHODOLOGY_PRESETS) {
      const labels = tracked(preset).map((r) => roleLabel(preset, r, 'en'));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
