/**
 * Issue 16, items 1, 2 and 6: before a CRM export, the rep learns what the CRM will do with the
 * rows (duplicate companies and contacts, refused rows, roles kept as Other, apostrophes) and
 * how to fix each.
 */
import { describe, expect, it } from 'vitest';
import { describeProblem, describeProblemIn, type Snapshot } from '../../lib/transfer';
import { crmCheck } from '../../lib/transfer/crm-check';
import { mapOf } from '../support/legacy-map';
import { account, person } from './helpers';

function mapWith(): Snapshot {
  return mapOf(
    [
      account(),
      account({ id: 'acc-nodomain', name: 'Initech', domains: [] }),
      account({ id: 'acc-acme-2', name: 'ACME', domains: ['acme.de'] }),
    ],
    [
      person({ email: 'jane@acme.com', title: '-VP Sales' }),
      person({
        id: 'p-peter',
        accountId: 'acc-nodomain',
        name: 'Peter Gibbons',
        roles: ['procurement', 'gatekeeper'],
      }),
      person({
        id: 'p-long',
        accountId: 'acc-nodomain',
        name: `${'Maximiliane'.repeat(4)} Schmidt`,
        email: 'max@initech.com',
        title: `=${'Head of everything '.repeat(7)}`,
      }),
      person({ id: 'p-acme2', accountId: 'acc-acme-2', name: 'Eva Braun', email: 'e@acme.de' }),
    ],
  );
}

const lines = (target: 'hubspot' | 'salesforce') =>
  crmCheck(mapWith(), target).map(describeProblem);

describe('pre-export check', () => {
  it('HubSpot: companies without domain, contacts without email, apostrophes, Other', () => {
    expect(lines('hubspot')).toEqual([
      'HubSpot: 1 account(s) have no website domain: "Initech". HubSpot matches companies by domain, so it creates a new company for every contact of these accounts. Fix: add the domain to the account in Rolecall, then export again.',
      'HubSpot: 1 person(s) have no email: "Peter Gibbons". HubSpot recognises existing contacts by email only, so every import creates them again and cannot add buying roles to them. Fix: add their email in Rolecall, or import them once and update them in HubSpot afterwards.',
      'HubSpot: 1 person(s) are gatekeepers or initiators: "Peter Gibbons". HubSpot has no such role and keeps them as "Other". Fix: nothing needed; to keep the difference, add the role to HubSpot\'s list of values and change these rows.',
      `HubSpot: 1 value(s) in "Job Title" start like a spreadsheet formula: "${'Maximiliane'.repeat(4)} Schmidt". They get a leading apostrophe so that no spreadsheet runs them, and HubSpot stores that apostrophe. Fix: if a value is not meant to start that way, edit it in Rolecall.`,
    ]);
  });

  it('a title a spreadsheet reads as text is not listed: it reaches the CRM as typed', () => {
    expect(lines('hubspot').join('\n')).not.toContain('Jane Doe');
  });

  it('Salesforce: values longer than its fields, accounts sharing a name, Other', () => {
    const said = lines('salesforce');
    expect(said).toContain(
      `Salesforce: 1 value(s) in "First Name" are longer than Salesforce allows (40 characters): "${'Maximiliane'.repeat(4)} Schmidt". Salesforce refuses these rows. Fix: shorten them in Rolecall, then export again.`,
    );
    expect(said.join('\n')).toContain(
      '1 value(s) in "Title" are longer than Salesforce allows (128',
    );
    expect(said).toContain(
      'Salesforce: Different accounts share a name: "Acme / ACME". The Import Wizard matches accounts by name and site, so their contacts land in one account. Fix: rename one in Rolecall (add the city or country), then export again.',
    );
    expect(said.join('\n')).toContain('Salesforce has no such role and keeps them as "Other"');
    // Salesforce matches contacts by the external id, so a missing email is no problem there.
    expect(said.join('\n')).not.toContain('no email');
  });

  it('a clean map has nothing to say', () => {
    const clean = mapOf([account()], [person({ email: 'j@acme.com' })]);
    expect(crmCheck(clean, 'hubspot')).toEqual([]);
    expect(crmCheck(clean, 'salesforce')).toEqual([]);
  });

  it('long lists name five and count the rest, in every language', () => {
    const many = mapOf(
      [account()],
      Array.from({ length: 8 }, (_, i) => person({ id: `p-${i}`, name: `P ${i}` })),
    );
    const [finding] = crmCheck(many, 'hubspot');
    expect(finding && describeProblem(finding)).toContain(
      '"P 0", "P 1", "P 2", "P 3", "P 4" and 3 more',
    );
    expect(finding && describeProblemIn('de', finding)).toContain('und 3 weitere');
  });
});
