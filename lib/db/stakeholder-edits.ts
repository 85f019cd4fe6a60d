/**
 * The dashboard's edits of people, each in one transaction: a field edit in place, whom someone
 * reports to, merging two entries for the same person, and moving a person to another account.
 */
import {
  type DecisionRole,
  type Department,
  type Influence,
  type Involvement,
  normalizeName,
  type Person,
  PersonSchema,
  type Stance,
  withInvolvement,
} from '../model';
import { type DropDecision, decideManager } from '../powermap/drop';
import { wouldCreateCycle } from '../powermap/forest';
import { dealsOf } from './deals';
import type { RolecallDatabase } from './schema';
import { markAccountsChanged } from './standings';

/**
 * Sets (or clears) whom a person reports to. The decision is made again here on the stored
 * data, so a stale view can never save a line that closes a loop.
 */
export function setReportsTo(
  db: RolecallDatabase,
  childId: string,
  managerId: string | undefined,
  now: number = Date.now(),
): Promise<DropDecision> {
  return db.transaction('rw', db.accounts, db.stakeholders, db.standings, async () => {
    const child = await db.stakeholders.get(childId);
    if (!child) return { kind: 'none' };
    const colleagues = await db.stakeholders.where('accountId').equals(child.accountId).toArray();
    const decision = decideManager(colleagues, childId, managerId);
    if (decision.kind !== 'set') return decision;
    const rest = withoutManager(child);
    await db.stakeholders.put(
      managerId === undefined
        ? { ...rest, updatedAt: now }
        : { ...rest, reportsToId: managerId, updatedAt: now },
    );
    await db.accounts.update(child.accountId, { updatedAt: now });
    await markAccountsChanged(db, [child.accountId]);
    return decision;
  });
}

/** What the dashboard's table edits in place: the person, and their part in one deal. */
export interface StakeholderEdit {
  dealId: string;
  name: string;
  title: string;
  roles: DecisionRole[];
  stance: Stance;
  influence: Influence;
  department: Department | undefined;
  note: string;
  reportsToId: string | undefined;
}

export type EditOutcome =
  | { kind: 'saved'; stakeholder: Person }
  | { kind: 'refused'; decision: Extract<DropDecision, { kind: 'refuse' }> }
  | { kind: 'missing' };

/**
 * Saves an edit of one person where they are: unlike a tag, it never resolves the account by
 * name (two accounts may share one), and the reporting line is checked in the same transaction,
 * so either everything is saved or nothing is.
 */
export function editStakeholder(
  db: RolecallDatabase,
  id: string,
  edit: StakeholderEdit,
  now: number = Date.now(),
): Promise<EditOutcome> {
  return db.transaction('rw', db.accounts, db.deals, db.stakeholders, db.standings, async () => {
    const person = await db.stakeholders.get(id);
    const deal = await db.deals.get(edit.dealId);
    if (!person || deal?.accountId !== person.accountId) return { kind: 'missing' };
    let managerId = person.reportsToId;
    if (edit.reportsToId !== person.reportsToId) {
      const colleagues = await db.stakeholders
        .where('accountId')
        .equals(person.accountId)
        .toArray();
      const decision = decideManager(colleagues, id, edit.reportsToId);
      if (decision.kind === 'refuse') return { kind: 'refused', decision };
      if (decision.kind === 'set') managerId = decision.managerId;
    }
    const { title: _t, department: _d, ...rest } = withoutManager(person);
    const name = edit.name.trim();
    const part: Involvement = {
      dealId: deal.id,
      roles: [...new Set(edit.roles)],
      stance: edit.stance,
      influence: edit.influence,
      ...(edit.note.trim() ? { note: edit.note.trim() } : {}),
    };
    const stakeholder = PersonSchema.parse(
      withInvolvement(
        {
          ...rest,
          name,
          normalizedName: normalizeName(name),
          updatedAt: now,
          ...(edit.title.trim() ? { title: edit.title.trim() } : {}),
          ...(edit.department ? { department: edit.department } : {}),
          ...(managerId ? { reportsToId: managerId } : {}),
        },
        part,
      ),
    );
    await db.stakeholders.put(stakeholder);
    await db.deals.update(deal.id, { updatedAt: now });
    await db.accounts.update(person.accountId, { updatedAt: now });
    await markAccountsChanged(db, [person.accountId]);
    return { kind: 'saved', stakeholder };
  });
}

export type MergeOutcome =
  | { kind: 'merged'; kept: Person; removed: Person }
  | { kind: 'refused'; reason: 'same-person' | 'missing' | 'different-accounts' };

/**
 * Two entries for the same person become one. `keepId` keeps everything it has; the other
 * entry fills what it lacks, adds its roles, evidence and note, and hands over its reports.
 */
export function mergeStakeholders(
  db: RolecallDatabase,
  keepId: string,
  mergeId: string,
  now: number = Date.now(),
): Promise<MergeOutcome> {
  return db.transaction('rw', db.accounts, db.stakeholders, db.standings, async () => {
    if (keepId === mergeId) return { kind: 'refused', reason: 'same-person' };
    const [keep, other] = await Promise.all([
      db.stakeholders.get(keepId),
      db.stakeholders.get(mergeId),
    ]);
    if (!keep || !other) return { kind: 'refused', reason: 'missing' };
    if (keep.accountId !== other.accountId)
      return { kind: 'refused', reason: 'different-accounts' };
    const colleagues = await db.stakeholders.where('accountId').equals(keep.accountId).toArray();
    const merged = mergedRecord(keep, other, now);
    // The other entry's manager may sit below the kept one; that line would close a loop.
    const after = colleagues
      .filter((p) => p.id !== other.id && p.id !== keep.id)
      .map((p) => (p.reportsToId === other.id ? { ...p, reportsToId: keep.id } : p));
    const kept =
      merged.reportsToId !== undefined &&
      wouldCreateCycle([...after, merged], keep.id, merged.reportsToId)
        ? withoutManager(merged)
        : merged;
    await db.stakeholders.delete(other.id);
    await db.stakeholders.put(kept);
    await db.stakeholders
      .where('accountId')
      .equals(keep.accountId)
      .filter((p) => p.reportsToId === other.id && p.id !== keep.id)
      .modify({ reportsToId: keep.id, updatedAt: now });
    await db.accounts.update(keep.accountId, { updatedAt: now });
    await markAccountsChanged(db, [keep.accountId]);
    return { kind: 'merged', kept, removed: other };
  });
}

function mergedRecord(keep: Person, other: Person, now: number): Person {
  // The manager of either entry, unless that would make the person their own manager.
  const manager = [keep.reportsToId, other.reportsToId].find(
    (id) => id !== undefined && id !== keep.id && id !== other.id,
  );
  const sources = new Set(keep.evidence.map((e) => e.sourceUrl ?? ''));
  const base = withoutManager(keep);
  return {
    ...pick(other),
    ...base,
    ...(keep.title ? {} : other.title ? { title: other.title } : {}),
    involvements: mergedParts(keep.involvements, other.involvements),
    evidence: [...keep.evidence, ...other.evidence.filter((e) => !sources.has(e.sourceUrl ?? ''))],
    createdAt: Math.min(keep.createdAt, other.createdAt),
    updatedAt: now,
    ...(manager ? { reportsToId: manager } : {}),
  };
}

/**
 * Deal by deal: roles of both entries, the kept entry's stance and influence unless it has not
 * judged them, both notes. A deal only one entry takes part in keeps that entry's part.
 */
function mergedParts(keep: readonly Involvement[], other: readonly Involvement[]): Involvement[] {
  const merged = new Map(keep.map((part) => [part.dealId, part]));
  for (const theirs of other) {
    const mine = merged.get(theirs.dealId);
    if (!mine) {
      merged.set(theirs.dealId, theirs);
      continue;
    }
    const notes = [mine.note, theirs.note].filter((n): n is string => Boolean(n?.trim()));
    const note = [...new Set(notes)].join('\n\n').slice(0, 5000);
    const { note: _, ...rest } = mine;
    merged.set(theirs.dealId, {
      ...rest,
      roles: [...new Set([...mine.roles, ...theirs.roles])],
      stance: mine.stance === 'unknown' ? theirs.stance : mine.stance,
      influence: mine.influence === 'unknown' ? theirs.influence : mine.influence,
      ...(note ? { note } : {}),
    });
  }
  return [...merged.values()];
}

function withoutManager<P extends Person>({ reportsToId: _, ...rest }: P): Omit<P, 'reportsToId'> {
  return rest;
}

/** The optional details of the other entry, which the kept entry's own values override. */
function pick(other: Person): Partial<Person> {
  return {
    ...(other.department ? { department: other.department } : {}),
    ...(other.profileUrl ? { profileUrl: other.profileUrl } : {}),
    ...(other.email ? { email: other.email } : {}),
    ...(other.phone ? { phone: other.phone } : {}),
  };
}

export type MoveOutcome =
  | {
      kind: 'moved';
      stakeholder: Person;
      /** Someone on the target map with the same name: maybe the same person, to merge there. */
      namesake: Person | undefined;
      /** People in the old account who reported to the person and now have no manager. */
      reportsCleared: string[];
    }
  | { kind: 'refused'; reason: 'missing' | 'same-account' };

/**
 * Moves a person to another account. Reporting lines cross no account border, so their own
 * manager and the lines of anyone who reported to them are cleared.
 */
export function moveStakeholder(
  db: RolecallDatabase,
  id: string,
  targetAccountId: string,
  now: number = Date.now(),
): Promise<MoveOutcome> {
  return db.transaction('rw', db.accounts, db.deals, db.stakeholders, db.standings, async () => {
    const [person, target] = await Promise.all([
      db.stakeholders.get(id),
      db.accounts.get(targetAccountId),
    ]);
    if (!person || !target) return { kind: 'refused', reason: 'missing' };
    if (person.accountId === target.id) return { kind: 'refused', reason: 'same-account' };
    const namesake = await db.stakeholders
      .where('[accountId+normalizedName]')
      .equals([target.id, person.normalizedName])
      .first();
    const reports = await db.stakeholders
      .where('accountId')
      .equals(person.accountId)
      .filter((p) => p.reportsToId === person.id)
      .toArray();
    await db.stakeholders.bulkPut(
      reports.map((report) => ({ ...withoutManager(report), updatedAt: now })),
    );
    // Their parts were in the old account's deals: together they become their part in the deal
    // last worked on there (a person filed under the wrong account keeps what the rep said).
    const targetDeal = (await dealsOf(db, target.id))[0];
    const parts = person.involvements.reduce<Involvement[]>(
      (all, part) => mergedParts(all, [{ ...part, dealId: targetDeal?.id ?? part.dealId }]),
      [],
    );
    const rest = withoutManager(person);
    const moved: Person = {
      ...rest,
      accountId: target.id,
      involvements: targetDeal ? parts : [],
      updatedAt: now,
    };
    await db.stakeholders.put(moved);
    await db.accounts.where('id').anyOf(person.accountId, target.id).modify({ updatedAt: now });
    await markAccountsChanged(db, [person.accountId, target.id]);
    return {
      kind: 'moved',
      stakeholder: moved,
      namesake,
      reportsCleared: reports.map((r) => r.id),
    };
  });
}
