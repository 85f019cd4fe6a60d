/**
 * What pages written by someone who never saw the detectors taught them (test/fixtures/extract/
 * heldout/README.md): one case per lesson, then the whole set against its labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPeople, nameKey } from '../../lib/extract';
import { looksLikeName } from '../../lib/extract/names';
import { looksLikeTitle } from '../../lib/extract/titles';
import { FIXTURES, namesAndTitles, PAGE_URL, parseHtml } from './fixtures';

const people = (html: string) => namesAndTitles(findPeople(parseHtml(html), PAGE_URL));

describe('lessons from the held-out pages', () => {
  it('reads a role and a tenure styled as two lines as two lines, the role being the title', () => {
    const board = ['Eleanor Ashby', 'Raymond Osei', 'Patricia Nwosu']
      .map(
        (name, i) =>
          `<dt>${name}</dt><dd><span class="role">${['Chair of the Board', 'Vice Chair', 'Independent Director'][i]}</span> <span class="tenure">Director since 201${i}</span></dd>`,
      )
      .join('');
    expect(people(`<dl class="board">${board}</dl>`)).toEqual([
      ['Eleanor Ashby', 'Chair of the Board'],
      ['Raymond Osei', 'Vice Chair'],
      ['Patricia Nwosu', 'Independent Director'],
    ]);
  });

  it('leaves the words of an e-mail link out of a one-line entry', () => {
    expect(
      people(`<ul>
        <li><span>Priya Natarajan – VP Sales</span> <a href="mailto:priya@pets.example">Email Priya</a></li>
        <li><span>Jun-seo Park – Marketing &amp; Partnerships</span> <a href="mailto:junseo@pets.example">junseo@pets.example</a></li>
        <li>Becker, Georg - Programmierer - <a href="mailto:georg@pets.example">georg@pets.example</a></li>
      </ul>`),
    ).toEqual([
      ['Priya Natarajan', 'VP Sales'],
      ['Jun-seo Park', 'Marketing & Partnerships'],
      ['Georg Becker', 'Programmierer'],
    ]);
  });

  it('reads "Sukunimi Etunimi, titteli, puh." lines, as Finnish staff pages list people', () => {
    const found = people(`<div class="entry-content">
      <p>Sähköpostit ovat muotoa etunimi.sukunimi@yritys.example</p>
      <p><strong>Heikkinen Tuula</strong>, toimitusjohtaja, puh. 050 321 7788</p>
      <p>Salmela Riikka, kirjanpitäjä, puh. 050 443 9910</p>
      <p>Hakala Minna-Liisa, toimistosihteeri, puh. 050 912 3345</p></div>`);
    expect(found).toEqual([
      ['Heikkinen Tuula', 'toimitusjohtaja'],
      ['Salmela Riikka', 'kirjanpitäjä'],
      ['Hakala Minna-Liisa', 'toimistosihteeri'],
    ]);
  });

  it('does not read an "our values" block as a person because the team used the same template', () => {
    const column = (heading: string, text: string) =>
      `<div class="col elementor-element-${heading.length}a"><div class="wrap"><h4>${heading}</h4><div class="text"><p>${text}</p></div></div></div>`;
    const found = people(`
      <section class="s"><div class="row">${column('Callum Brightwell', 'Managing Director')}${column('Sofia Marchetti', 'Director of Engineering')}${column('Grace Howell', 'Finance Manager')}</div></section>
      <section class="s"><div class="row">${column('Yvette Dussault', 'HR Manager')}</div></section>
      <section class="s"><div class="row">${column('Safety First', 'Zero reportable incidents on our sites for seven consecutive years.')}</div></section>`);
    expect(found.map(([name]) => name)).toEqual([
      'Callum Brightwell',
      'Sofia Marchetti',
      'Grace Howell',
      'Yvette Dussault',
    ]);
  });

  it('skips the row that names a group in a staff table', () => {
    expect(
      people(`<table><thead><tr><th>ФИО</th><th>Должность</th></tr></thead><tbody>
        <tr class="group"><td colspan="2">Администрация</td></tr>
        <tr><td>Кузнецова Марина Олеговна</td><td>Генеральный директор</td></tr>
        <tr><td>Попов Игорь</td><td>Главный бухгалтер</td></tr></tbody></table>`),
    ).toEqual([
      ['Кузнецова Марина Олеговна', 'Генеральный директор'],
      ['Попов Игорь', 'Главный бухгалтер'],
    ]);
  });

  it('joins a title broken over two lines, and keeps lower-case lines under it apart', () => {
    const card = (surname: string, given: string, title: string) =>
      `<div class="t524"><div class="name">${surname}<br>${given}</div><span class="descr">${title}</span></div>`;
    expect(
      people(
        `<div class="grid">${card('Ермакова', 'Светлана Юрьевна', 'Заместитель директора<br>по производству')}${card('Орлов', 'Виктор Сергеевич', 'Главный инженер')}${card('Белова', 'Анна Петровна', 'Директор по закупкам')}</div>`,
      ),
    ).toEqual([
      ['Ермакова Светлана Юрьевна', 'Заместитель директора по производству'],
      ['Орлов Виктор Сергеевич', 'Главный инженер'],
      ['Белова Анна Петровна', 'Директор по закупкам'],
    ]);
  });

  it('reads the person an imprint names as responsible for its content', () => {
    expect(
      people(`<div class="frame"><header><h2><span>Verantwortlich für den Inhalt nach § 55 Abs. 2 RStV</span></h2></header>
        <div class="ce-bodytext"><p>Carola Weißenfels<br>Leitung Unternehmenskommunikation<br>Anschrift wie oben</p></div></div>`),
    ).toEqual([['Carola Weißenfels', 'Leitung Unternehmenskommunikation']]);
  });

  it('does not take the commenters under a blog post for people of the page', () => {
    const comment = (name: string) =>
      `<li class="comment"><footer><cite class="comment-author vcard"><span class="fn">${name}</span></cite></footer><p>Great read!</p></li>`;
    expect(
      people(`<div id="comments" class="comments-area"><ol class="commentlist">
        ${comment('Gary Pike')}${comment('Linda Farrow')}${comment('Marcus Oyelaran')}</ol></div>`),
    ).toEqual([]);
  });

  it('does not lend a section heading as a title when each section holds a grid of cards', () => {
    const card = (name: string, title: string) =>
      `<div class="col"><div class="card"><h5 class="nama">${name}</h5><p class="jabatan">${title}</p></div></div>`;
    const section = (heading: string, cards: string) =>
      `<section class="container"><h2>${heading}</h2><div class="row">${cards}</div></section>`;
    expect(
      people(
        section(
          'Dewan Komisaris',
          card('Suryadi Hartono', 'Komisaris Utama') + card('Retno Widyaningsih', 'Komisaris'),
        ) +
          section(
            'Direksi',
            card('Bambang Sutrisno', 'Direktur Utama') +
              card('Dewi Anggraeni', 'Direktur Keuangan'),
          ),
      ),
    ).toEqual([
      ['Suryadi Hartono', 'Komisaris Utama'],
      ['Retno Widyaningsih', 'Komisaris'],
      ['Bambang Sutrisno', 'Direktur Utama'],
      ['Dewi Anggraeni', 'Direktur Keuangan'],
    ]);
  });

  it('knows a retired officer by name and a vacant post for nobody', () => {
    expect(looksLikeName('Kolonel (Purn.) Agus Wibowo, S.E.')).toBe(true);
    expect(nameKey('Kolonel (Purn.) Agus Wibowo, S.E.')).toBe(nameKey('Agus Wibowo'));
    const box = (title: string, name: string) =>
      `<li><div class="org-box"><span class="jab">${title}</span><span class="nm">${name}</span></div></li>`;
    expect(
      people(
        `<ul class="org">${box('Kepala Divisi Pengadaan', 'Yusuf Maulana Hakim, S.T.')}${box('Kepala Divisi Akuntansi', '(lowong)')}${box('Kepala Divisi SDM', 'Ni Luh Putu Ayu Suastini, S.Psi.')}</ul>`,
      ).map(([name]) => name),
    ).toEqual(['Yusuf Maulana Hakim, S.T.', 'Ni Luh Putu Ayu Suastini, S.Psi.']);
  });

  it('knows everyday job titles beyond management in each language', () => {
    for (const title of [
      'Receptionist',
      'Kirjanpitäjä',
      'toimistosihteeri',
      'myyntineuvottelija',
      'Vertriebsassistentin',
      'Bauleiter und Polier',
      'Секретарь руководителя',
      '行政助理',
      'Asisten Manajer',
    ]) {
      expect(looksLikeTitle(title), title).toBe(true);
    }
  });
});

interface HeldoutLabel {
  name: string;
  name_as_displayed?: string;
}

function isLabel(value: unknown): value is HeldoutLabel {
  return typeof value === 'object' && value !== null && 'name' in value;
}

describe('the held-out pages', () => {
  const dir = join(FIXTURES, 'heldout');
  const pages = readdirSync(dir).filter((file) => file.endsWith('.html'));

  it('find nearly everyone their labels name, and nobody on the pages about no one', () => {
    let labelled = 0;
    let found = 0;
    let wrong = 0;
    for (const page of pages) {
      const parsed: unknown = JSON.parse(
        readFileSync(join(dir, page.replace(/\.html$/u, '.labels.json')), 'utf8'),
      );
      const labels = Array.isArray(parsed) ? parsed.filter(isLabel) : [];
      const keys = labels.map((label) =>
        [label.name, label.name_as_displayed ?? label.name].map(nameKey),
      );
      const detected = findPeople(parseHtml(readFileSync(join(dir, page), 'utf8')), PAGE_URL);
      if (labels.length === 0)
        expect(
          detected.map((p) => p.name),
          page,
        ).toEqual([]);
      labelled += labels.length;
      for (const person of detected) {
        const key = nameKey(person.name);
        if (keys.some((pair) => pair.includes(key))) found++;
        else wrong++;
      }
    }
    expect(found / labelled).toBeGreaterThan(0.95);
    expect(wrong / (found + wrong)).toBeLessThan(0.03);
  });
});
