/** Synthetic maps of any size, for benchmarks and seeded end-to-end tests. Deterministic. */
import {
  type Account,
  DECISION_ROLES,
  DEFAULT_DEAL_CONTEXT,
  DEPARTMENTS,
  type Deal,
  INFLUENCES,
  normalizeName,
  type Person,
  STANCES,
} from '../../lib/model';

const DAY = 24 * 60 * 60 * 1000;
const FIRST = ['Anna', 'Jussi', 'Wei', 'Dewi', 'Klaus', 'Olga', 'Priya', 'Tomás', 'Maria', 'Sam'];
const LAST = ['Virtanen', 'Müller', 'Zhang', 'Santoso', 'Ivanova', 'Raman', 'Okafor', 'Smith'];
const TITLES = ['CFO', 'Head of IT', 'Procurement Manager', 'VP Operations', 'Office Manager'];

export interface SyntheticMap {
  accounts: Account[];
  deals: Deal[];
  stakeholders: Person[];
}

/** A small deterministic generator, so two runs compare the same data. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function syntheticAccount(index: number, now: number): Account {
  return {
    id: `account-${index}`,
    name: `Account ${index} Oy`,
    domains: [`account-${index}.example`],
    createdAt: now - 90 * DAY,
    updatedAt: now - index * 1000,
  };
}

/** The account's deal number `index`; deal 0 has the account's id, as an upgraded account's has. */
export function syntheticDeal(account: Account, index = 0): Deal {
  return {
    id: index === 0 ? account.id : `${account.id}-deal-${index}`,
    accountId: account.id,
    name: index === 0 ? account.name : `${account.name} deal ${index}`,
    ...DEFAULT_DEAL_CONTEXT,
    createdAt: account.createdAt,
    // The first deal is the one last worked on.
    updatedAt: account.updatedAt - index,
  };
}

/** `count` people of the account, each with a part in every one of `deals`. */
export function syntheticPeople(
  account: Account,
  count: number,
  now: number,
  seed = 1,
  deals: readonly Pick<Deal, 'id'>[] = [{ id: account.id }],
): Person[] {
  const random = sequence(seed);
  return Array.from({ length: count }, (_, index) => {
    const name = `${pick(FIRST, random)} ${pick(LAST, random)} ${index}`;
    const verifiedAt = now - Math.floor(random() * 30) * DAY;
    return {
      id: `${account.id}-person-${index}`,
      accountId: account.id,
      name,
      normalizedName: normalizeName(name),
      title: pick(TITLES, random),
      department: pick(DEPARTMENTS, random),
      involvements: deals.map((deal) => ({
        dealId: deal.id,
        roles: random() < 0.6 ? [pick(DECISION_ROLES, random)] : [],
        stance: pick(STANCES, random),
        influence: pick(INFLUENCES, random),
      })),
      evidence: [
        {
          sourceUrl: `https://${account.domains[0] ?? 'example.com'}/team#${index}`,
          capturedAt: verifiedAt,
          method: 'manual-selection',
          lastVerifiedAt: verifiedAt,
        },
      ],
      createdAt: verifiedAt,
      updatedAt: verifiedAt,
    };
  });
}

/** `accounts` accounts sharing `stakeholders` people evenly. Account 0 is the most recently used. */
export function syntheticMap(accounts: number, stakeholders: number, now: number): SyntheticMap {
  const list = Array.from({ length: accounts }, (_, index) => syntheticAccount(index, now));
  const perAccount = Math.floor(stakeholders / Math.max(1, accounts));
  return {
    accounts: list,
    deals: list.map((account) => syntheticDeal(account)),
    stakeholders: list.flatMap((account, index) =>
      syntheticPeople(account, perAccount, now, index + 1),
    ),
  };
}
