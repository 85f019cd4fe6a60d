/**
 * "Changed company" compares like with like: the account learns the name its pages show when a
 * person is tagged there, so a page at a pinyin domain or an IP address raises no false flag.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { knownPeople } from '../../lib/capture/known';
import { accountByDomain, openDatabase, type RolecallDatabase, saveDraft } from '../../lib/db';
import { emptyDraft } from '../../lib/model';

const T0 = Date.UTC(2026, 11, 1, 9);
const MINUTE = 60_000;
let db: RolecallDatabase;

async function tag(name: string, accountName: string, domain: string, page: string) {
  await saveDraft(
    db,
    emptyDraft({ name, title: 'CFO', accountName, accountDomain: domain, sourceUrl: page }),
    { now: () => T0, newId: () => `id-${Math.random()}` },
  );
}

const seen = (pageUrl: string, name: string, org: string, at: number) =>
  knownPeople(db, { pageUrl, people: [{ key: name, name, title: 'CFO', org }] }, at);

beforeEach(async () => {
  db = openDatabase(`company-names-${Math.random()}`);
  await db.open();
});

describe('the company a page shows for a known person', () => {
  it('is learned, not flagged, on the page the person was just tagged on', async () => {
    await tag('Wang Fang', 'Jiudouyu', 'jiudouyu.com', 'https://www.jiudouyu.com/about/team');
    const { matches } = await seen(
      'https://www.jiudouyu.com/about/team',
      'Wang Fang',
      '九斗鱼',
      T0 + MINUTE,
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]?.orgOnPage).toBeUndefined();
    expect((await accountByDomain(db, 'jiudouyu.com'))?.orgNames).toEqual(['九斗鱼']);
    const person = await db.stakeholders.toCollection().first();
    expect(person?.seenDifferently).toBeUndefined();
  });

  it('matches the learned name on the account’s other pages, and still flags another company', async () => {
    await tag('Alex Ortiz', '127.0.0.1', '127.0.0.1', 'http://127.0.0.1:4100/team.html');
    await seen('http://127.0.0.1:4100/team.html', 'Alex Ortiz', 'Northwind Analytics', T0);
    const later = T0 + 3 * 24 * 60 * MINUTE;
    const same = await seen(
      'http://127.0.0.1:4100/board.html',
      'Alex Ortiz',
      'Northwind Analytics',
      later,
    );
    expect(same.matches[0]?.orgOnPage).toBeUndefined();
    const moved = await seen('http://127.0.0.1:4100/news.html', 'Alex Ortiz', 'Globex', later);
    expect(moved.matches[0]?.orgOnPage).toBe('Globex');
  });

  it('is flagged when the page shows another company long after the tag', async () => {
    await tag('Alex Ortiz', 'Northwind', 'northwind.example', 'https://northwind.example/team');
    const { matches } = await seen(
      'https://northwind.example/team',
      'Alex Ortiz',
      'Globex',
      T0 + 60 * MINUTE,
    );
    expect(matches[0]?.orgOnPage).toBe('Globex');
    expect((await accountByDomain(db, 'northwind.example'))?.orgNames).toBeUndefined();
  });
});
