/**
 * CRM-ready contact files.
 *
 * HubSpot: one file; contact and company columns in the same row associate the contact with
 * the company matched by "Company Domain Name".
 *
 * Salesforce, in two steps because contact roles need record ids that only exist after the
 * contacts are in: (1) import the contacts file with the Data Import Wizard, mapping
 * "Rolecall Id" to an external-id text field on Contact (e.g. Rolecall_Id__c); (2) load the
 * contact-roles file as OpportunityContactRole records (Data Loader), looking the contact up
 * by that external id and adding the opportunity id.
 */
import { type Account, DEPARTMENT_LABELS, SENIORITY_LABELS, type Stakeholder } from '../model';
import { type HubspotRoleMode, hubspotRoleCell, salesforceContactRoles } from './crm-roles';
import { type NameParts, splitName } from './name-parts';
import type { Snapshot } from './snapshot';
import { type CsvOptions, writeCsv } from './write-csv';

export const HUBSPOT_HEADERS = [
  'First Name',
  'Last Name',
  'Email',
  'Phone Number',
  'Job Title',
  'Company Name',
  'Company Domain Name',
  'Buying Role',
] as const;

export const SALESFORCE_CONTACT_HEADERS = [
  'First Name',
  'Last Name',
  'Title',
  'Department',
  // No standard Contact field: the admin maps it to a custom field, or leaves it out.
  'Seniority',
  'Email',
  'Phone',
  'Account Name',
  'Rolecall Id',
] as const;

export const SALESFORCE_ROLE_HEADERS = [
  'Rolecall Id',
  'First Name',
  'Last Name',
  'Account Name',
  'Role',
] as const;

export function* peopleWithAccounts(snapshot: Snapshot): Generator<[Stakeholder, Account]> {
  const accounts = new Map(snapshot.accounts.map((account) => [account.id, account]));
  for (const person of snapshot.stakeholders) {
    const account = accounts.get(person.accountId);
    if (account) yield [person, account];
  }
}

export interface HubspotOptions extends CsvOptions {
  /** Replace the buying roles a contact already has in HubSpot (default), or add to them. */
  hubspotRoles?: HubspotRoleMode;
}

export function hubspotCsv(snapshot: Snapshot, options: HubspotOptions = {}): string {
  return writeCsv(HUBSPOT_HEADERS, hubspotRowsOf(snapshot, options.hubspotRoles), options);
}

/** One row per person, in HUBSPOT_HEADERS order; no header. */
export function hubspotRowsOf(snapshot: Snapshot, mode: HubspotRoleMode = 'replace'): string[][] {
  const rows: string[][] = [];
  for (const [person, account] of peopleWithAccounts(snapshot)) {
    rows.push(hubspotRow(person, account, mode));
  }
  return rows;
}

/** One contact, in HUBSPOT_HEADERS order. */
export function hubspotRow(
  person: Stakeholder,
  account: Account,
  mode: HubspotRoleMode = 'replace',
): string[] {
  const { first, last } = splitName(person.name, account.domains);
  return [
    first,
    last,
    person.email ?? '',
    person.phone ?? '',
    person.title ?? '',
    account.name,
    account.domains[0] ?? '',
    hubspotRoleCell(person, mode),
  ];
}

export interface SalesforceFiles {
  contacts: string;
  contactRoles: string;
}

export function salesforceCsv(snapshot: Snapshot, options?: CsvOptions): SalesforceFiles {
  const contacts: string[][] = [];
  const roles: string[][] = [];
  for (const [person, account] of peopleWithAccounts(snapshot)) {
    const row = salesforceContactRow(person, account);
    contacts.push(row);
    const [first = '', last = ''] = row;
    for (const role of salesforceContactRoles(person.roles)) {
      roles.push([person.id, first, last, account.name, role]);
    }
  }
  return {
    contacts: writeCsv(SALESFORCE_CONTACT_HEADERS, contacts, options),
    contactRoles: writeCsv(SALESFORCE_ROLE_HEADERS, roles, options),
  };
}

/** One contact, in SALESFORCE_CONTACT_HEADERS order. */
export function salesforceContactRow(person: Stakeholder, account: Account): string[] {
  const { first, last } = salesforceName(person, account);
  return [
    first,
    last,
    person.title ?? '',
    person.department ? DEPARTMENT_LABELS[person.department] : '',
    person.seniority ? SENIORITY_LABELS[person.seniority] : '',
    person.email ?? '',
    person.phone ?? '',
    account.name,
    person.id,
  ];
}

/** Salesforce requires a last name, so a one-word name goes there rather than be rejected. */
export function salesforceName(person: Stakeholder, account: Account): NameParts {
  const parts = splitName(person.name, account.domains);
  return parts.last === '' ? { first: '', last: parts.first } : parts;
}
