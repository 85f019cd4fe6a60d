/** Cell-level rules: formula guard, lists in a cell, timestamps, name splitting. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitName } from '../../lib/transfer';
import { formatTimestamp, joinList, parseTimestamp, splitList } from '../../lib/transfer/cells';
import { guardCell, unguardCell } from '../../lib/transfer/formula';
import { joinName } from '../../lib/transfer/name-parts';

describe('formula guard', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+cmd|calc', "'+cmd|calc"],
    ['-2+3+cmd', "'-2+3+cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ['+1 (555) 010-0100', '+1 (555) 010-0100'],
    // Titles a spreadsheet reads as text reach the CRM as typed (issue 16, item 4).
    ['-VP Sales', '-VP Sales'],
    ['@Procurement lead', '@Procurement lead'],
    ['+ Partner, M&A', '+ Partner, M&A'],
    ["'-VP Sales", "'-VP Sales"],
    ["@cmd|' /C calc'!A0", "'@cmd|' /C calc'!A0"],
    ['-A1', "'-A1"],
    ['@Procurement (EMEA)', "'@Procurement (EMEA)"],
    ['-12.5', '-12.5'],
    ['Jane', 'Jane'],
    ["O'Brien", "O'Brien"],
    ['', ''],
  ])('%j → %j', (cell, guarded) => {
    expect(guardCell(cell)).toBe(guarded);
    expect(unguardCell(guarded)).toBe(cell);
  });

  it('our import undoes exactly what our export did', () => {
    const cells = fc.oneof(
      fc.string(),
      fc
        .constantFrom("'", "''=", '=', '+', '-', '@', '\t', '\r')
        .chain((p) => fc.string().map((s) => p + s)),
    );
    fc.assert(fc.property(cells, (cell) => unguardCell(guardCell(cell)) === cell));
  });
});

describe('lists and timestamps in a cell', () => {
  it('lists survive items with line breaks and backslashes', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1 }), (items) => {
        fc.pre(!(items.length === 1 && items[0] === ''));
        expect(splitList(joinList(items))).toEqual(items);
      }),
    );
  });

  it('timestamps read back exactly, as ISO or as numbers past year 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (ms) => parseTimestamp(formatTimestamp(ms)) === ms,
      ),
    );
    expect(formatTimestamp(Date.UTC(2024, 2, 1, 9, 30))).toBe('2024-03-01T09:30:00.000Z');
    expect(parseTimestamp('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(parseTimestamp('yesterday')).toBeUndefined();
  });
});

describe('splitName', () => {
  it.each<[string, string[], string, string]>([
    ['Jane Doe', [], 'Jane', 'Doe'],
    ['Mary Ann Smith', [], 'Mary Ann', 'Smith'],
    ['Ludwig van Beethoven', [], 'Ludwig', 'van Beethoven'],
    ['Madonna', [], 'Madonna', ''],
    ['张三', [], '三', '张'],
    ['欧阳娜娜', [], '娜娜', '欧阳'],
    ['张 三', [], '三', '张'],
    ['山田太郎', [], '太郎', '山田'],
    ['张小明', [], '小明', '张'],
    ['Иванов Иван Иванович', [], 'Иван Иванович', 'Иванов'],
    ['Иван Иванов', [], 'Иван', 'Иванов'],
    ['Петрова Анна', [], 'Анна', 'Петрова'],
    ['Анна Мария', ['example.com'], 'Анна', 'Мария'],
    ['Олег Тиньков', ['tbank.ru'], 'Олег', 'Тиньков'],
    ['Мария Олег', ['tbank.ru'], 'Олег', 'Мария'],
    ['Budi Santoso', ['example.co.id'], 'Budi', 'Santoso'],
    // Issue 16, item 7: suffixes, particles, nicknames and surname-first orders.
    [`Robert "Bob" O'Neil, Jr.`, [], 'Robert "Bob"', "O'Neil, Jr."],
    ['John Smith III', [], 'John', 'Smith III'],
    ['Jane Doe, PhD', [], 'Jane', 'Doe, PhD'],
    ['Jane Doe Ph.D.', [], 'Jane', 'Doe Ph.D.'],
    ['Dr. Anna Schmidt', [], 'Dr. Anna', 'Schmidt'],
    ['Karl-Theodor zu Guttenberg', [], 'Karl-Theodor', 'zu Guttenberg'],
    ['Rogier van der Weyden', [], 'Rogier', 'van der Weyden'],
    ['Van Morrison', [], 'Van', 'Morrison'],
    ['Людвиг ван Бетховен', [], 'Людвиг', 'ван Бетховен'],
    ['Отто фон Бисмарк', [], 'Отто', 'фон Бисмарк'],
    ['Elizabeth “Liz” Truss', [], 'Elizabeth “Liz”', 'Truss'],
    ['Jack Ma', [], 'Jack', 'Ma'],
    ['ZHANG Wei', [], 'Wei', 'ZHANG'],
    ['DUPONT Jean-Pierre', [], 'Jean-Pierre', 'DUPONT'],
    ["O'NEIL Sean", [], 'Sean', "O'NEIL"],
    ['Budi Santoso, S.H., M.Si.', ['example.co.id'], 'Budi', 'Santoso, S.H., M.Si.'],
    ['Bapak Budi Santoso', ['example.co.id'], 'Bapak Budi', 'Santoso'],
    ['Matti Virtanen, KTM', ['example.fi'], 'Matti', 'Virtanen, KTM'],
    ['Leonardo Di Caprio', [], 'Leonardo Di', 'Caprio'],
  ])('%s (%j) → first %j, last %j', (name, domains, first, last) => {
    expect(splitName(name, domains)).toEqual({ first, last });
  });
});

describe('joinName undoes splitName', () => {
  const word = fc.constantFrom(
    'Jane',
    'Doe',
    'van',
    'von',
    'Jr.',
    'III',
    'PhD',
    '"Bob"',
    'Dr.',
    'ZHANG',
    'Wei',
    'Иван',
    'Иванов',
    'Иванович',
    'Мария',
    'Олег',
    'ван',
    '张',
    '三',
    '欧阳',
    'S.H.',
    'DI',
    'di',
    'Ma',
  );
  const names = fc.oneof(
    fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' ')),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  );
  const domains = fc.constantFrom([], ['acme.com'], ['tbank.ru']);

  it('the first and last name of any name, joined and split again, are the same', () => {
    fc.assert(
      fc.property(names, domains, (name, accountDomains) => {
        const { first, last } = splitName(name, accountDomains);
        expect(splitName(joinName(first, last, accountDomains), accountDomains)).toEqual({
          first,
          last,
        });
      }),
      { numRuns: 2000 },
    );
  });
});
