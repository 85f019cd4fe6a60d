/** CRM mappings, table-tested: every decision role and stance lands on a value the CRM accepts. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEAL_CONTEXT,
  type Deal,
  type DecisionRole,
  personOf,
  type Stance,
  withInvolvement,
} from '../../lib/model';
import {
  exportFiles,
  hubspotBuyingRoles,
  hubspotRoleCell,
  type Snapshot,
  salesforceContactRoles,
} from '../../lib/transfer';
import { person, sampleMap } from './helpers';

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
    const holding = (roles: DecisionRole[]) =>
      personOf(person({ roles, stance: 'neutral', influence: 'unknown' }));
    expect(hubspotRoleCell(holding(['budget-holder', 'gatekeeper']), 'add')).toBe(
      ';BUDGET_HOLDER;OTHER',
    );
    expect(hubspotRoleCell(holding(['budget-holder']), 'replace')).toBe('BUDGET_HOLDER');
    expect(hubspotRoleCell(holding([]), 'add')).toBe('');
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

  it('HubSpot: contacts, then deals, then who takes part in which deal under which labels', () => {
    const [contacts, deals, parts, ...rest] = exportFiles(sampleMap(), 'hubspot', {
      now,
      label: 'Acme',
    });
    expect(rest).toEqual([]);
    expect(contacts?.name).toBe('rolecall-acme-2024-05-01-hubspot-1-contacts.csv');
    expect(contacts?.text.split('\r\n')).toEqual([
      '\uFEFFFirst Name,Last Name,Email,Phone Number,Job Title,Company Name,Company Domain Name,Buying Role',
      'Jane,Doe,jane@acme.com,+1 555 0100,CFO,Acme,acme.com,DECISION_MAKER',
      'Bob,Smith,,,,Acme,acme.com,CHAMPION;INFLUENCER',
      'Иван Иванович,Иванов,,,,Яндекс,yandex.ru,END_USER',
      '三,张,,,,Яндекс,yandex.ru,BLOCKER',
    ]);
    expect(deals?.name).toBe('rolecall-acme-2024-05-01-hubspot-2-deals.csv');
    expect(deals?.text.split('\r\n')).toEqual([
      '\uFEFFDeal Name,Pipeline,Deal Stage,Amount,Close Date,Company Domain Name,Record ID,Rolecall Deal Id',
      'Acme,default,qualifiedtobuy,,,acme.com,,acc-acme',
      'Яндекс,default,qualifiedtobuy,,,yandex.ru,,acc-yandex',
    ]);
    expect(parts?.name).toBe('rolecall-acme-2024-05-01-hubspot-3-deal-contacts.csv');
    expect(parts?.text.split('\r\n')).toEqual([
      '\uFEFFEmail,First Name,Last Name,Deal Name,Rolecall Deal Id,Association Label',
      'jane@acme.com,Jane,Doe,Acme,acc-acme,Economic buyer',
      ',Bob,Smith,Acme,acc-acme,Technical evaluator;Champion',
      ',Иван Иванович,Иванов,Яндекс,acc-yandex,User',
      ',三,张,Яндекс,acc-yandex,',
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
      'Rolecall Id,First Name,Last Name,Account Name,Opportunity Name,OpportunityId,Role',
      'p-jane,Jane,Doe,Acme,Acme,,Economic Buyer',
      'p-bob,Bob,Smith,Acme,Acme,,Influencer',
      'p-bob,Bob,Smith,Acme,Acme,,Technical Buyer',
      'p-ivan,Иван Иванович,Иванов,Яндекс,Яндекс,,Business User',
    ]);
  });

  it('one person in two deals: a contact once, their roles per opportunity and per deal', () => {
    const map = sampleMap();
    const renewal: Deal = {
      ...DEFAULT_DEAL_CONTEXT,
      id: 'deal-renewal',
      accountId: 'acc-acme',
      name: 'Acme renewal',
      stage: 'purchase-decision',
      amount: 12000,
      closeDate: '2024-09-30',
      crmOpportunityId: '006000000000001AAA',
      createdAt: 0,
      updatedAt: 0,
    };
    const jane = map.stakeholders.find((person) => person.id === 'p-jane');
    if (!jane) throw new Error('fixture');
    const both: Snapshot = {
      accounts: map.accounts.filter((account) => account.id === 'acc-acme'),
      deals: [...map.deals.filter((deal) => deal.accountId === 'acc-acme'), renewal],
      stakeholders: [
        withInvolvement(jane, {
          dealId: renewal.id,
          roles: ['gatekeeper'],
          stance: 'blocker',
          influence: 'high',
        }),
      ],
    };
    const [contacts, roles] = exportFiles(both, 'salesforce', { now, bom: false });
    expect(contacts?.text.split('\r\n')).toHaveLength(2);
    expect(roles?.text.split('\r\n').slice(1)).toEqual([
      'p-jane,Jane,Doe,Acme,Acme,,Economic Buyer',
      'p-jane,Jane,Doe,Acme,Acme renewal,006000000000001AAA,Other',
    ]);
    const [hubspotContacts, deals, parts] = exportFiles(both, 'hubspot', { now, bom: false });
    expect(hubspotContacts?.text.split('\r\n')).toHaveLength(2);
    expect(deals?.text.split('\r\n').slice(1)).toEqual([
      'Acme,default,qualifiedtobuy,,,acme.com,,acc-acme',
      'Acme renewal,default,contractsent,12000,2024-09-30,acme.com,006000000000001AAA,deal-renewal',
    ]);
    expect(parts?.text.split('\r\n').slice(1)).toEqual([
      'jane@acme.com,Jane,Doe,Acme,acc-acme,Economic buyer',
      'jane@acme.com,Jane,Doe,Acme renewal,deal-renewal,Gatekeeper',
    ]);
  });
});
