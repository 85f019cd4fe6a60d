/** fast-check generators of valid maps: anything AccountSchema and StakeholderSchema accept, within CSV's documented limits. */
import fc from 'fast-check';
import {
  type Account,
  CAPTURE_METHODS,
  DEAL_CHANNELS,
  DEAL_STAGES,
  DECISION_MODES,
  DECISION_ROLES,
  DEPARTMENTS,
  type Evidence,
  INFLUENCES,
  LANGUAGES,
  METHODOLOGY_PRESETS,
  normalizeName,
  STANCES,
  type Stakeholder,
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
      stage: fc.constantFrom(...DEAL_STAGES),
      decisionMode: fc.constantFrom(...DECISION_MODES),
      channel: fc.constantFrom(...DEAL_CHANNELS),
      preset: fc.constantFrom(...METHODOLOGY_PRESETS),
      questionLanguage: fc.constantFrom(...LANGUAGES),
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    { noNullPrototype: true },
  );

const personArb = (
  id: string,
  accountIds: string[],
  personIds: string[],
): fc.Arbitrary<Stakeholder> =>
  fc
    .record(
      {
        id: fc.constant(id),
        accountId: fc.constantFrom(...accountIds),
        name: trimmedText.filter((name) => normalizeName(name) !== ''),
        title: trimmedText,
        department: fc.constantFrom(...DEPARTMENTS),
        roles: fc.uniqueArray(fc.constantFrom(...DECISION_ROLES)),
        stance: fc.constantFrom(...STANCES),
        influence: fc.constantFrom(...INFLUENCES),
        note: trimmedText,
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
          'roles',
          'stance',
          'influence',
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

/** Ids are drawn from rawText too: a map's ids are whatever another Rolecall generated. */
export const mapArb: fc.Arbitrary<Snapshot> = fc
  .record({
    accountIds: fc.uniqueArray(
      rawText.filter((id) => id.length <= 64),
      { minLength: 1, maxLength: 3 },
    ),
    personIds: fc.uniqueArray(
      rawText.filter((id) => id.length <= 64),
      { maxLength: 6 },
    ),
  })
  .chain(({ accountIds, personIds }) =>
    fc.record(
      {
        accounts: fc.tuple(...accountIds.map(accountArb)),
        stakeholders:
          personIds.length === 0
            ? fc.constant([])
            : fc.tuple(...personIds.map((id) => personArb(id, accountIds, personIds))),
      },
      { noNullPrototype: true },
    ),
  );
