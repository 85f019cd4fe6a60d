import { beforeEach, describe, expect, it } from 'vitest';
import { knownPeople } from '../../lib/capture/known';
import { assessCoverage } from '../../lib/coverage';
import { coverageSubject } from '../../lib/coverage/standings';
import {
  dealToShow,
  openDatabase,
  type RolecallDatabase,
  saveDraft,
  stakeholdersOfDeal,
} from '../../lib/db';
import { emptyDraft } from '../../lib/model';

let db: RolecallDatabase;

beforeEach(async () => {
  db = openDatabase(`known-${Math.random()}`);
  await db.open();
  await saveDraft(
    db,
    emptyDraft({
      name: 'Tomás Okafor',
      title: 'Chief Financial Officer',
      accountName: 'Northwind Analytics',
      accountDomain: 'northwind.example',
      roles: ['budget-holder', 'economic-buyer'],
    }),
  );
  await saveDraft(
    db,
    emptyDraft({
      name: 'Ada Quinn',
      title: 'Head of IT',
      accountName: 'Contoso',
      profileUrl: 'https://www.linkedin.com/in/ada-quinn',
      roles: ['technical-evaluator'],
    }),
  );
});

describe('which people found on a page are already in the map', () => {
  it('names the ones on the account’s own site with their roles, and leaves the others out', async () => {
    const { matches } = await knownPeople(db, {
      pageUrl: 'https://www.northwind.example/about/leadership',
      people: [
        { key: 'tomas okafor', name: 'Tomas  OKAFOR', title: 'chief financial officer' },
        { key: 'priya raman', name: 'Priya Raman', title: 'CTO' },
      ],
    });
    expect(matches).toEqual([
      {
        key: 'tomas okafor',
        stakeholderId: expect.any(String),
        accountName: 'Northwind Analytics',
        roles: ['budget-holder', 'economic-buyer'],
        storedTitle: 'Chief Financial Officer',
      },
    ]);
  });

  it('flags a title or a company the page shows differently from the map', async () => {
    const { matches } = await knownPeople(db, {
      pageUrl: 'https://northwind.example/team',
      people: [{ key: 't', name: 'Tomás Okafor', title: 'Chief Executive Officer', org: 'Globex' }],
    });
    expect(matches[0]).toMatchObject({
      storedTitle: 'Chief Financial Officer',
      titleOnPage: 'Chief Executive Officer',
      orgOnPage: 'Globex',
    });
    const same = await knownPeople(db, {
      pageUrl: 'https://northwind.example/team',
      people: [{ key: 't', name: 'Tomás Okafor', org: 'Northwind Analytics Inc' }],
    });
    expect(same.matches[0]).not.toHaveProperty('orgOnPage');
  });

  it('finds a person by their profile address on a profile page, whatever the account', async () => {
    const { matches } = await knownPeople(db, {
      pageUrl: 'https://www.linkedin.com/in/ada-quinn',
      people: [{ key: 'ada', name: 'Ada Quinn', title: 'Head of IT', org: 'Contoso' }],
    });
    expect(matches).toMatchObject([
      { key: 'ada', accountName: 'Contoso', roles: ['technical-evaluator'] },
    ]);
  });

  it('does not match a namesake on another company’s site', async () => {
    const { matches } = await knownPeople(db, {
      pageUrl: 'https://globex.example/team',
      people: [{ key: 't', name: 'Tomás Okafor' }],
    });
    expect(matches).toEqual([]);
  });

  it('remembers what the page said, so coverage flags the person until a page agrees again', async () => {
    const gapsNow = async () => {
      const [account] = await db.accounts.where('name').equals('Northwind Analytics').toArray();
      const deal = account && (await dealToShow(db, account.id));
      if (!account || !deal) throw new Error('no account');
      const people = await stakeholdersOfDeal(db, deal);
      return assessCoverage(coverageSubject(account, deal), people, {
        now: Date.now() + 1000,
        staleDays: 14,
      }).gaps.map((gap) => gap.id);
    };
    const page = 'https://northwind.example/team';
    await knownPeople(
      db,
      {
        pageUrl: page,
        people: [{ key: 't', name: 'Tomás Okafor', title: 'Chief Executive Officer' }],
      },
      Date.now() + 500,
    );
    expect(await gapsNow()).toContain('stale-changed');

    await knownPeople(db, {
      pageUrl: page,
      people: [{ key: 't', name: 'Tomás Okafor', title: 'Chief Financial Officer' }],
    });
    expect(await gapsNow()).not.toContain('stale-changed');
  });
});
