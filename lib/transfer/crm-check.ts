/**
 * What a CRM will do with the rows of an export, said before the download, each with its fix:
 * the extension shows it (the rep can export anyway) and the converter prints it.
 * Field lengths are Salesforce's standard Contact and Account fields (Salesforce Field
 * Reference); HubSpot's text properties hold 65,536 characters, more than Rolecall stores.
 */
import { type Account, type Person, rolesInAnyDeal } from '../model';
import {
  HUBSPOT_HEADERS,
  hubspotRow,
  peopleWithAccounts,
  SALESFORCE_CONTACT_HEADERS,
  salesforceContactRow,
} from './crm-csv';
import { type HubspotRoleMode, rolesSentAsOther } from './crm-roles';
import { willBeGuarded } from './formula';
import { type ImportProblem, problem, type Said, say } from './result';
import type { Snapshot } from './snapshot';

export type CrmTarget = 'hubspot' | 'salesforce';

/** Salesforce refuses a row whose value is longer than its field, by our column header. */
export const SALESFORCE_MAX_LENGTH: ReadonlyMap<string, number> = new Map([
  ['First Name', 40],
  ['Last Name', 80],
  ['Title', 128],
  ['Department', 80],
  ['Email', 80],
  ['Phone', 40],
  ['Account Name', 255],
]);

/** Names listed in one finding before the rest are counted. */
const LISTED = 5;

/** Everything the CRM will do with these rows that the rep may not expect; empty when none. */
export function crmCheck(
  snapshot: Snapshot,
  target: CrmTarget,
  hubspotRoles: HubspotRoleMode = 'replace',
): ImportProblem[] {
  const crm = target === 'hubspot' ? 'HubSpot' : 'Salesforce';
  const found = new Findings(crm);
  const headers: readonly string[] =
    target === 'hubspot' ? HUBSPOT_HEADERS : SALESFORCE_CONTACT_HEADERS;
  const accountsByName = new Map<string, Set<string>>();
  for (const [person, account] of peopleWithAccounts(snapshot)) {
    const row =
      target === 'hubspot'
        ? hubspotRow(person, account, hubspotRoles)
        : salesforceContactRow(person, account);
    if (target === 'hubspot') checkHubspot(found, person, account);
    else {
      const sameName = accountsByName.get(account.name.toLowerCase()) ?? new Set();
      accountsByName.set(account.name.toLowerCase(), sameName.add(account.name));
    }
    row.forEach((value, column) => {
      const header = headers[column] ?? '';
      const guarded = willBeGuarded(value);
      if (guarded) found.add(`guarded:${header}`, person.name, { column: header });
      const max = target === 'salesforce' ? SALESFORCE_MAX_LENGTH.get(header) : undefined;
      const length = value.length + (guarded ? 1 : 0);
      if (max !== undefined && length > max)
        found.add(`tooLong:${header}`, person.name, { column: header, max });
    });
    const other = rolesSentAsOther(rolesInAnyDeal(person));
    if (other.length > 0) found.add('otherRole', person.name);
  }
  for (const names of accountsByName.values())
    if (names.size > 1) found.add('sameAccountName', [...names].join(' / '));
  return found.list();
}

function checkHubspot(found: Findings, person: Person, account: Account): void {
  // One finding per account, however many of its people are exported.
  if (account.domains.length === 0) found.add('noDomain', account.name, {}, account.id);
  if ((person.email ?? '') === '') found.add('noEmail', person.name);
}

type Kind =
  | 'noDomain'
  | 'noEmail'
  | 'otherRole'
  | 'sameAccountName'
  | `guarded:${string}`
  | `tooLong:${string}`;

interface Group {
  kind: Kind;
  names: string[];
  seen: Set<string>;
  params: Record<string, string | number>;
}

/** Findings grouped by kind (and column): one line per kind, naming who it concerns. */
class Findings {
  readonly #groups = new Map<Kind, Group>();

  constructor(readonly crm: string) {}

  add(kind: Kind, name: string, params: Record<string, string | number> = {}, key = name): void {
    let group = this.#groups.get(kind);
    if (group === undefined) {
      group = { kind, names: [], seen: new Set(), params };
      this.#groups.set(kind, group);
    }
    if (group.seen.has(key)) return;
    group.seen.add(key);
    group.names.push(name);
  }

  list(): ImportProblem[] {
    return [...this.#groups.values()].map((group) =>
      problem(this.crm, undefined, this.message(group)),
    );
  }

  message({ kind, names, params }: Group): Said {
    const who = namesOf(names);
    const count = names.length;
    if (kind.startsWith('guarded:'))
      return say('transfer.check.guarded', {
        count,
        column: params.column ?? '',
        crm: this.crm,
        names: who,
      });
    if (kind.startsWith('tooLong:'))
      return say('transfer.check.tooLong', {
        count,
        column: params.column ?? '',
        max: params.max ?? 0,
        names: who,
      });
    if (kind === 'noDomain') return say('transfer.check.noDomain', { count, names: who });
    if (kind === 'noEmail') return say('transfer.check.noEmail', { count, names: who });
    if (kind === 'otherRole')
      return say('transfer.check.otherRole', { count, crm: this.crm, names: who });
    return say('transfer.check.sameAccountName', { count, names: who });
  }
}

function namesOf(names: readonly string[]): Said {
  const listed = names
    .slice(0, LISTED)
    .map((name) => `"${name}"`)
    .join(', ');
  return names.length > LISTED
    ? say('transfer.check.namesMore', { names: listed, more: names.length - LISTED })
    : say('transfer.check.names', { names: listed });
}
