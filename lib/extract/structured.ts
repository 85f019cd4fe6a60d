/** From an item graph (JSON-LD, microdata, RDFa) to person candidates, with the org and role around them. */

import { cleanName } from './names';
import { absoluteUrl, findEmail, isHidden, squash } from './text';
import { isType, type Thing, textProp, textProps, urlProp } from './things';
import type { Candidate, DetectionEvidence } from './types';

/** Item types that wrap a person with a role (schema.org Role and its subtypes). */
const ROLE_TYPES = ['Role', 'OrganizationRole', 'EmployeeRole', 'PerformanceRole', 'LinkRole'];
/** Properties that make the parent an organisation the person belongs to. */
const MEMBERSHIP = new Set(['employee', 'employees', 'founder', 'founders', 'member', 'members']);
/** A byline: who wrote a story, a review or a comment, not someone at the account. */
const BYLINE_PROPS = new Set(['author', 'creator', 'editor', 'contributor', 'reviewedBy']);
const STORY_TYPE =
  /Article$|Posting$|^WebPage$|^VideoObject$|^Report$|^Blog$|^WebSite$|Review$|^Comment$|^Answer$|^Question$/u;
/** Cap on items visited per page, so a huge graph cannot stall the page. */
const MAX_ITEMS = 20_000;

interface Visit {
  thing: Thing;
  parent?: Visit;
  via?: string;
}

function nameOf(person: Thing): string | undefined {
  const name = textProp(person, 'name');
  if (name) return name;
  const given = textProp(person, 'givenName');
  const family = textProp(person, 'familyName');
  if (given || family)
    return [given, textProp(person, 'additionalName'), family].filter(Boolean).join(' ');
  return undefined;
}

/** Job title: jobTitle, else the roleName of a wrapping Role, else an Occupation's name. */
function titleOf(visit: Visit): string | undefined {
  const own = textProps(visit.thing, 'jobTitle');
  if (own.length > 0) return own.join(' / ');
  const parent = visit.parent?.thing;
  if (parent && isType(parent, ...ROLE_TYPES)) {
    const roles = textProps(parent, 'roleName');
    if (roles.length > 0) return roles.join(', ');
  }
  const occupations = occupationNames(visit.thing);
  return occupations.length > 0 ? occupations.join(' / ') : undefined;
}

/** hasOccupation names, looking through a Role that wraps an Occupation. */
function occupationNames(person: Thing): string[] {
  const names: string[] = [];
  for (const value of person.props.get('hasOccupation') ?? []) {
    if (typeof value === 'string') names.push(value);
    else if (isType(value, ...ROLE_TYPES)) {
      names.push(...textProps(value, 'hasOccupation'), ...textProps(value, 'roleName'));
    } else {
      const name = textProp(value, 'name');
      if (name) names.push(name);
    }
  }
  return names.map((name) => name.trim()).filter(Boolean);
}

function orgOf(visit: Visit): string | undefined {
  const own = textProp(visit.thing, 'worksFor') ?? textProp(visit.thing, 'affiliation');
  if (own) return own;
  let up = visit;
  if (up.parent && isType(up.parent.thing, ...ROLE_TYPES)) up = up.parent;
  if (up.parent && up.via && MEMBERSHIP.has(up.via)) return textProp(up.parent.thing, 'name');
  return undefined;
}

/**
 * Bylines of stories are the publisher's staff, and reviews' the customers': not the account's
 * people, unless tied to an org.
 */
function isByline(visit: Visit): boolean {
  if (!visit.parent || !visit.via || !BYLINE_PROPS.has(visit.via)) return false;
  if (textProp(visit.thing, 'worksFor') || textProp(visit.thing, 'affiliation')) return false;
  return visit.parent.thing.types.some((type) => STORY_TYPE.test(type));
}

function toCandidate(visit: Visit, base: URL, evidence: DetectionEvidence): Candidate | undefined {
  const person = visit.thing;
  const rawName = nameOf(person);
  if (!rawName) return undefined;
  const name = cleanName(rawName);
  const title = titleOf(visit);
  if (name === '' || isByline(visit)) return undefined;
  const nameElement = person.propElements?.get('name') ?? person.element;
  const element = nameElement && !isHidden(nameElement) ? nameElement : person.element;
  const email = textProp(person, 'email');
  const sameAs = textProps(person, 'sameAs');
  return {
    name,
    title: title ? squash(title) : undefined,
    org: orgOf(visit),
    email: email ? findEmail(email) : undefined,
    phone: textProp(person, 'telephone'),
    profileUrl: absoluteUrl(urlProp(person, 'url') ?? sameAs[0], base),
    photoUrl: absoluteUrl(urlProp(person, 'image'), base),
    element,
    evidence,
  };
}

/** Every Person reachable from the given top-level items, iteratively (no recursion). */
export function peopleFromThings(
  roots: Thing[],
  base: URL,
  evidence: DetectionEvidence,
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<Thing>();
  const stack: Visit[] = roots.map((thing) => ({ thing })).reverse();
  while (stack.length > 0 && seen.size < MAX_ITEMS) {
    const visit = stack.pop();
    if (!visit || seen.has(visit.thing)) continue;
    seen.add(visit.thing);
    if (isType(visit.thing, 'Person')) {
      const candidate = toCandidate(visit, base, evidence);
      if (candidate) out.push(candidate);
    }
    const children: Visit[] = [];
    for (const [via, values] of visit.thing.props) {
      for (const value of values) {
        if (typeof value !== 'string') children.push({ thing: value, parent: visit, via });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return out;
}
