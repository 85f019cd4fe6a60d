/** Turning a stored stakeholder back into the form's draft, for editing and re-tagging. */
import type { Person, StakeholderDraft } from './schemas';

/**
 * The form's draft for a person in one deal: their part there, or nothing yet when they take
 * no part in it (tagging a known person for another deal adds a part, it never copies one).
 */
export function draftFromPerson(
  person: Person,
  accountName: string,
  dealId: string | undefined,
): StakeholderDraft {
  const part = person.involvements.find((involvement) => involvement.dealId === dealId);
  return {
    id: person.id,
    name: person.name,
    title: person.title ?? '',
    accountName,
    roles: part?.roles ?? [],
    stance: part?.stance ?? 'unknown',
    influence: part?.influence ?? 'unknown',
    note: part?.note ?? '',
    method: 'manual-entry',
    ...(dealId ? { dealId } : {}),
    ...(person.department ? { department: person.department } : {}),
    ...(person.seniority ? { seniority: person.seniority } : {}),
    ...(person.profileUrl ? { profileUrl: person.profileUrl } : {}),
    ...(person.email ? { email: person.email } : {}),
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
