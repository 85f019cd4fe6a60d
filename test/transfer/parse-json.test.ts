/** Backups are parsed in slices so the page keeps running; the result must be JSON.parse's, exactly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupJson, describeProblem, readImportFile } from '../../lib/transfer';
import { parseInSlices } from '../../lib/transfer/parse-json';
import { blobOf, person, sampleMap } from './helpers';

function jsonParse(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Objects whose members are often arrays, written with random spacing. */
const objectText = fc
  .tuple(
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom('accounts', 'stakeholders', '__proto__')),
      fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue()),
    ),
    fc.constantFrom(undefined, 0, 1, '\t', '\r\n '),
  )
  .map(([value, space]) => JSON.stringify(value, null, space));

/** Valid JSON with one character changed, dropped or doubled: mostly invalid, sometimes not. */
const damagedText = fc
  .tuple(objectText, fc.nat(), fc.constantFrom('drop', 'double', ',', ']', '}', '"', '\\', 'x'))
  .map(([text, at, edit]) => {
    const i = at % Math.max(1, text.length);
    if (edit === 'drop') return text.slice(0, i) + text.slice(i + 1);
    if (edit === 'double') return text.slice(0, i + 1) + text.slice(i);
    return text.slice(0, i) + edit + text.slice(i);
  });

describe('parsing in slices', () => {
  it.each([0, 1, 64])(
    'gives what JSON.parse gives, cut every %s characters',
    async (sliceChars) => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(objectText, damagedText), async (text) => {
          const sliced = await parseInSlices(text, { sliceChars });
          expect(sliced).toStrictEqual(jsonParse(text));
        }),
        { numRuns: 400 },
      );
    },
  );

  it.each([
    ['two documents', '{"a": [1]} {"b": 2}'],
    ['text before the object', 'x{"a": [1]}'],
    ['a string before the object', '"x" {"a": [1]}'],
    ['an empty element', '{"a": [1, , 2]}'],
    ['a trailing comma', '{"a": [1, 2, ]}'],
    ['an unclosed string', '{"a": ["x]}'],
  ])('refuses %s', async (_label, text) => {
    expect(await parseInSlices(text, { sliceChars: 0 })).toBeUndefined();
  });

  it('keeps a "__proto__" member a plain key, pointing nowhere', async () => {
    const parsed = await parseInSlices('{"__proto__": [{"polluted": true}], "b": [1]}');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed ?? {}, '__proto__')).toBe(true);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });
});

describe('a large backup', () => {
  it('is read, parsed and checked in slices with progress, and the page keeps running', async () => {
    const map = sampleMap();
    const many = Array.from({ length: 20_000 }, (_, i) =>
      person({ id: `p-${i}`, name: `Person ${i}`, email: `p${i}@acme.com`, evidence: [] }),
    );
    const text = backupJson({ ...map, stakeholders: many }, new Date('2024-05-01T00:00:00Z'));
    expect(text.length).toBeGreaterThan(5_000_000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const phases = new Set<string>();
    const read = await readImportFile(
      { name: 'big.json', data: blobOf(text) },
      { onProgress: (progress) => phases.add(progress.phase) },
    );
    clearInterval(timer);
    if (!read.ok) throw new Error(read.problems.map(describeProblem).join('\n'));
    if (read.value.kind !== 'backup') throw new Error('expected a backup');
    expect(read.value.snapshot.stakeholders).toHaveLength(20_000);
    expect([...phases]).toEqual(['reading', 'parsing', 'checking']);
    expect(ticks).toBeGreaterThan(0);
  }, 30_000);

  it('says where the JSON breaks, by line and column, even far into the file', async () => {
    const text = backupJson(sampleMap(), new Date('2024-05-01T00:00:00Z'));
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"p-ivan"'));
    lines[line] = lines[line]?.replace('"p-ivan",', '"p-ivan" oops,') ?? '';
    const read = await readImportFile({ name: 'map.json', data: blobOf(lines.join('\n')) });
    expect(read.ok ? [] : read.problems.map(describeProblem)).toEqual([
      `map.json, Line ${line + 1}, column ${(lines[line] ?? '').indexOf('oops') + 1}: This is not valid JSON, so it cannot be a Rolecall backup.`,
    ]);
  });
});
