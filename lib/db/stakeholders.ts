/** The one write path for stakeholders: tags from pages and edits from the popup both come here. */
import {
  type Account,
  DEFAULT_DEAL_CONTEXT,
  type Deal,
  type Evidence,
  type Language,
  normalizeName,
  type Person,
  type StakeholderDraft,
  startingQuestionLanguage,
  withInvolvement,
} from '../model';
import { resolveAccount } from './accounts';
import { addDeal, dealsOf } from './deals';
import type { RolecallDatabase } from './schema';
import { readSettings } from './settings';
import { markAccountsChanged } from './standings';

export interface SaveOutcome {
  person: Person;
  accountName: string;
  /** The deal the roles were saved for. */
  deal: Deal;
  /** False when the draft updated someone already in the map. */
  created: boolean;
}

export interface Clock {
  now: () => number;
  newId: () => string;
}

export const systemClock: Clock = { now: () => Date.now(), newId: () => crypto.randomUUID() };

/**
 * The person a draft describes, if the map has them: same id, else same profile URL,
 * else same normalised name in the same account.
 */
export async function findSamePerson(
  db: RolecallDatabase,
  accountId: string | undefined,
  draft: Pick<StakeholderDraft, 'id' | 'name' | 'profileUrl'>,
): Promise<Person | undefined> {
  if (draft.id) return db.stakeholders.get(draft.id);
  if (draft.profileUrl) {
    const byProfile = await db.stakeholders.where('profileUrl').equals(draft.profileUrl).first();
    if (byProfile) return byProfile;
  }
  if (!accountId) return undefined;
  return db.stakeholders
    .where('[accountId+normalizedName]')
    .equals([accountId, normalizeName(draft.name)])
    .first();
}

/**
 * The deal a tag is for: a new one the draft names, else the one it names if it is the
 * account's, else the one last worked on, else (a new account) a first one named after it.
 */
async function resolveDeal(
  db: RolecallDatabase,
  account: Account,
  draft: StakeholderDraft,
  {
    now,
    newId,
    pageLanguage,
  }: { now: number; newId: () => string; pageLanguage: () => Promise<Deal['questionLanguage']> },
): Promise<Deal> {
  const deals = await dealsOf(db, account.id);
  if (draft.newDealName) {
    const named = deals.find(
      (deal) => normalizeName(deal.name) === normalizeName(draft.newDealName ?? ''),
    );
    if (named) return named;
    return addDeal(db, { id: newId(), accountId: account.id, name: draft.newDealName, now });
  }
  const chosen = deals.find((deal) => deal.id === draft.dealId) ?? deals[0];
  if (chosen) return chosen;
  const settings = await readSettings(db);
  return addDeal(db, {
    id: newId(),
    accountId: account.id,
    name: account.name,
    now,
    context: {
      ...DEFAULT_DEAL_CONTEXT,
      preset: settings.defaultPreset,
      questionLanguage: await pageLanguage(),
    },
  });
}

/**
 * Saves a tag or an edit: the person's own details, and their part in one deal (see
 * resolveDeal). Their parts in the account's other deals stay as they are; tagging a known
 * person for another deal adds a part, never a second person. `interfaceLanguage` is the
 * rep's, for a new account whose page showed no language of ours.
 */
export function saveDraft(
  db: RolecallDatabase,
  draft: StakeholderDraft,
  clock: Clock = systemClock,
  interfaceLanguage: Language = 'en',
): Promise<SaveOutcome> {
  return db.transaction(
    'rw',
    [db.accounts, db.deals, db.stakeholders, db.settings, db.standings],
    async () => {
      const now = clock.now();
      const account = await resolveAccount(db, draft.accountName, draft.accountDomain, {
        now,
        newId: clock.newId,
      });
      const found = await resolveDeal(db, account, draft, {
        now,
        newId: clock.newId,
        pageLanguage: async () =>
          startingQuestionLanguage(
            draft.pageLanguage,
            (await readSettings(db)).defaultQuestionLanguage,
            interfaceLanguage,
          ),
      });
      // The deal was worked on now: the popup and the tag form open on it next time.
      const deal = { ...found, updatedAt: now };
      await db.deals.put(deal);
      const existing = await findSamePerson(db, account.id, draft);
      const profileUrl = draft.profileUrl || existing?.profileUrl;
      const email = draft.email || existing?.email;
      // A person tagged under another account moves there; parts in that account's deals go.
      const kept =
        existing?.accountId === account.id
          ? existing.involvements
          : (existing?.involvements ?? []).filter((part) => part.dealId === deal.id);
      const person: Person = withInvolvement(
        {
          id: existing?.id ?? clock.newId(),
          accountId: account.id,
          name: draft.name,
          normalizedName: normalizeName(draft.name),
          involvements: kept,
          evidence: withEvidence(existing?.evidence ?? [], draft, now),
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
          ...(draft.title ? { title: draft.title } : {}),
          ...(draft.department ? { department: draft.department } : {}),
          ...(draft.seniority ? { seniority: draft.seniority } : {}),
          ...(profileUrl ? { profileUrl } : {}),
          ...(email ? { email } : {}),
          ...(existing?.phone ? { phone: existing.phone } : {}),
          ...(existing?.reportsToId && existing.accountId === account.id
            ? { reportsToId: existing.reportsToId }
            : {}),
        },
        {
          dealId: deal.id,
          roles: [...new Set(draft.roles)],
          stance: draft.stance,
          influence: draft.influence,
          ...(draft.note ? { note: draft.note } : {}),
        },
      );
      await db.stakeholders.put(person);
      // Moving a known person here by tagging them under another account changes that one too.
      await markAccountsChanged(db, [account.id, ...(existing ? [existing.accountId] : [])]);
      return { person, accountName: account.name, deal, created: existing === undefined };
    },
  );
}

export interface Erasure {
  stakeholder: Person;
  /** Who reported to the erased person, so an undo can put the lines back. */
  reportsCleared: string[];
}

/** Erases a person completely: their record, and every pointer other records keep to them. */
export function eraseStakeholder(db: RolecallDatabase, id: string): Promise<Erasure | undefined> {
  return db.transaction('rw', db.stakeholders, db.standings, async () => {
    const stakeholder = await db.stakeholders.get(id);
    if (!stakeholder) return undefined;
    await db.stakeholders.delete(id);
    await markAccountsChanged(db, [stakeholder.accountId]);
    const reports = await db.stakeholders
      .where('accountId')
      .equals(stakeholder.accountId)
      .filter((other) => other.reportsToId === id)
      .toArray();
    await db.stakeholders.bulkPut(reports.map(({ reportsToId: _, ...other }) => other));
    return { stakeholder, reportsCleared: reports.map((other) => other.id) };
  });
}

/** Undoes an erasure, for the short time the UI offers it. */
export function restoreErasure(
  db: RolecallDatabase,
  { stakeholder, reportsCleared }: Erasure,
): Promise<void> {
  return db.transaction('rw', db.stakeholders, db.standings, async () => {
    await db.stakeholders.put(stakeholder);
    await markAccountsChanged(db, [stakeholder.accountId]);
    await db.stakeholders.where('id').anyOf(reportsCleared).modify({ reportsToId: stakeholder.id });
  });
}

/** Seeing the person on the same page again re-verifies that evidence; a new page adds one. */
function withEvidence(evidence: Evidence[], draft: StakeholderDraft, now: number): Evidence[] {
  const { sourceUrl, method } = draft;
  if (method === 'manual-entry' && evidence.length > 0) return evidence;
  const seen = evidence.findIndex((item) => item.sourceUrl === sourceUrl);
  if (seen === -1) {
    const fresh: Evidence = { capturedAt: now, method, lastVerifiedAt: now };
    return [...evidence, sourceUrl ? { ...fresh, sourceUrl } : fresh];
  }
  return evidence.map((item, index) => (index === seen ? { ...item, lastVerifiedAt: now } : item));
}
