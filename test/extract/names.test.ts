/** Telling names from other short text, six languages; every name here is invented. */
import { describe, expect, it } from 'vitest';
import {
  cleanName,
  looksLikeName,
  nameKey,
  namesInList,
  plausibleName,
  stripHonorifics,
  surnameFirstToNatural,
} from '../../lib/extract/names';

describe('names', () => {
  it.each([
    'Laura Chambers',
    'Jaap van Zweden',
    'Lindsey O’Brien',
    'Laura McAllister',
    'Greta Brenner-Lindqvist',
    'Соколова Дарья Павловна',
    'Орлов Игорь Петрович',
    '陈伟',
    '林晓雯',
    'Aino Mäkelä',
    'Jörg Häußler',
    'A. N. Other',
    'Yukio "Kai" Morimoto',
  ])('reads %s as a name', (text) => {
    expect(looksLikeName(text)).toBe(true);
  });

  it.each([
    'Chief Executive Officer',
    'Read more',
    'Markets rally on trade news today',
    'Markets Rally As Prices Fall',
    'Neue Studie Zur Energiewende',
    'Contact us: +49 30 1234',
    'CEO NASA',
    'of the',
    'Generaldirektor',
    'Globex Corporation',
    'Initech Solutions',
  ])('does not read %s as a name', (text) => {
    expect(looksLikeName(text)).toBe(false);
  });

  it('accepts one-word names only where a column says every entry is a name', () => {
    expect(looksLikeName('Lindgren')).toBe(false);
    expect(looksLikeName('Lindgren', { allowSingleWord: true })).toBe(true);
  });

  it('accepts handles and surnames in capitals where a page keeps its names, never a post or a heading', () => {
    for (const name of [
      'Kazuhiko',
      'LI Wenjing',
      'Mira Sol 三宅',
      'Prof. Dr. Ir. H. Budi Hartono, M.Sc.',
    ]) {
      expect(plausibleName(name)).toBe(true);
    }
    for (const text of [
      'Chief Financial Officer',
      'Name',
      'Globex Corporation',
      'https://x.example',
    ]) {
      expect(plausibleName(text)).toBe(false);
    }
  });

  it.each([
    ['Drs. Bambang Wijaya, M.Si', 'Bambang Wijaya'],
    ['Dewi Lestari, SE.,MM', 'Dewi Lestari'],
    ['Agus Pratama S.Sos., MM', 'Agus Pratama'],
    ['Hj. Siti Rahmawati, S.Pd', 'Siti Rahmawati'],
    ['M. Yusuf, SE,.M,.Si', 'M. Yusuf'],
    ['Dr. John Smith', 'John Smith'],
    ['Dipl.-Kfm. Rainer Albrecht', 'Rainer Albrecht'],
    ['Jeff Leek, PhD', 'Jeff Leek'],
    ['Brenner, Greta', 'Brenner, Greta'],
  ])('strips honorifics and degrees: %s → %s', (raw, stripped) => {
    expect(stripHonorifics(raw)).toBe(stripped);
  });

  it('turns surname-first lines into natural order, keeping hyphenated surnames', () => {
    expect(surnameFirstToNatural('Brenner-Lindqvist, Greta, Dr.-Ing.')).toBe(
      'Greta Brenner-Lindqvist',
    );
    expect(surnameFirstToNatural('Vogt, Anneliese')).toBe('Anneliese Vogt');
  });

  it('parts several people written in one line, never one person written surname first', () => {
    expect(namesInList('Sanni Halme, Veera Lahtinen')).toEqual(['Sanni Halme', 'Veera Lahtinen']);
    expect(namesInList('Aaro Niemi ja Liisa Toivonen')).toEqual(['Aaro Niemi', 'Liisa Toivonen']);
    expect(namesInList('王立新、陈晓梅')).toEqual(['王立新', '陈晓梅']);
    expect(surnameFirstToNatural('Sanni Halme, Veera Lahtinen')).toBe(
      'Sanni Halme, Veera Lahtinen',
    );
    expect(namesInList('Vogt, Anneliese')).toBeUndefined();
    expect(namesInList('Dra. Sri Handayani, M. Pd')).toBeUndefined();
    expect(namesInList('Anna Berg, Geschäftsführerin')).toBeUndefined();
  });

  it('takes no site section, field label or company for a name', () => {
    for (const text of ['Tentang Kami', 'Über uns', 'Nama Lengkap', 'Ota yhteyttä', 'About Us']) {
      expect(looksLikeName(text), text).toBe(false);
    }
    expect(looksLikeName('Tomas Kamin')).toBe(true);
    for (const company of ['鼎新投資(股)公司', '华远集团', '恒达股份']) {
      expect(plausibleName(company), company).toBe(false);
    }
  });

  it('drops an ideographic space inside a Chinese name', () => {
    expect(cleanName('张\u3000三')).toBe('张三');
  });

  it('gives one key to the same person written with or without titles', () => {
    expect(nameKey('Dr. John Smith')).toBe(nameKey('john  SMITH'));
    expect(nameKey('张\u3000三')).toBe(nameKey('张三'));
  });
});
