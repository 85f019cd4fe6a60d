import { describe, expect, it } from 'vitest';
import { isJuniorTitle } from '../../lib/coverage';

describe('junior titles, in the six languages', () => {
  it.each([
    ['Marketing Intern'],
    ['Executive Assistant'],
    ['Sales Coordinator'],
    ['Jr. Account Manager'],
    ['Graduate Trainee'],
    ['Стажёр отдела продаж'],
    ['Помощница генерального директора'],
    ['Младший специалист по закупкам'],
    ['总经理助理'],
    ['市场部实习生'],
    ['初级工程师'],
    ['Staf Pengadaan'],
    ['Asisten Direktur'],
    ['Pemagang Pemasaran'],
    ['Myyntiassistentti'],
    ['Kesäharjoittelija'],
    ['Projektikoordinaattori'],
    ['Werkstudentin Marketing'],
    ['Teamassistenz Vertrieb'],
    ['Auszubildender Industriekaufmann'],
  ])('%s is junior', (title) => {
    expect(isJuniorTitle(title)).toBe(true);
  });

  it.each([
    ['Chief Financial Officer'],
    ['Head of International Sales'],
    ['Internal Audit Director'],
    ['Assistant Vice President, Treasury'],
    ['Генеральный директор'],
    ['Генеральный секретарь'],
    ['首席财务官'],
    ['助理总裁'],
    ['Direktur Keuangan'],
    ['Talousjohtaja'],
    ['Pääsihteeri'],
    ['Geschäftsführerin'],
    ['Generalsekretär'],
    [''],
  ])('%s is not', (title) => {
    expect(isJuniorTitle(title)).toBe(false);
  });

  it('treats a missing title as not junior', () => {
    expect(isJuniorTitle(undefined)).toBe(false);
  });
});
