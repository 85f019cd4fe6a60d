/** The one write path for stakeholders: tags from pages and edits from the popup both come here. */
import {
  DEFAULT_DEAL_CONTEXT,
  type Evidence,
  type Language,
  normalizeName,
  type Stakeholder,
  type StakeholderDraft,
  startingQuestionLanguage,
} from '../model';
import { resolveAccount } from './accounts';
import type { RolecallDatabase } from './schema';
import { readSettings } from './settings';
import { markAccountsChanged } from './standings';

export interface SaveOutcome {
  stakeholder: Stakeholder;
  accountName: string;
  /** False when the draft updated someone already in the map. */
  created: boolean;
}

export interface Clock {
  now: () => number;
  newId: () => string;
}

export const systemClock: Clock = { now: () => Date.now(), newId: () => crypto.randomUUID() };

export function stakeholdersOf(db: RolecallDatabase, accountId: string): Promise<Stakeholder[]> {
  return db.stakeholders.where('accountId').equals(accountId).sortBy('name');
}

/**
 * The stakeholder a draft describes, if the map has them: same id, else same profile URL,
 * else same normalised name in the same account.
 */
export async function findSamePerson(
  db: RolecallDatabase,
  accountId: string | undefined,
  draft: Pick<StakeholderDraft, 'id' | 'name' | 'profileUrl'>,
): Promise<Stakeholder | undefined> {
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
 * Saves a tag or an edit. `interfaceLanguage` is the rep's, for a new account whose page showed
 * no language of ours.
 */
export function saveDraft(
  db: RolecallDatabase,
  draft: StakeholderDraft,
  clock: Clock = systemClock,
  interfaceLanguage: Language = 'en',
): Promise<SaveOutcome> {
  return db.transaction(
    'rw',
    [db.accounts, db.stakeholders, db.settings, db.standings],
    async () => {
      const now = clock.now();
      const settings = await readSettings(db);
      const account = await resolveAccount(db, draft.accountName, draft.accountDomain, {
        now,
        newId: clock.newId,
        startWith: {
          ...DEFAULT_DEAL_CONTEXT,
          preset: settings.defaultPreset,
          questionLanguage: startingQuestionLanguage(
            draft.pageLanguage,
            settings.defaultQuestionLanguage,
            interfaceLanguage,
          ),
        },
      });
      const existing = await findSamePerson(db, account.id, draft);
      const profileUrl = draft.profileUrl || existing?.profileUrl;
      const email = draft.email || existing?.email;
      const stakeholder: Stakeholder = {
        id: existing?.id ?? clock.newId(),
        accountId: account.id,
        name: draft.name,
        normalizedName: normalizeName(draft.name),
        roles: [...new Set(draft.roles)],
        stance: draft.stance,
        influence: draft.influence,
        evidence: withEvidence(existing?.evidence ?? [], draft, now),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        ...(draft.title ? { title: draft.title } : {}),
        ...(draft.note ? { note: draft.note } : {}),
        ...(draft.department ? { department: draft.department } : {}),
        ...(draft.seniority ? { seniority: draft.seniority } : {}),
        ...(profileUrl ? { profileUrl } : {}),
        ...(email ? { email } : {}),
        ...(existing?.phone ? { phone: existing.phone } : {}),
        ...(existing?.reportsToId ? { reportsToId: existing.reportsToId } : {}),
      };
      await db.stakeholders.put(stakeholder);
      // Moving a known person here by tagging them under another account changes that one too.
      await markAccountsChanged(db, [account.id, ...(existing ? [existing.accountId] : [])]);
      return { stakeholder, accountName: account.name, created: existing === undefined };
    },
  );
}

export interface Erasure {
  stakeholder: Stakeholder;
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
