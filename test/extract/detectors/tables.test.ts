import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/tables';
import { loadFixture, PAGE_URL, parseHtml } from '../fixtures';

describe('tables detector', () => {
  it('reads a Russian leadership table with surname-first names and patronymics', () => {
    const found = detect(loadFixture('tables/ru-leadership.html'), PAGE_URL);
    expect(found.map((c) => [c.name, c.title])).toEqual([
      ['Соколов Игорь Петрович', 'Генеральный директор'],
      ['Белова Ольга Сергеевна', 'Заместитель генерального директора – Финансовый директор'],
      ['Орлов Дмитрий Андреевич', 'Технический директор'],
      ['Захарова Нина Ивановна', 'Главный бухгалтер'],
    ]);
  });

  it('carries a group’s role down to its rows and skips rows that name an office', () => {
    const found = detect(loadFixture('tables/id-decree.html'), PAGE_URL);
    expect(found.map((c) => [c.name, c.title])).toEqual([
      ['Rina Kartika Sari', 'Dewan Pembina'],
      ['Drs. Bambang Wijaya, M.Si', 'Dewan Pakar'],
      ['Hj. Siti Rahmawati, S.H', 'Dewan Pakar'],
      ['Yusuf', 'Dewan Pakar'],
      ['Dr. Agus Pratama, S.E., M.M', 'Ketua'],
      ['Dewi Lestari, SE', 'Bendahara'],
      ['Hendra Gunawan', 'Bidang Organisasi'],
      ['Putri Ayu Lestari', 'Anggota'],
      ['Fajar Nugraha ST', 'Anggota'],
    ]);
  });

  it('finds nobody in a data table of films and directors', () => {
    expect(detect(loadFixture('tables/en-film-list.html'), PAGE_URL)).toEqual([]);
  });

  it('uses header words to find the columns in any order', () => {
    const doc = parseHtml(`<table>
      <tr><th>Tehtävä</th><th>Nimi</th></tr>
      <tr><td>Toimitusjohtaja</td><td>Mikko Laine</td></tr>
      <tr><td>Talousjohtaja</td><td>Hanna Salo</td></tr></table>`);
    expect(detect(doc, PAGE_URL).map((c) => [c.name, c.title])).toEqual([
      ['Mikko Laine', 'Toimitusjohtaja'],
      ['Hanna Salo', 'Talousjohtaja'],
    ]);
  });

  it('takes a first row of plain bold cells naming the columns for the header, not for a person', () => {
    const found = detect(loadFixture('tables/de-vorstand-plain-header.html'), PAGE_URL);
    expect(found.map((c) => [c.name, c.title])).toEqual([
      ['Prof. Dr. Heike Lorenz', 'Vorsitzende'],
      ['Dipl.-Kfm. Rainer Albrecht', 'Stellvertretender Vorsitzender'],
      ['Monika Seidel', 'Schatzmeisterin'],
    ]);
  });
});
