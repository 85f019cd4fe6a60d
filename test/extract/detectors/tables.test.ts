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

  it('reads every holder of a post listed on their own lines in one cell', () => {
    const doc = parseHtml(`<table>
      <tr><th>名誉主任</th><td>韩立新（示范大学副校长、教授）</td></tr>
      <tr><th>主任</th><td>高志远（示范大学教务处处长）<br>罗晓梅（信息学院院长）</td></tr>
      <tr><th>副主任</th><td>陈国华（教务处副处长）<br>孙丽娟（信息学院党委书记）</td></tr></table>`);
    expect(detect(doc, PAGE_URL).map((c) => [c.name, c.title])).toEqual([
      ['韩立新', '名誉主任'],
      ['高志远', '主任'],
      ['罗晓梅', '主任'],
      ['陈国华', '副主任'],
      ['孙丽娟', '副主任'],
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

  it('reads each holder of a cell listing several, and never an address for the post', () => {
    const doc = parseHtml(`<table>
      <thead><tr><th>Virka</th><th>Virkailija</th><th>Sähköposti</th></tr></thead>
      <tr><td>Kuraattori</td><td>Ilona Rautio</td><td>kuraattori(a)osakunta.example</td></tr>
      <tr><td>Isäntä</td><td>Petteri Koskela</td><td>isanta(a)osakunta.example</td></tr>
      <tr><td>Jäsensihteeri</td><td>Sanni Halme, Veera Lahtinen</td><td>jasenet(a)osakunta.example</td></tr>
      <tr><td>Jäsenet</td><td>Aaro Niemi, Liisa Toivonen,Oona Kivelä</td><td></td></tr></table>`);
    expect(detect(doc, PAGE_URL).map((c) => [c.name, c.title])).toEqual([
      ['Ilona Rautio', 'Kuraattori'],
      ['Petteri Koskela', 'Isäntä'],
      ['Sanni Halme', 'Jäsensihteeri'],
      ['Veera Lahtinen', 'Jäsensihteeri'],
      ['Aaro Niemi', 'Jäsenet'],
      ['Liisa Toivonen', 'Jäsenet'],
      ['Oona Kivelä', 'Jäsenet'],
    ]);
  });

  it('parts the post written before the name in a unit table with a bold header row', () => {
    const doc = parseHtml(`<table>
      <tr><td><strong>Наименование подразделения</strong></td><td><strong>Руководитель</strong></td><td><strong>Телефон</strong></td></tr>
      <tr><td>Учебная часть</td><td>Заведующий учебной частью Зорина  Алла Степановна</td><td>21-04-17</td></tr>
      <tr><td>Гараж</td><td>Начальник гаража Быстров Олег Игоревич</td><td>21-04-18</td></tr></table>`);
    expect(detect(doc, PAGE_URL).map((c) => [c.name, c.title])).toEqual([
      ['Зорина Алла Степановна', 'Заведующий учебной частью'],
      ['Быстров Олег Игоревич', 'Начальник гаража'],
    ]);
  });

  it('reads members named in the column its heading names, each with the post written after the name', () => {
    const doc = parseHtml(`<table>
      <thead><tr><th>Hallitusjäsen</th><th>Kuvaus</th><th>Yhteydenotto</th></tr></thead>
      <tr><td>Ilona Rautio, puheenjohtaja</td><td>Pitkän linjan järjestöihminen ja kahden lapsen äiti.</td><td>ilona(piste)rautio(ät)liitto.example</td></tr>
      <tr><td>Petteri Koskela</td><td>Olen ammatiltani sairaanhoitaja.</td><td>petteri(piste)koskela(ät)liitto.example</td></tr>
      <tr><td>Sanni Halme, sihteeri</td><td>Kieliopin ystävä.</td><td>sanni(piste)halme(ät)liitto.example</td></tr></table>`);
    expect(detect(doc, PAGE_URL).map((c) => [c.name, c.title])).toEqual([
      ['Ilona Rautio', 'puheenjohtaja'],
      ['Petteri Koskela', undefined],
      ['Sanni Halme', 'sihteeri'],
    ]);
  });

  it('reads a name cell of fields: the name, then its own post before the column’s', () => {
    const doc = parseHtml(`<table><thead><tr><th>Name</th><th>Affiliation</th></tr></thead><tbody>
      <tr><td><span class="n">Dana Whitcombe</span><span class="r">Mayor, City of Elmford</span></td><td>City Manager, Elmford</td></tr>
      <tr><td>Marcus Tillery</td><td>Owner, Tillery Hardware</td></tr>
      <tr><td><span class="n">Priya Raman</span><span class="r">Secretary</span></td><td>Owner, Raman Bakery</td></tr></tbody></table>`);
    expect(detect(doc, PAGE_URL).map((c) => [c.name, c.title])).toEqual([
      ['Dana Whitcombe', 'Mayor, City of Elmford'],
      ['Marcus Tillery', 'Owner, Tillery Hardware'],
      ['Priya Raman', 'Secretary'],
    ]);
  });
});
