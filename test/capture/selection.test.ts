import { describe, expect, it } from 'vitest';
import { parseSelection } from '../../lib/capture';

describe('parseSelection reads the name and title a rep selected', () => {
  it.each([
    ['Jane Doe', 'Jane Doe', ''],
    ['Jane Doe, Chief Financial Officer', 'Jane Doe', 'Chief Financial Officer'],
    ['Jane Doe – CFO', 'Jane Doe', 'CFO'],
    ['Jane Doe | VP Engineering', 'Jane Doe', 'VP Engineering'],
    ['Jane Doe\nChief Financial Officer\n', 'Jane Doe', 'Chief Financial Officer'],
    ['  Jane   Doe \n\n  Head of IT  ', 'Jane Doe', 'Head of IT'],
    ['Mustermann, Erika – Vorstand – erika@example.de', 'Erika Mustermann', 'Vorstand'],
    ['Иванов Иван Иванович\nФинансовый директор', 'Иванов Иван Иванович', 'Финансовый директор'],
    ['张\u3000伟 首席财务官', '张伟', '首席财务官'],
    ['王伟 首席财务官', '王伟', '首席财务官'],
    [
      'Dr. Siti Rahma, S.H., M.Si\nDirektur Keuangan',
      'Dr. Siti Rahma, S.H., M.Si',
      'Direktur Keuangan',
    ],
    ['Maria Virtanen talousjohtaja Example Oy', 'Maria Virtanen', 'talousjohtaja Example Oy'],
    // Issue 16, item 7: suffixes stay in the name; a separator is no name boundary when what
    // stands before it is no name.
    [`Robert "Bob" O'Neil, Jr. – CFO`, `Robert "Bob" O'Neil, Jr.`, 'CFO'],
    ['Jane Doe, PhD, Chief Scientist', 'Jane Doe, PhD', 'Chief Scientist'],
    ['Thurston Howell, III | Chairman', 'Thurston Howell, III', 'Chairman'],
    ["@cmd|' /C calc'!A0", "@cmd|' /C calc'!A0", ''],
    ['=HYPERLINK("x") | CFO', '=HYPERLINK("x") | CFO', ''],
  ])('%j → %s / %s', (selection, name, title) => {
    const person = parseSelection(selection);
    expect(person.name).toBe(name);
    expect(person.title).toBe(title);
  });

  it('keeps an email found in the selection apart from the title', () => {
    expect(parseSelection('Jane Doe – CFO – jane.doe@example.com')).toEqual({
      name: 'Jane Doe',
      title: 'CFO',
      email: 'jane.doe@example.com',
    });
  });

  it('takes markup in a selection as plain text', () => {
    expect(parseSelection('<img src=x onerror=alert(1)>').name).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('caps what a huge selection can put in the form', () => {
    const person = parseSelection(`${'A'.repeat(5000)}, ${'b'.repeat(5000)}`);
    expect(person.name.length).toBeLessThanOrEqual(200);
    expect(person.title.length).toBeLessThanOrEqual(300);
  });
});
