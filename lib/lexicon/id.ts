import { titles } from './titles/id';
import type { Lexicon } from './types';

export const id: Lexicon = {
  language: 'id',
  nameLabels: [
    { term: 'nama', example: 'Nama: Budi Santoso' },
    { term: 'nama lengkap', example: 'Nama lengkap: Budi Santoso' },
  ],
  postLabels: [
    { term: 'jabatan', example: 'Jabatan: Direktur Utama' },
    { term: 'posisi', example: 'Posisi: Sekretaris' },
  ],
  contactLabels: [
    { term: 'telepon', example: 'Telepon: (021) 123456' },
    { term: 'telp', example: 'Telp. 0812 3456 789' },
    { term: 'hp', example: 'HP: 0812 3456 789' },
    { term: 'surel', example: 'Surel: nama@example.id' },
  ],
  posts: [
    {
      match: 'word',
      terms:
        'anggota|staf|staff|analis|konsultan|penasehat|penasihat|pengurus|bidang|komisi|divisi',
      example: 'Anggota Komisi',
    },
    {
      match: 'word',
      terms:
        'bagian|auditor|audit|bendahara|sekretaris|insinyur|pengembang|dosen|guru|peneliti|ketua',
      example: 'Bendahara',
    },
    {
      match: 'word',
      terms: 'manajer|koordinator|asisten|akuntan|teknisi|operator|pengawas|pelaksana',
      example: 'Manajer Keuangan',
    },
    {
      match: 'word',
      terms: 'kasubag|kasubbag|kasi|kasie|penyelia|petugas|admin|perencana|pranata',
      example: 'Kasubag Umum',
    },
    {
      match: 'stem',
      terms: 'ka\\.\\s?(?=\\p{L})|kaprodi|kaprogdi|kajur|kabag|sekprodi|wadek',
      example: 'Ka.Progdi Teknik Mesin-S1',
    },
  ],
  offices: [
    {
      match: 'word',
      terms:
        'bupati|walikota|wali kota|gubernur|camat|lurah|kapolres|kapolda|kapolsek|komandan|dandim|danrem|kepala|menteri|kadis|sekda|kajari|direktur|ketua',
      example: 'Bupati Bogor',
    },
  ],
  nameSuffixes: [],
  formerSections: [
    { term: 'mantan', example: 'Mantan Ketua' },
    { term: 'pengurus periode', example: 'Pengurus Periode 2015-2019' },
    { term: 'periode sebelumnya', example: 'Periode Sebelumnya' },
  ],
  ageUnits: [
    { term: 'tahun', example: '(57 tahun) Direktur Utama' },
    { term: 'thn', example: '(48 thn) Komisaris' },
  ],
  nameColumns: [
    { term: 'nama', example: 'Nama' },
    { term: 'anggota', example: 'Anggota' },
  ],
  postColumns: [
    { term: 'jabatan', example: 'Jabatan' },
    { term: 'tugas', example: 'Tugas' },
  ],
  listJoiners: [{ term: 'dan', example: 'Budi Santoso dan Sri Wahyuni' }],
  representatives: [],
  creditLabels: [{ term: 'foto', example: 'Foto: Budi Santoso' }],
  courtesyTitles: [
    { term: 'bapak', example: 'Bapak Santoso' },
    { term: 'ibu', example: 'Ibu Wahyuni' },
    { term: 'pak', example: 'Pak Santoso' },
    { term: 'bu', example: 'Bu Wahyuni' },
  ],
  siteSections: [
    { term: 'tentang kami', example: 'Tentang Kami' },
    { term: 'beranda', example: 'Beranda' },
    { term: 'hubungi kami', example: 'Hubungi Kami' },
    { term: 'manajemen', example: 'Manajemen' },
    { term: 'profil perusahaan', example: 'Profil Perusahaan' },
    { term: 'hubungan investor', example: 'Hubungan Investor' },
  ],
  titles,
};
