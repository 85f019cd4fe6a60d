/** CRM mappings, table-tested: every decision role and stance lands on a value the CRM accepts. */
import { describe, expect, it } from 'vitest';
import type { DecisionRole, Stance } from '../../lib/model';
import {
  exportFiles,
  hubspotBuyingRoles,
  hubspotRoleCell,
  salesforceContactRoles,
} from '../../lib/transfer';
import { sampleMap } from './helpers';

describe('HubSpot hs_buying_role', () => {
  it.each<[DecisionRole[], Stance, string]>([
    [['economic-buyer'], 'neutral', 'DECISION_MAKER'],
    [['approver'], 'neutral', 'EXECUTIVE_SPONSOR'],
    [['budget-holder'], 'neutral', 'BUDGET_HOLDER'],
    [['technical-evaluator'], 'neutral', 'INFLUENCER'],
    [['influencer'], 'neutral', 'INFLUENCER'],
    [['user'], 'neutral', 'END_USER'],
    [['procurement'], 'neutral', 'LEGAL_AND_COMPLIANCE'],
    [['gatekeeper'], 'neutral', 'OTHER'],
    [['initiator'], 'neutral', 'OTHER'],
    [['champion'], 'neutral', 'CHAMPION'],
    [[], 'champion', 'CHAMPION'],
    [[], 'blocker', 'BLOCKER'],
    [[], 'skeptic', ''],
    [[], 'unknown', ''],
    // Every role kept, OTHER included (issue 16, item 5).
    [['gatekeeper', 'user'], 'neutral', 'END_USER;OTHER'],
    [['procurement', 'gatekeeper'], 'neutral', 'LEGAL_AND_COMPLIANCE;OTHER'],
    [['budget-holder', 'economic-buyer'], 'blocker', 'BLOCKER;BUDGET_HOLDER;DECISION_MAKER'],
    [['technical-evaluator', 'influencer', 'champion'], 'champion', 'CHAMPION;INFLUENCER'],
  ])('%j with stance %s → %s', (roles, stance, expected) => {
    expect(hubspotBuyingRoles({ roles, stance }).join(';')).toBe(expected);
  });
});

describe('HubSpot: add buying roles instead of replacing them (issue 16, item 3)', () => {
  it('a leading ";" tells HubSpot to add; nothing to add leaves the cell empty', () => {
    expect(
      hubspotRoleCell({ roles: ['budget-holder', 'gatekeeper'], stance: 'neutral' }, 'add'),
    ).toBe(';BUDGET_HOLDER;OTHER');
    expect(hubspotRoleCell({ roles: ['budget-holder'], stance: 'neutral' }, 'replace')).toBe(
      'BUDGET_HOLDER',
    );
    expect(hubspotRoleCell({ roles: [], stance: 'neutral' }, 'add')).toBe('');
  });

  it('the HubSpot file carries the choice', () => {
    const [file] = exportFiles(sampleMap(), 'hubspot', {
      now: new Date(0),
      bom: false,
      hubspotRoles: 'add',
    });
    const rows = file?.text.split('\r\n') ?? [];
    expect(rows[1]).toBe('Jane,Doe,jane@acme.com,+1 555 0100,CFO,Acme,acme.com,;DECISION_MAKER');
    expect(rows[2]?.endsWith(',;CHAMPION;INFLUENCER')).toBe(true);
  });
});

describe('Salesforce contact roles', () => {
  it.each<[DecisionRole[], string[]]>([
    [['economic-buyer'], ['Economic Buyer']],
    [['approver'], ['Executive Sponsor']],
    [['budget-holder'], ['Economic Decision Maker']],
    [['technical-evaluator'], ['Technical Buyer']],
    [['influencer'], ['Influencer']],
    [['user'], ['Business User']],
    [['procurement'], ['Evaluator']],
    [['gatekeeper'], ['Other']],
    [['initiator'], ['Other']],
    [['champion'], ['Influencer']],
    [[], []],
    // One row per Salesforce role, Other included (issue 16, item 5).
    [
      ['initiator', 'user'],
      ['Business User', 'Other'],
    ],
    [
      ['procurement', 'gatekeeper'],
      ['Evaluator', 'Other'],
    ],
    [['gatekeeper', 'initiator'], ['Other']],
    [
      ['champion', 'influencer', 'economic-buyer'],
      ['Economic Buyer', 'Influencer'],
    ],
  ])('%j → %j', (roles, expected) => {
    expect(salesforceContactRoles(roles)).toEqual(expected);
  });
});

describe('CRM files', () => {
  const now = new Date('2024-05-01T12:00:00Z');

  it('HubSpot: the import columns, names split, company by domain, roles joined by ;', () => {
    const [file, ...rest] = exportFiles(sampleMap(), 'hubspot', { now, label: 'Acme' });
    expect(rest).toEqual([]);
    expect(file?.name).toBe('rolecall-acme-2024-05-01-hubspot-contacts.csv');
    expect(file?.text.split('\r\n')).toEqual([
      '\uFEFFFirst Name,Last Name,Email,Phone Number,Job Title,Company Name,Company Domain Name,Buying Role',
      'Jane,Doe,jane@acme.com,+1 555 0100,CFO,Acme,acme.com,DECISION_MAKER',
      'Bob,Smith,,,,Acme,acme.com,CHAMPION;INFLUENCER',
      'Иван Иванович,Иванов,,,,Яндекс,yandex.ru,END_USER',
      '三,张,,,,Яндекс,yandex.ru,BLOCKER',
    ]);
  });

  it('Salesforce: contacts with an external id, and a roles file keyed by it', () => {
    const [contacts, roles] = exportFiles(sampleMap(), 'salesforce', { now, bom: false });
    expect(contacts?.name).toBe('rolecall-all-2024-05-01-salesforce-1-contacts.csv');
    expect(contacts?.text.split('\r\n')).toEqual([
      'First Name,Last Name,Title,Department,Seniority,Email,Phone,Account Name,Rolecall Id',
      'Jane,Doe,CFO,Finance,C-level,jane@acme.com,+1 555 0100,Acme,p-jane',
      'Bob,Smith,,,,,,Acme,p-bob',
      'Иван Иванович,Иванов,,,,,,Яндекс,p-ivan',
      '三,张,,,,,,Яндекс,p-zhang',
    ]);
    expect(roles?.name).toBe('rolecall-all-2024-05-01-salesforce-2-contact-roles.csv');
    expect(roles?.text.split('\r\n')).toEqual([
      'Rolecall Id,First Name,Last Name,Account Name,Role',
      'p-jane,Jane,Doe,Acme,Economic Buyer',
      'p-bob,Bob,Smith,Acme,Influencer',
      'p-bob,Bob,Smith,Acme,Technical Buyer',
      'p-ivan,Иван Иванович,Иванов,Яндекс,Business User',
    ]);
  });
});
