import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/contacts';
import { loadFixture, namesAndTitles, PAGE_URL, parseHtml, peopleIn } from '../fixtures';

describe('contacts detector', () => {
  it('reads a lone contact card and a "post — name, tel." line, not the office or the quote', () => {
    expect(namesAndTitles(peopleIn('contacts/en-press-contacts.html'))).toEqual([
      ['Jenna Sorrell', 'Director, Corporate Communications'],
      ['Olusegun Adeyemi-Hart', 'Company secretary'],
    ]);
  });

  it('reads a name, a lower-case Finnish post and the ways to reach her', () => {
    expect(detect(loadFixture('contacts/fi-ir-contact.html'), PAGE_URL)).toMatchObject([
      {
        name: 'Laura Heinonen',
        title: 'viestintä- ja sijoittajasuhdepäällikkö',
        email: 'ir@routakoski.example',
      },
    ]);
  });

  it('joins a surname written on the line above the rest of the name', () => {
    expect(
      namesAndTitles(
        detect(
          parseHtml(`<div class="card"><div class="name">Никитина<br>Дарья Игоревна</div>
            <div class="post">Менеджер по снабжению</div><a href="mailto:nikitina@x.example">Написать</a></div>`),
          PAGE_URL,
        ).map((candidate) => ({ ...candidate, key: '', evidence: [candidate.evidence] })),
      ),
    ).toEqual([['Никитина Дарья Игоревна', 'Менеджер по снабжению']]);
  });

  it('leaves a directory of many contacts to the lists and grids', () => {
    const rows = Array.from(
      { length: 45 },
      (_, i) =>
        `<div class="c"><p>Person ${i}</p><p>Sales Manager</p><a href="mailto:p${i}@x.example">mail</a></div>`,
    ).join('');
    expect(detect(parseHtml(`<main>${rows}</main>`), PAGE_URL)).toEqual([]);
  });

  it('takes no contact line that names a desk or sits in a table', () => {
    expect(
      detect(
        parseHtml(`<p>Sales desk — Export orders, tel. <a href="tel:+4930123">030 123</a></p>
          <table><tr><td>Permian Basin</td><td>Territory Manager</td><td><a href="tel:+1432555">432 555</a></td></tr></table>`),
        PAGE_URL,
      ),
    ).toEqual([]);
  });
});
