import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/cards';
import { loadFixture, PAGE_URL, parseHtml, peopleIn } from '../fixtures';

describe('cards detector', () => {
  it('reads a leadership grid, title above or below the name', () => {
    const found = peopleIn('cards/en-leadership.html');
    expect(found.map((p) => [p.name, p.title])).toEqual([
      ['Grace Okafor', 'Chief Executive Officer'],
      ['Henrik Dahl', 'Chief Financial Officer'],
      ['Sofia Marín', 'VP, Information Security'],
      ['Daniel O’Connor', 'General Counsel'],
    ]);
  });

  it('never reads people from comments, templates, navigation or the hidden bio dialog', () => {
    const names = peopleIn('cards/en-leadership.html').map((p) => p.name);
    expect(names).not.toContain('Former Person');
    expect(names).not.toContain('Template Person');
    expect(names).not.toContain('Tom Briggs');
  });

  it('splits a Chinese title from the company glued before it, and keeps one copy per person', () => {
    const found = peopleIn('cards/zh-team.html');
    expect(found.map((p) => [p.name, p.title, p.org])).toEqual([
      ['陈伟', 'CEO', '星河科技'],
      ['刘芳', 'CFO', '星河科技'],
      ['赵磊', '技术总监', '星河科技'],
    ]);
    // The chip sits in the grid, not in the bio modal that repeats it.
    expect(found[0]?.element?.tagName).toBe('H3');
    expect(found.map((p) => p.name)).not.toContain('张三');
  });

  it('reads Finnish board cards', () => {
    const found = detect(loadFixture('cards/fi-board.html'), PAGE_URL);
    expect(found.map((c) => [c.name, c.title])).toEqual([
      ['Aino Mäkelä', 'Puheenjohtaja'],
      ['Eero Nieminen', 'Rahastonhoitaja'],
      ['Sanna Heikkinen', 'Sihteeri'],
      ['Ville Korhonen', 'Tapahtumapäällikkö'],
    ]);
    expect(found[0]?.email).toBe('pj@yhdistys.example');
  });

  it('reads "Name, Title" written in one line of a card', () => {
    const doc = parseHtml(
      '<div><div class="c"><p><b>Maja Novak</b>, Head of Finance</p></div><div class="c"><p><b>Ivo Horvat</b>, CTO</p></div></div>',
    );
    expect(detect(doc, PAGE_URL).map((c) => [c.name, c.title])).toEqual([
      ['Maja Novak', 'Head of Finance'],
      ['Ivo Horvat', 'CTO'],
    ]);
  });

  it('does not take a list of headlines for a team', () => {
    const doc = parseHtml(
      '<ul><li class="s"><h3>Markets Rally Again</h3><p>Read more</p></li><li class="s"><h3>Harbour City Plans</h3><p>Read more</p></li></ul>',
    );
    expect(detect(doc, PAGE_URL)).toEqual([]);
  });

  it('learns where the name and the title sit, so handles, single names and joke titles are read too', () => {
    const found = detect(loadFixture('cards/en-open-source-team.html'), PAGE_URL);
    expect(found.map((c) => [c.name, c.title, c.org])).toEqual([
      ['Mira Castellanos', 'Creator', 'Vue Forge'],
      ['Tobias Lindqvist', 'Staff Developer Experience Engineer', undefined],
      ['Kazuhiko', 'Software Engineer', 'Freelance'],
      ['LI Wenjing', 'Core Maintainer', undefined],
      ['Anders Brekke', 'Hive-Mind Community Wrangler (Probably a Bot)', undefined],
      ['Noor Haddad', 'Open Sourceror', 'Nimbus Labs'],
    ]);
    // The chip sits on the name, not on the "Sponsor" link before it.
    expect(found.every((c) => c.element?.tagName === 'H1')).toBe(true);
  });

  it('reads the card alone in the last row by the template its cousins taught, and keeps a second role', () => {
    const people = peopleIn('cards/fi-board-rows.html');
    expect(people.map((p) => [p.name, p.title, p.email])).toEqual([
      ['Oona Rantanen', 'Puheenjohtaja', 'pj@kilta.example'],
      ['Veeti Kallio', 'Varapuheenjohtaja', 'vpj@kilta.example'],
      ['Iida Mustonen', 'Sihteeri; Tiedotusvastaava', 'sihteeri@kilta.example'],
      ['Lauri Peltonen', 'Rahastonhoitaja', 'raha@kilta.example'],
      ['Sanni Aaltonen', 'Tapahtumavastaava', 'tapahtumat@kilta.example'],
    ]);
  });

  it('takes a speaker grid where only a few cards carry a bio, every name with its photo', () => {
    const people = peopleIn('cards/en-speakers.html');
    expect(people).toHaveLength(10);
    expect(people[0]).toMatchObject({
      name: 'Yukio "Kai" Morimoto',
      title: 'Creator of Lumen',
      photoUrl: 'https://acme.example/speakers/0.jpg',
    });
    expect(people[2]?.name).toBe('Piotr Zielinski');
    expect(people[2]?.title).toBeUndefined();
  });

  it('sees copies of one template though each carries a generated class of its own', () => {
    expect(detect(loadFixture('cards/en-page-builder.html'), PAGE_URL).map((c) => c.name)).toEqual([
      'Rebecca Thornton',
      'William Chen',
      'Fatima Al-Sayed',
      'George MacKenzie',
    ]);
  });

  it('joins a surname written on the line above the given names', () => {
    expect(
      detect(loadFixture('cards/ru-split-name.html'), PAGE_URL).map((c) => [c.name, c.title]),
    ).toEqual([
      ['Орлов Виктор Сергеевич', 'Генеральный директор'],
      ['Лебедева Марина Петровна', 'Заместитель генерального директора'],
      ['Соколов Артём Игоревич', 'Финансовый директор'],
    ]);
  });

  it('splits a title set in <small> beside the name, and a lower-case Finnish title under it', () => {
    expect(
      detect(loadFixture('cards/en-media-heading.html'), PAGE_URL).map((c) => [c.name, c.title]),
    ).toEqual([
      ['Nora Whitfield', 'President & CEO'],
      ['Samuel Ortiz', 'Executive Vice President, Finance'],
      ['Grace Liu', 'Chief Information Officer'],
    ]);
    expect(
      detect(loadFixture('cards/fi-contacts.html'), PAGE_URL).map((c) => [
        c.name,
        c.title,
        c.email,
      ]),
    ).toEqual([
      ['Matti Meikäläinen', 'toimitusjohtaja', 'matti@yritys.example'],
      ['Liisa Korhonen', 'talouspäällikkö', 'liisa@yritys.example'],
      ['Pekka Lahtinen', 'myyntipäällikkö', 'pekka@yritys.example'],
    ]);
  });

  it('gives rows of one grid the post slot their cousin row showed, known words or not', () => {
    const card = (name: string, post: string) =>
      `<div class="col"><div class="member"><a href="mailto:x@firma.example"><h4>${name}</h4></a><p class="muted">${post}<br><i>+49 5531 934</i></p></div></div>`;
    const doc = parseHtml(
      `<div class="row">${card('K. Hartwig', 'Geschäftsführer')}${card('L. Albers', 'Prokuristin')}</div>` +
        `<div class="row">${card('B. Menzel', 'Disposition')}${card('S. Feldt', 'Disposition')}${card('T. Kranz', 'Lagerlogistik')}</div>`,
    );
    expect(detect(doc, PAGE_URL).map((c) => [c.name, c.title])).toEqual([
      ['K. Hartwig', 'Geschäftsführer'],
      ['L. Albers', 'Prokuristin'],
      ['B. Menzel', 'Disposition'],
      ['S. Feldt', 'Disposition'],
      ['T. Kranz', 'Lagerlogistik'],
    ]);
  });
});
