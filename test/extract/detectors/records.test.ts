import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../lib/extract';
import { detect } from '../../../lib/extract/detectors/records';
import { isContactLine, readName, readPost } from '../../../lib/extract/records/evidence';
import { loadFixture, PAGE_URL, parseHtml, peopleIn } from '../fixtures';

const read2 = (doc: Document) => detect(doc).map((c) => [c.name, c.title ?? null]);
const read = (path: string) => detect(loadFixture(path)).map((c) => [c.name, c.title ?? null]);

describe('records detector', () => {
  it('reads board cards whose heading holds a call sign after the name', () => {
    expect(read('records/call-sign-board.html')).toEqual([
      ['Kalle Vuorinen', 'Hallituksen puheenjohtaja'],
      ['Liisa Harjunpää', 'Hallituksen jäsen, sihteeri'],
      ['Mikko Tanskanen', 'Hallituksen jäsen'],
    ]);
  });

  it('reads <br>-split lines with a phone line between the name and the post', () => {
    expect(read('records/br-lines-staff.html')).toEqual([
      ['Pekka Saarinen', 'Huoltomies'],
      ['Tiina Kallio', 'Työnjohtaja'],
      ['Oskari Lehto', 'Toimistosihteeri'],
    ]);
  });

  it('reads the post above the name over a duty line below it, and a single name beside a post', () => {
    expect(read('records/post-above-name.html')).toEqual([
      ['Dorothea Winslow', 'Co-President'],
      ['Marcus Ellery', 'Treasurer'],
      ['Rosalind', 'Club Relations'],
    ]);
  });

  it('reads Chinese names padded for alignment and names written with 先生', () => {
    const found = peopleIn('records/chinese-padded.html').map((p) => [p.name, p.title ?? null]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['王勇', '董事长'],
        ['陈志明', '总经理'],
        ['林芳', '副总裁'],
        ['赵立群', expect.stringContaining('首席财务官')],
        ['孙海燕', expect.stringContaining('人力资源总监')],
      ]),
    );
  });

  it('reads "post : name" lines in table cells and in <br>-split paragraphs', () => {
    const found = read('records/id-colon-lines.html');
    expect(found).toHaveLength(8);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Sutrisno Wibisono, S.IP', 'Lurah'],
        ['Dedi Kurniawan, SE', 'Lurah'],
        ['Bambang Hartono, S.Sos, M.Si', 'Lurah'],
        ['Dr. Hendra Saputra, ST, MT', 'Dekan'],
        ['Rina Maharani, ST, MT', 'Wakil Dekan I'],
        ['M. Rizal Pratama, ST, MT', 'Wakil Dekan II'],
        // A one-word name once its degree is set aside; an abbreviated head of a programme.
        ['Suparno, S.Pd', 'Lurah'],
        ['Bayu Nugroho, ST, MT', 'Ka.Progdi Teknik Sipil-S1'],
      ]),
    );
  });

  it('cuts a block at its repeated heading: the post in the heading, a shouted name after it', () => {
    expect(read('records/id-heading-runs.html')).toEqual([
      ['SUTANTO, SE.,MM', 'KETUA UMUM'],
      ['DEWI LESTARI ANGGRAENI ,SE', 'SEKRETARIS UMUM'],
      ['YULIA PERMATASARI', 'BENDAHARA UMUM'],
      ['Agus Setiawan, SE', 'Ketua Bidang Riset & Pengembangan'],
    ]);
  });

  it('parts a bold name from the post after it in one paragraph', () => {
    expect(read('records/fi-bold-name-lines.html')).toEqual([
      ['Aleksi Niskanen', 'Chairman'],
      ['Helmi Rautio', 'Secretary'],
      ['Ville Koskela', 'Treasurer'],
      ['Noora Lahtinen', 'Webmaster'],
    ]);
  });

  it('reads speakers by their handles, photo columns between the cards not counting', () => {
    expect(read('records/en-speakers.html').map(([name]) => name)).toEqual([
      'Harriet Lindqvist',
      'Oliver Brandt',
      'Maria Svensson',
    ]);
  });

  it('parts a post glued before a name, and reads a surname in capitals the lists know', () => {
    expect(read('records/de-glued-and-caps.html')).toEqual([
      ['Thomas Brenner', null],
      ['Stefan Kolb', 'CEO'],
      ['Dr.-Ing. Michael Vogt', null],
      ['Anna WEBER', 'Managing Director'],
      ['Peter HOFFMANN', 'Senior Consultant'],
    ]);
  });

  it('ends a Chinese name at 先生, and parts several post：name pairs in one cell', () => {
    const found = read('records/zh-polite-and-pairs.html');
    expect(found).toEqual(
      expect.arrayContaining([
        ['周建国', '董事长'],
        ['吴海峰', 'CEO'],
        ['郑晓红', '财务总监'],
      ]),
    );
  });

  it('takes a grid of set-off known names for people, and a grid of project names for none', () => {
    expect(read('records/de-names-grid.html')).toEqual([
      ['Jonas Richter', null],
      ['Laura Schmitz', null],
      ['Felix Wagner', null],
    ]);
  });

  it('reads the lines under a heading that names a post, one person each', () => {
    expect(read('records/id-roster-under-heading.html')).toEqual([
      ['Dr. Wahyu Hidayat, ST, MT', 'Dosen Progdi Teknik Elektro-S1'],
      ['Sumarni, ST, M.Eng', 'Dosen Progdi Teknik Elektro-S1'],
      ['Ir. Bagus Prakoso, MT', 'Dosen Progdi Teknik Elektro-S1'],
      ['Lina Kartika Sari, ST, MT', 'Dosen Progdi Teknik Elektro-S1'],
      ['Andi Saputra, S.Kom, M.Kom', 'Dosen Progdi Informatika-S1'],
      ['Fitri Handayani, S.Kom, M.Cs', 'Dosen Progdi Informatika-S1'],
      ['Joko Susilo, S.Kom, MT', 'Dosen Progdi Informatika-S1'],
    ]);
  });

  it('parts a post written before a Chinese name in one heading, a colon after it', () => {
    const doc = parseHtml(
      `<div class="text">${['CEO', 'COO', 'CFO']
        .map(
          (post, i) =>
            `<h2><strong>${post}&nbsp;&nbsp;${['郑立新', '韩晓梅', '罗志强'][i]}:</strong></h2><p>毕业于经济管理专业，从事金融行业多年。</p><img src="p.jpg">`,
        )
        .join('')}</div>`,
    );
    expect(findPeople(doc, PAGE_URL).map((p) => [p.name, p.title ?? null])).toEqual([
      ['郑立新', 'CEO'],
      ['韩晓梅', 'COO'],
      ['罗志强', 'CFO'],
    ]);
  });

  it('takes a post the lexicon lacks when the other lines of its list name known posts', () => {
    const doc = parseHtml(`<ul>
      <li>1. Vorsitzender: Gernot Albrecht</li><li>Kassiererin: Helga Tiedemann</li>
      <li>Mitgliederverwaltung: Jana Roth-Weller</li><li>Sportwart: Udo Kramm</li></ul>
      <ul><li>Öffnungszeiten: Montag bis Freitag</li><li>Adresse: Hafenstraße 4</li></ul>`);
    expect(findPeople(doc, PAGE_URL).map((p) => [p.name, p.title ?? null])).toEqual(
      expect.arrayContaining([['Jana Roth-Weller', 'Mitgliederverwaltung']]),
    );
    expect(findPeople(doc, PAGE_URL).map((p) => p.name)).not.toContain('Montag bis Freitag');
  });

  it('reads committees of two photo cards under their headings as one grid of people', () => {
    const committee = (heading: string, names: string[]) =>
      `<div class="box"><h3>${heading}</h3><div class="row">${names
        .map(
          (n) =>
            `<div class="4u"><div class="6u"><img src="x.jpg" alt=""></div><h4>${n}</h4></div>`,
        )
        .join('')}</div></div>`;
    const doc = parseHtml(
      committee('Finanzen', ['Julia Brandt', 'Markus Hein']) +
        committee('Öffentlichkeitsarbeit', ['Laura Vogt', 'Stefan Ritter']) +
        committee('Projekte', ['Anna Keller', 'Thomas Lang']),
    );
    expect(findPeople(doc, PAGE_URL).map((p) => p.name)).toEqual([
      'Julia Brandt',
      'Markus Hein',
      'Laura Vogt',
      'Stefan Ritter',
      'Anna Keller',
      'Thomas Lang',
    ]);
  });

  it('takes a name the lists lack from the name slot of a grid of people', () => {
    const row = (names: string[]) =>
      `<div class="row">${names
        .map(
          (n) =>
            `<div class="cell"><img src="x.jpg" alt=""><div class="content"><h3>${n}</h3></div></div>`,
        )
        .join('')}</div>`;
    const doc = parseHtml(
      `<h2>Researchers</h2>${row(['Laura Vogt', 'Markus Hein', 'Anna Keller'])}` +
        `<h2>Students</h2>${row(['Thandeka Oyelaran', 'Kai Lindqvist', 'Orzu Tashkentova'])}` +
        row(['Julia Brandt', 'Stefan Ritter', 'Thomas Lang']),
    );
    expect(findPeople(doc, PAGE_URL).map((p) => p.name)).toContain('Thandeka Oyelaran');
    expect(findPeople(doc, PAGE_URL).map((p) => p.name)).toContain('Orzu Tashkentova');
  });

  it('reads each name of a list after a post, a group label or an imprint’s representatives', () => {
    const imprint = parseHtml(`<h1>Impressum</h1>
      <p><strong>Vertreten durch:</strong><br>Jonas Richter, Laura Schmitz, Felix Wagner</p>
      <p><strong>Registereintrag:</strong><br>Amtsgericht Musterstadt</p>
      <p>Fotos: Lena Hartwig, Bruno Castell</p>`);
    expect(findPeople(imprint, PAGE_URL).map((p) => [p.name, p.title ?? null])).toEqual([
      ['Jonas Richter', null],
      ['Laura Schmitz', null],
      ['Felix Wagner', null],
    ]);
    const board = parseHtml(`<h3>Hallitus</h3>
      <p><strong>Puheenjohtaja:</strong> Mikko Laine <a href="mailto:mikko@kerho.example">Sähköposti</a></p>
      <p><strong>Jäsenet:</strong> Hanna Salo, Ilkka Vuorenmaa sekä Ansa Kivikoski</p>`);
    expect(findPeople(board, PAGE_URL).map((p) => [p.name, p.title ?? null])).toEqual([
      ['Mikko Laine', 'Puheenjohtaja'],
      ['Hanna Salo', 'Jäsenet'],
      ['Ilkka Vuorenmaa', 'Jäsenet'],
      ['Ansa Kivikoski', 'Jäsenet'],
    ]);
  });

  it('reads a surname after a form of address as a whole name', () => {
    expect(readName('Frau Zernecke').score).toBe(1);
    expect(readName('Mr Hallworth').score).toBe(1);
    expect(readName('Herr Vertrieb').score).toBe(0);
    expect(readName('Herr Hartwin Spelkerling').score).toBe(1);
    const doc = parseHtml(`<div class="row">
      <div class="col"><img src="a.jpg" alt=""><p>Frau Zernecke<br>Schulleiterin</p></div>
      <div class="col"><img src="b.jpg" alt=""><p>Herr Beutinger<br>Stellvertretender Schulleiter</p></div></div>`);
    expect(read2(doc)).toEqual([
      ['Frau Zernecke', 'Schulleiterin'],
      ['Herr Beutinger', 'Stellvertretender Schulleiter'],
    ]);
    const figure = (name: string) =>
      `<figure><img src="x.jpg" alt="${name}"><figcaption>${name}</figcaption></figure>`;
    const staff = parseHtml(
      `<h2>Das Kollegium</h2><div>${['Frau Allerbrink', 'Herr Gerkensen', 'Frau Blohmeier', 'Herr Frechtl'].map(figure).join('')}</div>`,
    );
    expect(read2(staff).map(([name]) => name)).toEqual([
      'Frau Allerbrink',
      'Herr Gerkensen',
      'Frau Blohmeier',
      'Herr Frechtl',
    ]);
  });

  it('reads a layout table of cards, one per row, and a name broken over two lines', () => {
    const row = (name: string, post: string) =>
      `<tr><td><img src="p.jpg" alt=""></td><td><p><strong>${name}</strong></p><p><b>${post}</b></p><p>Кандидат технических наук, читает курсы по теории управления.</p></td></tr>`;
    const table = parseHtml(
      `<table>${row('Зорина Алла Степановна', 'Заведующий кафедрой информатики.')}${row('Быстров Олег Игоревич', 'Доцент кафедры')}</table>`,
    );
    expect(findPeople(table, PAGE_URL).map((p) => [p.name, p.title ?? null])).toEqual([
      ['Зорина Алла Степановна', 'Заведующий кафедрой информатики'],
      ['Быстров Олег Игоревич', 'Доцент кафедры'],
    ]);
    const card = (name: string, post: string) =>
      `<a class="person" href="#"><img src="" alt=""><div class="name">${name}</div><div class="position">${post}</div></a>`;
    const cards = parseHtml(
      `<div class="persons">${card('Тимур<br>Ахмедов', 'Председатель правления')}${card('Лариса<br>Гончарова', 'Заместитель председателя правления')}${card('Зорина Алла <br> Степановна', 'Член правления')}</div>`,
    );
    expect(findPeople(cards, PAGE_URL).map((p) => p.name)).toEqual([
      'Тимур Ахмедов',
      'Лариса Гончарова',
      'Зорина Алла Степановна',
    ]);
  });

  it('reads a board heading over lines that may each name their own post', () => {
    const doc = parseHtml(`<h5>Seuran johtokunta:</h5>
      <p>Ilona Rautio, puheenjohtaja<br>Petteri Koskela, varapuheenjohtaja<br>Sanni Halme<br>Aaro Niemi</p>
      <h5>Yhdistyksen osoitetiedot:</h5><p>Kirkkotie 7<br>81200 Eno</p>
      <h5>Museo:</h5><p>Alapappilantie 3<br>81200 Eno</p>`);
    expect(findPeople(doc, PAGE_URL).map((p) => [p.name, p.title ?? null])).toEqual([
      ['Ilona Rautio', 'puheenjohtaja'],
      ['Petteri Koskela', 'varapuheenjohtaja'],
      ['Sanni Halme', 'Seuran johtokunta'],
      ['Aaro Niemi', 'Seuran johtokunta'],
    ]);
    expect(isContactLine('Johtokunta 2024-2025')).toBe(false);
    expect(isContactLine('040 741 44 11')).toBe(true);
  });

  it('reads a name after its label: the post heads the card', () => {
    const card = (post: string, name: string) =>
      `<div class="member"><div class="info"><h2>${post}</h2><p>Nimi: ${name}</p></div><div class="image"><img src="x.png" alt="${post}"></div></div>`;
    const doc = parseHtml(
      card('Puheenjohtaja', 'Mikko Laine') +
        card('Varapuheenjohtaja', 'Hanna Salo') +
        card('Rahastonhoitaja', 'Ilkka Vuorenmaa'),
    );
    expect(read2(doc)).toEqual([
      ['Mikko Laine', 'Puheenjohtaja'],
      ['Hanna Salo', 'Varapuheenjohtaja'],
      ['Ilkka Vuorenmaa', 'Rahastonhoitaja'],
    ]);
  });

  it('reads each name of a contact card listing two, and no unit named after a saint', () => {
    const card = (unit: string, names: string, phone: string) =>
      `<div class="col kontakt"><h5>${unit}</h5><p class="kontakt-name">${names}</p><p>Hauptstraße 12<br>10115 Berlin</p><p>Telefon: ${phone}</p></div>`;
    const doc = parseHtml(
      `<div class="row">${card('Kindertagesstätte Miriam', 'Jonas Richter, Laura Schmitz', '56 82 57 59')}${card('Kindertagesstätte Tabita', 'Felix Wagner, Anna Keller', '84 85 71 30')}${card('Friedhofsverwaltung', 'Markus Hein', '56 82 57 33')}</div>`,
    );
    expect(findPeople(doc, PAGE_URL).map((p) => p.name)).toEqual([
      'Jonas Richter',
      'Laura Schmitz',
      'Felix Wagner',
      'Anna Keller',
      'Markus Hein',
    ]);
  });

  it('reads the one person an imprint names as acting for the company', () => {
    const one = parseHtml(`<h1>Impressum</h1><p><strong>Firmenname:</strong> Musterbau GmbH</p>
      <p><strong>Vertreten durch:</strong> Jonas Richter</p><p><strong>Registergericht:</strong> Amtsgericht Musterstadt</p>`);
    expect(findPeople(one, PAGE_URL).map((p) => [p.name, p.title ?? null])).toEqual([
      ['Jonas Richter', null],
    ]);
    const post = parseHtml(`<h1>Impressum</h1><p><strong>Vertreten durch:</strong><br>
      Laura Schmitz (Geschäftsführerin)</p><p><strong>Kontakt:</strong><br>Telefon: 089 1234567</p>`);
    expect(findPeople(post, PAGE_URL).map((p) => [p.name, p.title ?? null])).toEqual([
      ['Laura Schmitz', 'Geschäftsführerin'],
    ]);
  });

  it('takes a tab pane’s post from its tab', () => {
    const doc = parseHtml(`<h2>Board</h2><ul class="nav nav-tabs" role="tablist">
      <li><a href="#President" role="tab">President</a></li><li><a href="#Treasurer" role="tab">Treasurer</a></li>
      <li><button role="tab" aria-controls="Secretary">Secretary</button></li></ul>
      <div class="tab-content">
        <div role="tabpanel" class="tab-pane active" id="President"><h4>Laura Vogt</h4><p>Term ends July 2027</p></div>
        <div role="tabpanel" class="tab-pane" id="Treasurer"><h4>Markus Hein</h4><p>Term ends July 2028</p></div>
        <div role="tabpanel" class="tab-pane" id="Secretary"><h4>Anna Keller</h4><p>Term ends July 2028</p></div></div>`);
    expect(read2(doc)).toEqual([
      ['Laura Vogt', 'President'],
      ['Markus Hein', 'Treasurer'],
      ['Anna Keller', 'Secretary'],
    ]);
  });

  it('reads a lone card: a known name with its post right under or over it', () => {
    expect(read('records/lone-cards.html')).toEqual([
      ['Воронцов Игорь Павлович', 'Президент АО «Северный Транзит»'],
      ['Лаврова Елена', 'Директор филиала ПАО «Связь-Плюс» в г. Тверь'],
      ['Liisa Marttinen', 'Founder'],
    ]);
  });

  it('reads a profile heading that holds the name, a line break and the post', () => {
    const doc = parseHtml(`<main><section><h1>Dorothea Brenner<br>
      <span class="gray">Rechtsanwältin / Notarin</span></h1></section>
      <article><p>Tätigkeitsgebiete: Erbrecht, Familienrecht.</p></article></main>`);
    expect(read2(doc)).toEqual([['Dorothea Brenner', 'Rechtsanwältin / Notarin']]);
    // Inline parts on their own source lines keep a space between them; a quoted line in the
    // article below does not make the page's own title a testimonial.
    const quoted = parseHtml(`<main><section><h1>Dorothea Brenner<br>
      <span class="gray">Rechtsanwältin / Notarin</span>
      <a href="https://verband.example/brenner">Mitglied des Verbands</a></h1></section>
      <article><p>„Erbrecht ist Vertrauenssache“, sagt sie im Interview.</p></article></main>`);
    const [[name, post] = []] = read2(quoted);
    expect(name).toBe('Dorothea Brenner');
    expect(post).toMatch(/^Rechtsanwältin \/ Notarin /u);
  });

  it('takes no unit with a phone line, and nothing from a footer, for a person', () => {
    expect(read('records/units-not-people.html')).toEqual([]);
  });
});

describe('record evidence', () => {
  it('grades a name by shape and by the name lists', () => {
    expect(readName('Kalle Vuorinen, OH9XQZ')).toEqual({ name: 'Kalle Vuorinen', score: 1 });
    expect(readName('Регина Орлова').score).toBe(1);
    expect(readName('Точкин Пётр Ильич').score).toBe(1);
    expect(readName('Regionale Verwaltung').score).toBe(0.7);
    expect(readName('Rosalind').score).toBe(0.5);
    expect(readName('赵立群 先生')).toEqual({ name: '赵立群', score: 1 });
    expect(readName('Telefon: 030 1234567').score).toBe(0);
  });

  it('reads a post with its label dropped', () => {
    expect(readPost('Должность: Ректор')).toEqual({ post: 'Ректор', score: 1 });
    expect(readPost('puh 0400 123 456').score).toBe(0);
  });
});
