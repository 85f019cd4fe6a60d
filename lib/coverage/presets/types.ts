/** The shape of a methodology preset: its own words for the stored roles, and which roles it tracks. */

import { type Localized, ROLE_TEXT } from '../../i18n';
import type { DecisionRole } from '../../model';

export interface PresetRole {
  label: Localized;
  /** Untracked roles are still stored and shown, but the preset neither requires nor scores them. */
  tracked: boolean;
  /** The value the CRM itself uses for this role, for presets that mirror a CRM field. */
  crmValue?: string;
}

export interface Preset {
  name: Localized;
  roles: Readonly<Record<DecisionRole, PresetRole>>;
}

/** A role the preset has no word of its own for: shown with the canonical label. */
export function canonical(role: DecisionRole, tracked: boolean, crmValue?: string): PresetRole {
  const entry: PresetRole = { label: ROLE_TEXT[role].label, tracked };
  return crmValue === undefined ? entry : { ...entry, crmValue };
}
