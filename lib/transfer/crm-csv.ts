/**
 * CRM-ready contact files.
 *
 * HubSpot: contacts, with contact and company columns in the same row associating the contact
 * with the company matched by "Company Domain Name"; then the deals; then one row per contact
 * and deal they take part in, with association labels named after their roles in it.
 *
 * Salesforce, in two steps because contact roles need record ids that only exist after the
 * contacts are in: (1) import the contacts file with the Data Import Wizard, mapping
 * "Rolecall Id" to an external-id text field on Contact (e.g. Rolecall_Id__c); (2) load the
 * contact-roles file as OpportunityContactRole records (Data Loader), looking the contact up
 * by that external id and adding the opportunity id.
 */
import {
  type Account,
  DEPARTMENT_LABELS,
  type Deal,
  type Person,
  ROLE_INFO,
  SENIORITY_LABELS,
  stakeholderIn,
} from '../model';
import {
  type HubspotRoleMode,
  hubspotDealStage,
  hubspotRoleCell,
  salesforceContactRoles,
} from './crm-roles';
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

/** One row per contact, opportunity and role: OpportunityId when known, else the name to match. */
export const SALESFORCE_ROLE_HEADERS = [
  'Rolecall Id',
  'First Name',
  'Last Name',
  'Account Name',
  'Opportunity Name',
  'OpportunityId',
  'Role',
] as const;

/** HubSpot deal properties; "Rolecall Deal Id" is a unique-value property the admin creates. */
export const HUBSPOT_DEAL_HEADERS = [
  'Deal Name',
  'Pipeline',
  'Deal Stage',
  'Amount',
  'Close Date',
  'Company Domain Name',
  'Record ID',
  'Rolecall Deal Id',
] as const;

/** One row per contact and deal, read as a contacts-and-deals import with association labels. */
export const HUBSPOT_ASSOCIATION_HEADERS = [
  'Email',
  'First Name',
  'Last Name',
  'Deal Name',
  'Rolecall Deal Id',
  'Association Label',
] as const;

export function* peopleWithAccounts(snapshot: Snapshot): Generator<[Person, Account]> {
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
  person: Person,
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

/**
 * Each person with the deals (of their account) they take part in, in the order of their parts:
 * a file read back keeps that order, so exporting it again writes the same rows.
 */
function* partsWithDeals(snapshot: Snapshot) {
  const deals = new Map(snapshot.deals.map((deal) => [deal.id, deal]));
  for (const [person, account] of peopleWithAccounts(snapshot)) {
    for (const part of person.involvements) {
      const deal = deals.get(part.dealId);
      if (deal?.accountId !== account.id) continue;
      const inDeal = stakeholderIn(person, deal.id);
      if (inDeal) yield { person: inDeal, account, deal };
    }
  }
}

/** HubSpot's deals file, in HUBSPOT_DEAL_HEADERS order, one row per deal. */
export function hubspotDealsCsv(snapshot: Snapshot, options?: CsvOptions): string {
  const accounts = new Map(snapshot.accounts.map((account) => [account.id, account]));
  const rows = snapshot.deals.flatMap((deal) => {
    const account = accounts.get(deal.accountId);
    return account ? [hubspotDealRow(deal, account)] : [];
  });
  return writeCsv(HUBSPOT_DEAL_HEADERS, rows, options);
}

export function hubspotDealRow(deal: Deal, account: Account): string[] {
  return [
    deal.name,
    'default',
    hubspotDealStage(deal.stage),
    deal.amount === undefined ? '' : String(deal.amount),
    deal.closeDate ?? '',
    account.domains[0] ?? '',
    deal.crmOpportunityId ?? '',
    deal.id,
  ];
}

/**
 * HubSpot's contact-to-deal associations: one row per person and deal they take part in, the
 * labels named after their roles there (as the admin creates them, see README), several
 * separated by ";". A part with no role gets the plain, unlabelled association.
 */
export function hubspotAssociationsCsv(snapshot: Snapshot, options?: CsvOptions): string {
  const rows: string[][] = [];
  for (const { person, account, deal } of partsWithDeals(snapshot)) {
    const { first, last } = splitName(person.name, account.domains);
    const labels = person.roles.map((role) => ROLE_INFO[role].label).join(';');
    rows.push([person.email ?? '', first, last, deal.name, deal.id, labels]);
  }
  return writeCsv(HUBSPOT_ASSOCIATION_HEADERS, rows, options);
}

export interface SalesforceFiles {
  contacts: string;
  contactRoles: string;
}

export function salesforceCsv(snapshot: Snapshot, options?: CsvOptions): SalesforceFiles {
  const contacts: string[][] = [];
  const roles: string[][] = [];
  for (const [person, account] of peopleWithAccounts(snapshot)) {
    contacts.push(salesforceContactRow(person, account));
  }
  for (const { person, account, deal } of partsWithDeals(snapshot)) {
    const { first, last } = salesforceName(person, account);
    for (const role of salesforceContactRoles(person.roles)) {
      roles.push([
        person.id,
        first,
        last,
        account.name,
        deal.name,
        deal.crmOpportunityId ?? '',
        role,
      ]);
    }
  }
  return {
    contacts: writeCsv(SALESFORCE_CONTACT_HEADERS, contacts, options),
    contactRoles: writeCsv(SALESFORCE_ROLE_HEADERS, roles, options),
  };
}

/** One contact, in SALESFORCE_CONTACT_HEADERS order. */
export function salesforceContactRow(person: Person, account: Account): string[] {
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
export function salesforceName(person: Pick<Person, 'name'>, account: Account): NameParts {
  const parts = splitName(person.name, account.domains);
  return parts.last === '' ? { first: '', last: parts.first } : parts;
}
