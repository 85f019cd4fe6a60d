/** The panel's vocabulary in one language, with role names in the account's methodology. */
import { roleLabel } from '../coverage/presets';
import {
  DECISION_ROLES,
  DEPARTMENTS,
  type Language,
  type MethodologyPreset,
  SENIORITIES,
  STANCES,
} from '../model';
import { DEPARTMENT_TEXT, SENIORITY_TEXT, STANCE_TEXT } from './attributes';
import { ROLE_TEXT } from './roles';
import { panelDe } from './ui/panel/de';
import { panelEn } from './ui/panel/en';
import { panelFi } from './ui/panel/fi';
import { panelId } from './ui/panel/id';
import { panelRu } from './ui/panel/ru';
import type { PanelVocabulary } from './ui/panel/schema';
import { panelZh } from './ui/panel/zh';

const PANEL_TEXT = { en: panelEn, ru: panelRu, zh: panelZh, id: panelId, fi: panelFi, de: panelDe };

function table<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

export function panelVocabulary(
  language: Language,
  preset: MethodologyPreset = 'decision-chain',
): PanelVocabulary {
  return {
    language,
    text: PANEL_TEXT[language],
    roles: table(DECISION_ROLES, (role) => ({
      label: roleLabel(preset, role, language),
      description: ROLE_TEXT[role].description[language],
    })),
    stances: table(STANCES, (stance) => STANCE_TEXT[stance][language]),
    departments: table(DEPARTMENTS, (department) => DEPARTMENT_TEXT[department][language]),
    seniorities: table(SENIORITIES, (seniority) => SENIORITY_TEXT[seniority][language]),
  };
}
