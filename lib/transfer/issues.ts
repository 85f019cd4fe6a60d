/** Turns zod issues into sentences a rep understands, placed by JSON path or by CSV row and column. */
import type { core } from 'zod/mini';
import { type ImportProblem, problem, type Said, say } from './result';

type Issue = core.$ZodIssue;

/** After this many, the rest are counted rather than listed: nobody reads 10,000 lines. */
export const MAX_PROBLEMS = 20;

export function issueMessage(issue: Issue): Said {
  const got = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (got === undefined) return say('transfer.problem.missing');
      if (issue.expected === 'int') return say('transfer.problem.notWhole', { got: describe(got) });
      const expected = EXPECTED[issue.expected];
      return say('transfer.problem.shouldBe', {
        expected: expected === undefined ? issue.expected : say(expected),
        got: describe(got),
      });
    }
    case 'invalid_value':
      if (got === undefined)
        return say('transfer.problem.missingOneOf', {
          values: issue.values.map(String).join(', '),
        });
      if (issue.values.length === 1)
        return say('transfer.problem.shouldBe', {
          expected: describe(issue.values[0]),
          got: describe(got),
        });
      return say('transfer.problem.notOneOf', {
        got: describe(got),
        values: issue.values.map(String).join(', '),
      });
    case 'too_big':
      return issue.origin === 'string'
        ? say('transfer.problem.tooLong', { max: Number(issue.maximum) })
        : say('transfer.problem.aboveMax', { max: Number(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'string') return say('transfer.problem.blank');
      if (issue.origin === 'array')
        return say('transfer.problem.tooFew', { min: Number(issue.minimum) });
      return issue.minimum === 0
        ? say('transfer.problem.negative')
        : say('transfer.problem.belowMin', { min: Number(issue.minimum) });
    case 'invalid_format':
      return issue.format === 'datetime'
        ? say('transfer.problem.notDateTime', { got: describe(got) })
        : say('transfer.problem.badFormat', { got: describe(got), format: issue.format });
    default:
      return say('transfer.problem.other', { detail: issue.message });
  }
}

const EXPECTED: Partial<Record<string, Said['key']>> = {
  string: 'transfer.kind.text',
  number: 'transfer.kind.number',
  array: 'transfer.kind.list',
  object: 'transfer.kind.object',
  boolean: 'transfer.kind.boolean',
};

/** A value as a rep would recognise it: text in quotes, shortened; lists and objects by kind. */
export function describe(value: unknown): string | Said {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  }
  if (Array.isArray(value)) return say('transfer.kind.list');
  if (typeof value === 'object') return say('transfer.kind.object');
  return String(value);
}

/** `accounts[2].domains[0]` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/** Keeps the first MAX_PROBLEMS and says how many more there were. */
export function capProblems(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  const file = problems[0]?.file ?? '';
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    problem(file, undefined, say('transfer.problem.more', { count: rest })),
  ];
}

/** Collects problems up to MAX_PROBLEMS and only counts the rest, so a file of junk costs little. */
export class ProblemList {
  readonly #kept: ImportProblem[] = [];
  #more = 0;

  constructor(readonly file: string) {}

  get empty(): boolean {
    return this.#kept.length === 0;
  }

  /** `count` problems; `make` builds them only while the list still keeps problems. */
  add(count: number, make: () => ImportProblem[]): void {
    if (this.#kept.length >= MAX_PROBLEMS) {
      this.#more += count;
      return;
    }
    const made = make();
    const room = MAX_PROBLEMS - this.#kept.length;
    this.#kept.push(...made.slice(0, room));
    this.#more += Math.max(0, made.length - room);
  }

  list(): ImportProblem[] {
    if (this.#more === 0) return [...this.#kept];
    return [
      ...this.#kept,
      problem(this.file, undefined, say('transfer.problem.more', { count: this.#more })),
    ];
  }
}
