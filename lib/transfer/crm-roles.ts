/** How our decision roles and stance become HubSpot buying roles and Salesforce contact roles. */
import type { DealStage, DecisionRole, Person, Stakeholder } from '../model';

/** HubSpot `hs_buying_role` internal values, in HubSpot's own order. */
export const HUBSPOT_BUYING_ROLES = [
  'BLOCKER',
  'BUDGET_HOLDER',
  'CHAMPION',
  'DECISION_MAKER',
  'END_USER',
  'EXECUTIVE_SPONSOR',
  'INFLUENCER',
  'LEGAL_AND_COMPLIANCE',
  'OTHER',
] as const;
export type HubspotBuyingRole = (typeof HUBSPOT_BUYING_ROLES)[number];

/**
 * HubSpot has no technical buyer: a technical evaluator shapes the decision without owning
 * it, which is what HubSpot calls an influencer. Procurement runs the contract and paper
 * process, HubSpot's legal and compliance. Roles HubSpot cannot name become OTHER.
 */
export const HUBSPOT_ROLE_OF: Record<DecisionRole, HubspotBuyingRole> = {
  'economic-buyer': 'DECISION_MAKER',
  approver: 'EXECUTIVE_SPONSOR',
  'budget-holder': 'BUDGET_HOLDER',
  'technical-evaluator': 'INFLUENCER',
  influencer: 'INFLUENCER',
  user: 'END_USER',
  procurement: 'LEGAL_AND_COMPLIANCE',
  gatekeeper: 'OTHER',
  initiator: 'OTHER',
  champion: 'CHAMPION',
};

/**
 * HubSpot's buying roles mix role and attitude: a champion or blocker stance is a buying
 * role there even when the rep has not tagged it as a role. Every role is kept, OTHER too:
 * a gatekeeper who is also procurement is still someone who controls access.
 */
export function hubspotBuyingRoles(
  person: Pick<Stakeholder, 'roles' | 'stance'>,
): HubspotBuyingRole[] {
  const chosen = new Set<HubspotBuyingRole>(person.roles.map((role) => HUBSPOT_ROLE_OF[role]));
  if (person.stance === 'champion') chosen.add('CHAMPION');
  if (person.stance === 'blocker') chosen.add('BLOCKER');
  return HUBSPOT_BUYING_ROLES.filter((value) => chosen.has(value));
}

/** Salesforce `OpportunityContactRole.Role` picklist defaults. */
export const SALESFORCE_CONTACT_ROLES = [
  'Business User',
  'Decision Maker',
  'Economic Buyer',
  'Economic Decision Maker',
  'Evaluator',
  'Executive Sponsor',
  'Influencer',
  'Technical Buyer',
  'Other',
] as const;
export type SalesforceContactRole = (typeof SALESFORCE_CONTACT_ROLES)[number];

/**
 * The default picklist has no champion: a champion sells for us by influencing others, so
 * Influencer. The budget holder decides on the money, Salesforce's economic decision maker.
 * Procurement evaluates vendor terms, the Evaluator.
 */
export const SALESFORCE_ROLE_OF: Record<DecisionRole, SalesforceContactRole> = {
  'economic-buyer': 'Economic Buyer',
  approver: 'Executive Sponsor',
  'budget-holder': 'Economic Decision Maker',
  'technical-evaluator': 'Technical Buyer',
  influencer: 'Influencer',
  user: 'Business User',
  procurement: 'Evaluator',
  gatekeeper: 'Other',
  initiator: 'Other',
  champion: 'Influencer',
};

/**
 * One contact role per distinct Salesforce role, Other included, in picklist order. Two of our
 * roles that are one Salesforce role (champion and influencer) make one row: Salesforce would
 * hold two identical contact roles on the same opportunity otherwise.
 */
export function salesforceContactRoles(roles: readonly DecisionRole[]): SalesforceContactRole[] {
  const chosen = new Set(roles.map((role) => SALESFORCE_ROLE_OF[role]));
  return SALESFORCE_CONTACT_ROLES.filter((value) => chosen.has(value));
}

/** Whether a HubSpot import replaces a contact's buying roles or adds to them. */
export type HubspotRoleMode = 'replace' | 'add';

/**
 * The Buying Role cell. HubSpot's import adds to a multiple-checkbox property when the value
 * starts with ";" and replaces it otherwise; adding nothing is an empty cell, which HubSpot
 * leaves alone.
 */
export function hubspotRoleCell(person: Person, mode: HubspotRoleMode = 'replace'): string {
  // A contact has one set of buying roles in HubSpot: what they are in any of the deals.
  const chosen = new Set(person.involvements.flatMap((part) => hubspotBuyingRoles(part)));
  const values = HUBSPOT_BUYING_ROLES.filter((value) => chosen.has(value)).join(';');
  return mode === 'add' && values !== '' ? `;${values}` : values;
}

/** Our roles that the CRM can only call Other: the pre-export check names them. */
export function rolesSentAsOther(roles: readonly DecisionRole[]): DecisionRole[] {
  return roles.filter((role) => HUBSPOT_ROLE_OF[role] === 'OTHER');
}

/**
 * The stage of HubSpot's default sales pipeline nearest to where the buyer is (its internal
 * values); a team with its own pipeline maps them in the import's mapping step.
 */
const HUBSPOT_STAGE_OF: Record<DealStage, string> = {
  'problem-felt': 'appointmentscheduled',
  exploring: 'qualifiedtobuy',
  'project-approval': 'presentationscheduled',
  'vendor-evaluation': 'decisionmakerboughtin',
  'purchase-decision': 'contractsent',
};

export function hubspotDealStage(stage: DealStage): string {
  return HUBSPOT_STAGE_OF[stage];
}
