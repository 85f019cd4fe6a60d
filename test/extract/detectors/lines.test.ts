import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/extract/detectors/lines';
import { loadFixture, PAGE_URL, parseHtml } from '../fixtures';

describe('lines detector', () => {
  it('reads "Nachname, Vorname - Rolle - E-Mail" lines in natural name order', () => {
    const found = detect(loadFixture('lines/de-team-list.html'), PAGE_URL);
    expect(found.map((c) => [c.name, c.title, c.email])).toEqual([
      ['Sabine Hartmann-Vogel', 'Geschäftsführerin, Vorstand', 'shv@verein.example'],
      ['Lukas Krüger', 'Büroleiter und Datenschutzbeauftragter', 'lukas.krueger@verein.example'],
      ['Elif Öztürk', 'Pressereferentin', 'elif@verein.example'],
      ['Jonas Brandt', 'Programmierer', 'jonas@verein.example'],
    ]);
  });

  it('ignores lists whose lines are not people', () => {
    const doc = parseHtml(
      '<ul><li>Satzung - PDF - 2019</li><li>Impressum - Kontakt</li><li>Presse - Archiv</li></ul>',
    );
    expect(detect(doc, PAGE_URL)).toEqual([]);
  });

  it('reads "Name – Role" lines in English', () => {
    const doc = parseHtml(
      '<ul><li>Ana Costa – Head of Procurement</li><li>Ben Ito – IT Director</li></ul>',
    );
    expect(detect(doc, PAGE_URL).map((c) => [c.name, c.title])).toEqual([
      ['Ana Costa', 'Head of Procurement'],
      ['Ben Ito', 'IT Director'],
    ]);
  });

  it('reads "Name (Role)" lines and leaves places in parentheses alone', () => {
    const found = detect(loadFixture('lines/en-parens.html'), PAGE_URL);
    expect(found.map((c) => [c.name, c.title])).toEqual([
      ['Margaret Holloway', 'Chair'],
      ['Daniel Okonkwo', 'Chief Financial Officer'],
      ['Priya Raman', 'Non-Executive Director'],
    ]);
  });

  it('reads the role first, before a dash or a colon (Russian, Chinese)', () => {
    expect(
      detect(loadFixture('lines/ru-title-dash-name.html'), PAGE_URL).map((c) => [c.name, c.title]),
    ).toEqual([
      ['Павлов Николай Иванович', 'Председатель правления'],
      ['Григорьев Антон Павлович', 'Главный инженер'],
      ['Белоусова Светлана Юрьевна', 'Руководитель службы закупок'],
    ]);
    expect(
      detect(loadFixture('lines/zh-colon.html'), PAGE_URL).map((c) => [c.name, c.title]),
    ).toEqual([
      ['王建国', '董事长'],
      ['李晓明', '首席执行官'],
      ['张伟', '首席财务官'],
    ]);
  });

  it('leaves the key people in an encyclopedia infobox alone', () => {
    expect(detect(loadFixture('negative/en-wiki-infobox.html'), PAGE_URL)).toEqual([]);
  });

  it('reads a bold label and its value as a field, never as a name and a post', () => {
    const doc = parseHtml(`<div class="bio">
      <p><strong>Rangkap Jabatan:</strong> Sekretaris Jenderal Kementerian Perhubungan</p>
      <p><strong>Hubungan Afiliasi:</strong> Tidak memiliki hubungan afiliasi dengan Direksi</p>
      <p><strong>Komite Audit:</strong> Ketua Komite Audit dan Pemantau Risiko</p></div>`);
    expect(detect(doc, PAGE_URL)).toEqual([]);
  });

  it('takes no menu entry or link to another page for a person or a post', () => {
    const doc = parseHtml(`<div class="navbar"><ul>
      <li><a href="profil.php">Profil</a><br><ul class="dropdown-menu">
        <li><a href="hilir.php">Produk Hilir</a></li><li><a href="kawasan.php">Kawasan Ekonomi Khusus</a></li>
        <li><a href="katalog.php">Katalog Produk</a></li></ul></li></ul></div>
      <div class="col"><p><a href="komisaris.php">Dewan Komisaris</a><br>Hubungan Investor<br>
        <a href="direksi.php">Direktur Utama</a><br>Laporan Tahunan<br>
        <a href="sdm.php">Kepala Divisi</a><br>Kinerja Keuangan</p></div>`);
    expect(detect(doc, PAGE_URL)).toEqual([]);
  });
});
