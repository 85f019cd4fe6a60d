/** Applies an import plan with the rep's conflict choices, in one transaction: all of it or nothing. */
import { type RolecallDatabase, writeImport } from '../db';
import type { Account, Deal, Person } from '../model';
import { takeTheirs } from './merge-records';
import {
  CONFLICT_CLASSES,
  type Conflict,
  type ConflictChoice,
  type ConflictChoices,
  type ConflictClass,
  DEFAULT_CHOICES,
  type ImportPlan,
  planAgainst,
} from './plan';
import { fail, type ImportProblem, ok, problem, type Result, say } from './result';
import type { Snapshot } from './snapshot';
import type { ProgressListener } from './yield';

export interface ApplySummary {
  accountsAdded: number;
  accountsUpdated: number;
  peopleAdded: number;
  peopleUpdated: number;
  /** Incoming people left out because the rep kept their own version. */
  peopleKept: number;
  /** Pointers that could not be kept (e.g. "reports to" someone not in the file or the map). */
  warnings: ImportProblem[];
}

export interface Writes {
  accounts: Account[];
  deals: Deal[];
  stakeholders: Person[];
  summary: ApplySummary;
}

export interface ApplyOptions {
  choices?: Partial<ConflictChoices>;
  /** Per-person choice, overriding the class choice (the converter keeps the newer record). */
  decide?: (kind: ConflictClass, conflict: Conflict) => ConflictChoice | undefined;
  /** Ids for copies made by "keep both" of a record edited on both sides. */
  newId?: () => string;
  onProgress?: ProgressListener;
}

/** Pure: what the plan writes under these choices. */
export function resolvePlan(
  plan: ImportPlan,
  existing: Snapshot,
  options: ApplyOptions = {},
): Writes {
  const choices = { ...DEFAULT_CHOICES, ...options.choices };
  const newId = options.newId ?? (() => crypto.randomUUID());
  const idMap = new Map<string, string>();
  const written: Person[] = [];
  let peopleKept = 0;
  let peopleAdded = plan.people.add.length;
  let peopleUpdated = plan.people.update.length;
  for (const person of plan.people.add) written.push(person);
  for (const { after } of plan.people.update) written.push(after);
  for (const person of plan.people.unchanged) idMap.set(person.id, person.id);
  for (const kind of CONFLICT_CLASSES) {
    for (const conflict of plan.conflicts[kind]) {
      const { mine, theirs } = conflict;
      const choice = options.decide?.(kind, conflict) ?? choices[kind];
      if (choice === 'keep-mine') {
        idMap.set(theirs.id, mine.id);
        peopleKept++;
      } else if (choice === 'take-theirs') {
        idMap.set(theirs.id, mine.id);
        written.push(kind === 'edited-here' ? theirs : takeTheirs(mine, theirs));
        peopleUpdated++;
      } else {
        const copy = kind === 'edited-here' ? { ...theirs, id: newId() } : theirs;
        idMap.set(theirs.id, copy.id);
        written.push(copy);
        peopleAdded++;
      }
    }
  }
  for (const person of written) if (!idMap.has(person.id)) idMap.set(person.id, person.id);
  const known = new Set(existing.stakeholders.map((person) => person.id));
  const warnings: ImportProblem[] = [];
  const stakeholders = written.map((person) => {
    if (person.reportsToId === undefined) return person;
    const boss =
      idMap.get(person.reportsToId) ??
      (known.has(person.reportsToId) ? person.reportsToId : undefined);
    if (boss === person.reportsToId) return person;
    const { reportsToId: _dropped, ...rest } = person;
    if (boss !== undefined && boss !== person.id) return { ...rest, reportsToId: boss };
    warnings.push(
      problem(
        '',
        say('transfer.where.personByName', { name: person.name }),
        say('transfer.problem.bossUnknown'),
      ),
    );
    return rest;
  });
  return {
    accounts: [...plan.accounts.add, ...plan.accounts.update.map(({ after }) => after)],
    deals: [...plan.deals.add, ...plan.deals.update.map(({ after }) => after)],
    stakeholders,
    summary: {
      accountsAdded: plan.accounts.add.length,
      accountsUpdated: plan.accounts.update.length,
      peopleAdded,
      peopleUpdated,
      peopleKept,
      warnings,
    },
  };
}

/**
 * Re-plans against the map as it is inside the transaction (a tag may have landed since the
 * preview), then writes through lib/db. Any failure aborts the transaction, so nothing is
 * half-imported.
 */
export async function applyImport(
  db: RolecallDatabase,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<Result<ApplySummary>> {
  try {
    const summary = await writeImport(
      db,
      (existing) =>
        resolvePlan(planAgainst(existing, plan.incoming, plan.warnings), existing, options),
      (done, total) => options.onProgress?.({ phase: 'writing', done, total }),
    );
    return ok(summary);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('', undefined, say('transfer.problem.writeRefused', { reason }));
  }
}
