/** Reads enum-like CSV cells leniently: our ids, our labels, and the CRM names of the same thing. */
import {
  CAPTURE_METHODS,
  type CaptureMethod,
  DECISION_ROLES,
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  type DecisionRole,
  type Department,
  INFLUENCE_LABELS,
  INFLUENCES,
  normalizeName,
  ROLE_INFO,
  SENIORITIES,
  SENIORITY_LABELS,
  type Seniority,
  STANCE_LABELS,
  STANCES,
  type Stance,
} from '../model';
import { type Said, say } from './result';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: Said };

const key = (text: string) => normalizeName(text).replace(/\s+/gu, '');

function lookup<T extends string>(
  values: readonly T[],
  labels: Partial<Record<T, string>>,
  aliases: readonly (readonly [string, T])[] = [],
): (cell: string) => T | undefined {
  const table = new Map<string, T>();
  for (const value of values) {
    table.set(key(value), value);
    const label = labels[value];
    if (label) table.set(key(label), value);
  }
  for (const [alias, value] of aliases) if (!table.has(key(alias))) table.set(key(alias), value);
  // A column repeats a handful of values ("supporter", "high") thousands of times, and
  // normalising each is the slow part of reading a big CSV: remember the answers.
  const seen = new Map<string, T | undefined>();
  return (cell) => {
    if (seen.has(cell)) return seen.get(cell);
    const found = table.get(key(cell));
    if (seen.size < MEMO_LIMIT) seen.set(cell, found);
    return found;
  };
}

/** Enough for every spelling a real file uses; a file of junk cannot grow it without end. */
const MEMO_LIMIT = 10_000;

function notOneOf(cell: string, values: readonly string[]): Said {
  return say('transfer.problem.notOneOf', { got: JSON.stringify(cell), values: values.join(', ') });
}

function enumCell<T extends string>(values: readonly T[], find: (cell: string) => T | undefined) {
  return (cell: string): Parsed<T> => {
    const value = find(cell);
    return value === undefined
      ? { ok: false, message: notOneOf(cell, values) }
      : { ok: true, value };
  };
}

export const parseStance = enumCell(STANCES, lookup(STANCES, STANCE_LABELS));
export const parseInfluence = enumCell(INFLUENCES, lookup(INFLUENCES, INFLUENCE_LABELS));
export const parseDepartment = enumCell<Department>(
  DEPARTMENTS,
  // Files written before customer service became customer success still read.
  lookup(DEPARTMENTS, DEPARTMENT_LABELS, [
    ['customer-service', 'customer-success'],
    ['Customer service', 'customer-success'],
  ]),
);
export const parseSeniority = enumCell<Seniority>(
  SENIORITIES,
  lookup(SENIORITIES, SENIORITY_LABELS),
);
export const parseMethod = enumCell<CaptureMethod>(CAPTURE_METHODS, lookup(CAPTURE_METHODS, {}));

/** CRM role names read back as ours; where a CRM name covers several of ours, the plainest. */
const CRM_ROLE_ALIASES: readonly (readonly [string, DecisionRole])[] = [
  ['DECISION_MAKER', 'economic-buyer'],
  ['EXECUTIVE_SPONSOR', 'approver'],
  ['BUDGET_HOLDER', 'budget-holder'],
  ['INFLUENCER', 'influencer'],
  ['END_USER', 'user'],
  ['LEGAL_AND_COMPLIANCE', 'procurement'],
  ['Economic Buyer', 'economic-buyer'],
  ['Decision Maker', 'economic-buyer'],
  ['Economic Decision Maker', 'budget-holder'],
  ['Technical Buyer', 'technical-evaluator'],
  // Our export sends procurement as Evaluator, gatekeeper as Other: read back the same way, so
  // a file Rolecall wrote comes back with the roles it carried.
  ['Evaluator', 'procurement'],
  ['OTHER', 'gatekeeper'],
  ['Business User', 'user'],
  ['coach', 'champion'],
];

/** HubSpot's BLOCKER is a stance, not a role: stanceInRoles reads it. */
const NOT_A_ROLE = new Set(['blocker']);

const findRole = lookup(
  DECISION_ROLES,
  Object.fromEntries(DECISION_ROLES.map((role) => [role, ROLE_INFO[role].label])),
  CRM_ROLE_ALIASES,
);

/** Roles separated by ";", ",", "|" or line breaks, as CRMs and spreadsheets write them. */
export function parseRoles(cell: string): Parsed<DecisionRole[]> {
  let parsed = rolesSeen.get(cell);
  if (parsed === undefined) {
    parsed = readRoles(cell);
    if (rolesSeen.size < MEMO_LIMIT) rolesSeen.set(cell, parsed);
  }
  // Each person gets their own list.
  return parsed.ok ? { ok: true, value: [...parsed.value] } : parsed;
}

const rolesSeen = new Map<string, Parsed<DecisionRole[]>>();

function readRoles(cell: string): Parsed<DecisionRole[]> {
  const roles: DecisionRole[] = [];
  for (const part of cell.split(/[;,|\n]/u)) {
    if (part.trim() === '' || NOT_A_ROLE.has(key(part))) continue;
    const role = findRole(part);
    if (role === undefined) return { ok: false, message: notOneOf(part.trim(), DECISION_ROLES) };
    if (!roles.includes(role)) roles.push(role);
  }
  return { ok: true, value: roles };
}

/** A HubSpot Buying Role cell holding BLOCKER says the person is a blocker. */
export function stanceInRoles(cell: string): Stance | undefined {
  return cell.split(/[;,|\n]/u).some((part) => key(part) === 'blocker') ? 'blocker' : undefined;
}
