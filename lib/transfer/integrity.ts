/** Checks a backup's records agree with each other: what JSON Schema and zod cannot say. */
import { jsonPath } from './issues';
import { type RecordKey, recordPlace } from './read-backup';
import { type ImportProblem, problem, type Said, say } from './result';
import type { Snapshot } from './snapshot';

export function checkIntegrity(file: string, snapshot: Snapshot): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const at = (key: RecordKey, index: number, name: string, field: string) =>
    say('transfer.where.record', {
      record: recordPlace(key, index, name),
      path: jsonPath([key, index, field]),
    });
  const accountIds = new Map<string, number>();
  snapshot.accounts.forEach((account, index) => {
    const first = accountIds.get(account.id);
    if (first === undefined) accountIds.set(account.id, index);
    else {
      problems.push(
        problem(
          file,
          at('accounts', index, account.name, 'id'),
          say('transfer.problem.sameAccountId', { first: first + 1 }),
        ),
      );
    }
  });
  const dealIds = new Map<string, number>();
  const dealAccount = new Map<string, string>();
  snapshot.deals.forEach((deal, index) => {
    const first = dealIds.get(deal.id);
    if (first === undefined) {
      dealIds.set(deal.id, index);
      dealAccount.set(deal.id, deal.accountId);
    } else {
      problems.push(
        problem(
          file,
          at('deals', index, deal.name, 'id'),
          say('transfer.problem.sameDealId', { first: first + 1 }),
        ),
      );
    }
    if (!accountIds.has(deal.accountId)) {
      problems.push(
        problem(
          file,
          at('deals', index, deal.name, 'accountId'),
          say('transfer.problem.accountNotInFile', { account: deal.accountId }),
        ),
      );
    }
  });
  const personIds = new Map<string, number>();
  snapshot.stakeholders.forEach((person, index) => {
    const first = personIds.get(person.id);
    if (first === undefined) personIds.set(person.id, index);
    else {
      problems.push(
        problem(
          file,
          at('stakeholders', index, person.name, 'id'),
          say('transfer.problem.samePersonId', { first: first + 1 }),
        ),
      );
    }
    if (person.reportsToId === person.id) {
      problems.push(
        problem(
          file,
          at('stakeholders', index, person.name, 'reportsToId'),
          say('transfer.problem.reportsToSelf'),
        ),
      );
    }
    const stray = person.involvements.find(
      (part) => dealAccount.get(part.dealId) !== person.accountId,
    );
    if (stray) {
      problems.push(
        problem(
          file,
          at('stakeholders', index, person.name, 'involvements'),
          say('transfer.problem.dealNotInAccount', { deal: stray.dealId }),
        ),
      );
    }
    if (!accountIds.has(person.accountId)) {
      problems.push(
        problem(
          file,
          at('stakeholders', index, person.name, 'accountId'),
          say('transfer.problem.accountNotInFile', { account: person.accountId }),
        ),
      );
    }
  });
  snapshot.accounts.forEach((account, index) => {
    const control = controlCharIn(account);
    if (control)
      problems.push(
        problem(file, at('accounts', index, account.name, control.field), control.said),
      );
  });
  snapshot.deals.forEach((deal, index) => {
    const control = controlCharIn(deal);
    if (control)
      problems.push(problem(file, at('deals', index, deal.name, control.field), control.said));
  });
  snapshot.stakeholders.forEach((person, index) => {
    const control = controlCharIn(person);
    if (control)
      problems.push(
        problem(file, at('stakeholders', index, person.name, control.field), control.said),
      );
  });
  return problems;
}

/**
 * Control characters other than tab, line breaks and form feed: JSON can carry them, but no
 * name or title holds one, and a CSV with one reads as binary. The first per record is enough.
 */
export function controlCharOf(text: string): number | undefined {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d)
      return code;
  }
  return undefined;
}

function controlCharIn(record: object): { field: string; said: Said } | undefined {
  for (const [field, value] of Object.entries(record)) {
    const text = textWithControl(value);
    const code = text === undefined ? undefined : controlCharOf(text);
    if (code === undefined) continue;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return { field, said: say('transfer.problem.controlChar', { code: hex }) };
  }
  return undefined;
}

/** The first string inside `value` (nested evidence included) that holds a control character. */
function textWithControl(value: unknown): string | undefined {
  if (typeof value === 'string') return controlCharOf(value) === undefined ? undefined : value;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const item of Object.values(value)) {
    const found = textWithControl(item);
    if (found !== undefined) return found;
  }
  return undefined;
}
