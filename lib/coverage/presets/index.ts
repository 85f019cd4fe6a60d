/** Every methodology preset, and the look-ups the popup needs to show a role in a team's vocabulary. */
import type { DecisionRole, Language, MethodologyPreset } from '../../model';
import { DECISION_CHAIN } from './decision-chain';
import { HUBSPOT } from './hubspot';
import { MEDDPICC } from './meddpicc';
import { MILLER_HEIMAN } from './miller-heiman';
import { SALESFORCE } from './salesforce';
import type { Preset } from './types';

export type { Preset, PresetRole } from './types';

export const PRESETS: Readonly<Record<MethodologyPreset, Preset>> = {
  'decision-chain': DECISION_CHAIN,
  'miller-heiman': MILLER_HEIMAN,
  meddpicc: MEDDPICC,
  hubspot: HUBSPOT,
  salesforce: SALESFORCE,
};

export function roleLabel(
  preset: MethodologyPreset,
  role: DecisionRole,
  language: Language,
): string {
  return PRESETS[preset].roles[role].label[language];
}

export function presetName(preset: MethodologyPreset, language: Language): string {
  return PRESETS[preset].name[language];
}

export function tracksRole(preset: MethodologyPreset, role: DecisionRole): boolean {
  return PRESETS[preset].roles[role].tracked;
}
