/** fast-check generators of valid maps: anything AccountSchema, DealSchema and PersonSchema accept, within CSV's documented limits. */
import fc from 'fast-check';
import {
  type Account,
  CAPTURE_METHODS,
  DEAL_CHANNELS,
  DEAL_STAGES,
  DECISION_MODES,
  DECISION_ROLES,
  DEPARTMENTS,
  type Deal,
  type Evidence,
  INFLUENCES,
  type Involvement,
  LANGUAGES,
  METHODOLOGY_PRESETS,
  normalizeName,
  type Person,
  STANCES,
} from '../../lib/model';
import type { Snapshot } from '../../lib/transfer';
import { controlCharOf } from '../../lib/transfer/integrity';

/** Cells that stress CSV: quotes, separators, line breaks, formulas, other scripts, emoji. */
const tricky = fc.constantFrom(
  '=1+1',
  '+1 (555) 010-0100',
  '-5',
  "'=already guarded",
  '@SUM(A1)',
  'a,"b"\nc',
  'semi;colon',
  'Иванов',
  '张三',
  'Zoë 👩🏽‍💼',
  'back\\slash',
  'line\r\nbreak',
);

/** Control characters (NUL …) are refused at import: no name or title holds one. */
const anyText = fc.oneof(
  tricky,
  fc
    .string({ unit: 'grapheme', maxLength: 20 })
    .filter((text) => controlCharOf(text) === undefined),
);

/** Non-empty and already trimmed: what the schema's trimmed text fields store. */
const trimmedText = anyText.map((text) => text.trim()).filter((text) => text !== '');
/** Untrimmed fields (ids, URLs): anything except blank, which a CSV cannot tell from absent. */
const rawText = anyText.filter((text) => text.trim() !== '');
const timestamp = fc.oneof(
  fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);
const domain = fc.domain().map((host) => host.toLowerCase());

const evidence: fc.Arbitrary<Evidence> = fc.record(
  {
    sourceUrl: rawText,
    capturedAt: timestamp,
    method: fc.constantFrom(...CAPTURE_METHODS),
    lastVerifiedAt: timestamp,
  },
  { requiredKeys: ['capturedAt', 'method', 'lastVerifiedAt'], noNullPrototype: true },
);

const accountArb = (id: string): fc.Arbitrary<Account> =>
  fc.record(
    {
      id: fc.constant(id),
      name: trimmedText,
      domains: fc.uniqueArray(domain, { maxLength: 3 }),
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    { noNullPrototype: true },
  );

const calendarDay = fc
  .date({
    min: new Date(Date.UTC(1990, 0, 1)),
    max: new Date(Date.UTC(2100, 0, 1)),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const dealArb = (id: string, accountId: string): fc.Arbitrary<Deal> =>
  fc.record(
    {
      id: fc.constant(id),
      accountId: fc.constant(accountId),
      name: trimmedText.filter((name) => normalizeName(name) !== ''),
      stage: fc.constantFrom(...DEAL_STAGES),
      decisionMode: fc.constantFrom(...DECISION_MODES),
      channel: fc.constantFrom(...DEAL_CHANNELS),
      preset: fc.constantFrom(...METHODOLOGY_PRESETS),
      questionLanguage: fc.constantFrom(...LANGUAGES),
      amount: fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.constant(1234.5)),
      closeDate: calendarDay,
      crmOpportunityId: trimmedText.filter((text) => text.length <= 64),
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    {
      requiredKeys: [
        'id',
        'accountId',
        'name',
        'stage',
        'decisionMode',
        'channel',
        'preset',
        'questionLanguage',
        'createdAt',
        'updatedAt',
      ],
      noNullPrototype: true,
    },
  );

const involvementArb = (dealId: string): fc.Arbitrary<Involvement> =>
  fc.record(
    {
      dealId: fc.constant(dealId),
      roles: fc.uniqueArray(fc.constantFrom(...DECISION_ROLES)),
      stance: fc.constantFrom(...STANCES),
      influence: fc.constantFrom(...INFLUENCES),
      note: trimmedText,
    },
    { requiredKeys: ['dealId', 'roles', 'stance', 'influence'], noNullPrototype: true },
  );

/** A part in some of the account's deals, at most one per deal. */
const involvementsArb = (dealIds: readonly string[]): fc.Arbitrary<Involvement[]> =>
  dealIds.length === 0
    ? fc.constant([])
    : fc
        .subarray([...dealIds])
        .chain((chosen) =>
          chosen.length === 0 ? fc.constant([]) : fc.tuple(...chosen.map(involvementArb)),
        );

const personArb = (
  id: string,
  dealsByAccount: ReadonlyMap<string, readonly string[]>,
  personIds: string[],
): fc.Arbitrary<Person> =>
  fc
    .constantFrom(...dealsByAccount.keys())
    .chain((accountId) =>
      fc.record(
        {
          accountId: fc.constant(accountId),
          involvements: involvementsArb(dealsByAccount.get(accountId) ?? []),
        },
        { noNullPrototype: true },
      ),
    )
    .chain(({ accountId, involvements }) =>
      personFieldsArb(id, accountId, involvements, personIds),
    );

const personFieldsArb = (
  id: string,
  accountId: string,
  involvements: Involvement[],
  personIds: string[],
): fc.Arbitrary<Person> =>
  fc
    .record(
      {
        id: fc.constant(id),
        accountId: fc.constant(accountId),
        name: trimmedText.filter((name) => normalizeName(name) !== ''),
        title: trimmedText,
        department: fc.constantFrom(...DEPARTMENTS),
        involvements: fc.constant(involvements),
        profileUrl: rawText,
        email: trimmedText,
        phone: trimmedText,
        // Nobody reports to themselves: the import refuses that.
        reportsToId:
          personIds.length > 1
            ? fc.constantFrom(...personIds.filter((other) => other !== id))
            : fc.constant(undefined),
        evidence: fc.array(evidence, { maxLength: 3 }),
        seenDifferently: fc.record(
          { title: trimmedText, company: trimmedText, sourceUrl: rawText, seenAt: timestamp },
          { requiredKeys: ['sourceUrl', 'seenAt'], noNullPrototype: true },
        ),
        createdAt: timestamp,
        updatedAt: timestamp,
      },
      {
        requiredKeys: [
          'id',
          'accountId',
          'name',
          'involvements',
          'evidence',
          'createdAt',
          'updatedAt',
        ],
        noNullPrototype: true,
      },
    )
    .map(({ reportsToId, ...person }) => ({
      ...person,
      ...(reportsToId === undefined ? {} : { reportsToId }),
      normalizedName: normalizeName(person.name),
    }));

const idArb = rawText.filter((id) => id.length <= 64);

/**
 * An account's deals have names a rep can tell apart: a tag, a CSV row or a CRM file names a
 * deal by it (normalised), so two deals of one account never share one.
 */
function distinctNames(deals: Deal[]): Deal[] {
  const seen = new Set<string>();
  return deals.map((deal, index) => {
    const key = (name: string) => `${deal.accountId}\n${normalizeName(name)}`;
    const name = seen.has(key(deal.name)) ? `${deal.name} ${index + 1}` : deal.name;
    seen.add(key(name));
    return name === deal.name ? deal : { ...deal, name };
  });
}

/**
 * Ids are drawn from rawText too: a map's ids are whatever another Rolecall generated. Every
 * account has one to three deals (an account always has one).
 */
export const mapArb: fc.Arbitrary<Snapshot> = fc
  .record({
    accountIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
    dealIds: fc.uniqueArray(idArb, { minLength: 9, maxLength: 9 }),
    dealCounts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
    personIds: fc.uniqueArray(idArb, { maxLength: 6 }),
  })
  .chain(({ accountIds, dealIds, dealCounts, personIds }) => {
    const dealsByAccount = new Map(
      accountIds.map((accountId, index) => [
        accountId,
        dealIds.slice(index * 3, index * 3 + (dealCounts[index] ?? 1)),
      ]),
    );
    const deals = [...dealsByAccount].flatMap(([accountId, ids]) =>
      ids.map((dealId) => dealArb(dealId, accountId)),
    );
    return fc.record(
      {
        accounts: fc.tuple(...accountIds.map(accountArb)),
        deals: fc.tuple(...deals).map(distinctNames),
        stakeholders:
          personIds.length === 0
            ? fc.constant([])
            : fc.tuple(...personIds.map((id) => personArb(id, dealsByAccount, personIds))),
      },
      { noNullPrototype: true },
    );
  });
