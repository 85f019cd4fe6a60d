/** Checks a backup's records agree with each other: what JSON Schema and zod cannot say. */
import { jsonPath } from './issues';
import { recordPlace } from './read-backup';
import { type ImportProblem, problem, say } from './result';
import type { Snapshot } from './snapshot';

export function checkIntegrity(file: string, snapshot: Snapshot): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const at = (key: 'accounts' | 'stakeholders', index: number, name: string, field: string) =>
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
  return problems;
}
