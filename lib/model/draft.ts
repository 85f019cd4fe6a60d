/** Turning a stored stakeholder back into the form's draft, for editing and re-tagging. */
import type { Stakeholder, StakeholderDraft } from './schemas';

export function draftFromStakeholder(
  stakeholder: Stakeholder,
  accountName: string,
): StakeholderDraft {
  return {
    id: stakeholder.id,
    name: stakeholder.name,
    title: stakeholder.title ?? '',
    accountName,
    roles: stakeholder.roles,
    stance: stakeholder.stance,
    influence: stakeholder.influence,
    note: stakeholder.note ?? '',
    method: 'manual-entry',
    ...(stakeholder.department ? { department: stakeholder.department } : {}),
    ...(stakeholder.seniority ? { seniority: stakeholder.seniority } : {}),
    ...(stakeholder.profileUrl ? { profileUrl: stakeholder.profileUrl } : {}),
    ...(stakeholder.email ? { email: stakeholder.email } : {}),
  };
}

/** A fresh draft: nothing known yet but what the page showed. */
export function emptyDraft(fields: Partial<StakeholderDraft> = {}): StakeholderDraft {
  return {
    name: '',
    title: '',
    accountName: '',
    roles: [],
    stance: 'unknown',
    influence: 'unknown',
    note: '',
    method: 'manual-selection',
    ...fields,
  };
}
