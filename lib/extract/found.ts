/** A detected person as the panel shows them: what the page says, and what the title suggests. */
import type { CaptureMethod, DecisionRole, Department, Seniority } from '../model';
import { readTitle, type TitleReading } from './titles';
import type { Person } from './types';

/** Read from the title; the rep confirms before any of it is saved. */
export interface Suggestion {
  department?: Department;
  seniority?: Seniority;
  roles: DecisionRole[];
}

export interface FoundPerson {
  key: string;
  name: string;
  title?: string;
  org?: string;
  email?: string;
  profileUrl?: string;
  photoUrl?: string;
  /** The most trusted way the page showed them. */
  method: CaptureMethod;
  suggestion?: Suggestion;
}

/** The panel's view of a merged person; the DOM element stays with the chip, not here. */
export function foundPerson(person: Person): FoundPerson {
  const reading = person.title ? readTitle(person.title) : undefined;
  // A title named no function ("other") or was not understood ("unknown"): suggest nothing.
  const suggestion = reading ? suggestionFrom(reading) : undefined;
  return {
    key: person.key,
    name: person.name,
    ...(person.title ? { title: person.title } : {}),
    ...(person.org ? { org: person.org } : {}),
    ...(person.email ? { email: person.email } : {}),
    ...(person.profileUrl ? { profileUrl: person.profileUrl } : {}),
    ...(person.photoUrl ? { photoUrl: person.photoUrl } : {}),
    method: person.evidence[0]?.method ?? 'page-layout',
    ...(suggestion ? { suggestion } : {}),
  };
}

/** What the background needs to look a found person up, cut to the sizes its messages accept. */
export function lookupReference(found: FoundPerson): {
  key: string;
  name: string;
  title?: string;
  org?: string;
  profileUrl?: string;
} {
  return {
    key: found.key.slice(0, 300),
    name: found.name.slice(0, 200),
    ...(found.title ? { title: found.title.slice(0, 300) } : {}),
    ...(found.org ? { org: found.org.slice(0, 200) } : {}),
    ...(found.profileUrl && found.profileUrl.length <= 2048
      ? { profileUrl: found.profileUrl }
      : {}),
  };
}

/** What a title reading suggests to the rep; undefined when it suggests nothing. */
function suggestionFrom(reading: TitleReading): Suggestion | undefined {
  const department =
    reading.department !== 'other' && reading.department !== 'unknown'
      ? reading.department
      : undefined;
  const seniority = reading.seniority !== 'unknown' ? reading.seniority : undefined;
  if (!department && !seniority && reading.roles.length === 0) return undefined;
  return {
    ...(department ? { department } : {}),
    ...(seniority ? { seniority } : {}),
    roles: reading.roles,
  };
}

/** The suggestion a title typed or pasted into the form gives, read as detection reads it. */
export function suggestionForTitle(title: string): Suggestion | undefined {
  return title.trim() === '' ? undefined : suggestionFrom(readTitle(title));
}
