/** The methodology preset whose words the views use for roles; the stored roles never change. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { roleLabel } from '../lib/coverage/presets';
import type { DecisionRole, MethodologyPreset } from '../lib/model';
import { useLanguage } from './i18n';

export const PresetContext = createContext<MethodologyPreset>('decision-chain');

export function useRoleLabel(): (role: DecisionRole) => string {
  const preset = useContext(PresetContext);
  const language = useLanguage();
  return (role) => roleLabel(preset, role, language);
}
