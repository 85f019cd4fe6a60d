/** CRM mappings, table-tested: every decision role and stance lands on a value the CRM accepts. */
import { describe, expect, it } from 'vitest';
import type { DecisionRole, Stance } from '../../lib/model';
import { exportFiles, hubspotBuyingRoles, salesforceContactRoles } from '../../lib/transfer';
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
    [['gatekeeper', 'user'], 'neutral', 'END_USER'],
    [['budget-holder', 'economic-buyer'], 'blocker', 'BLOCKER;BUDGET_HOLDER;DECISION_MAKER'],
    [['technical-evaluator', 'influencer', 'champion'], 'champion', 'CHAMPION;INFLUENCER'],
  ])('%j with stance %s → %s', (roles, stance, expected) => {
    expect(hubspotBuyingRoles({ roles, stance }).join(';')).toBe(expected);
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
    [['initiator', 'user'], ['Business User']],
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
      'First Name,Last Name,Title,Department,Email,Phone,Account Name,Rolecall Id',
      'Jane,Doe,CFO,Finance,jane@acme.com,+1 555 0100,Acme,p-jane',
      'Bob,Smith,,,,,Acme,p-bob',
      'Иван Иванович,Иванов,,,,,Яндекс,p-ivan',
      '三,张,,,,,Яндекс,p-zhang',
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
