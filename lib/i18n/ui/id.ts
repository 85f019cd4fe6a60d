/** The interface's own words in Indonesian. */
import { dashboardId } from './dashboard/id';
import type { UiKey } from './en';
import { panelId } from './panel/id';
import { transferId } from './transfer/id';

export const id: Readonly<Record<UiKey, string>> = {
  // The on-page panel and the tag form (lib/i18n/ui/panel)
  ...panelId,
  'invoke.forbidden':
    'Rolecall tidak bisa berjalan di halaman ini. Halaman bawaan browser, toko ekstensi, dan beberapa penampil tertutup untuk ekstensi; buka situs milik perusahaan itu sendiri lalu coba lagi.',
  // The popup
  'popup.account': 'Perusahaan',
  'popup.tagOnPage': 'Tandai seseorang di halaman ini',
  'popup.noAccounts':
    'Belum ada perusahaan. Di halaman tim atau pimpinan sebuah perusahaan, pilih nama seseorang, klik kanan, lalu pilih "Tandai sebagai pemangku kepentingan".',
  'popup.emptyAccount': 'Belum ada orang di peta {account}.',
  'popup.storageFailed': 'Rolecall tidak dapat membuka penyimpanannya: {detail}',
  'popup.erased': '{name} sudah dihapus.',
  'popup.undo': 'Urungkan',
  'popup.eraseQuestion': 'Hapus {name} beserta semua catatan tentangnya?',
  'popup.keep': 'Pertahankan',
  'popup.erase': 'Hapus',
  'popup.openDashboard': 'Semua perusahaan',
  'popup.edit': 'Ubah {name}',
  'popup.eraseNamed': 'Hapus {name}',
  'map.nobodyYet': 'Belum ada orang',
  'map.rolesNobodyHolds': 'Peran yang belum terisi',
  'map.noRole': 'Belum ada peran',
  'map.rolesOf': 'Peran {name}',
  'map.influence': 'Pengaruh: {level}',
  // Coverage in the popup
  'coverage.score': 'Cakupan',
  'coverage.scoreOf': 'Skor cakupan {score} dari 100',
  'coverage.raise': 'Yang paling menaikkan skor',
  'coverage.find': 'Temukan {item}',
  'coverage.strengthen': 'Perkuat {item}',
  'coverage.points': '+{points}',
  'coverage.breadth': 'kontak di berbagai departemen',
  'coverage.functions': 'keuangan, TI, legal, dan pengadaan',
  'coverage.gaps': 'Kekurangan',
  'coverage.noGaps':
    'Tidak ada kekurangan untuk tahap ini. Tetap verifikasi petanya secara berkala.',
  'coverage.questions': 'Pertanyaan untuk diajukan',
  'coverage.copy': 'Salin',
  'coverage.copyQuestion': 'Salin pertanyaan',
  'coverage.copied': 'Tersalin',
  'coverage.concerns': 'Terkait: {names}',
  'coverage.grid': 'Cakupan peran',
  'coverage.people': 'Pemangku kepentingan',
  'coverage.prepare': 'Siapkan panggilan',
  'coverage.briefCopied': 'Persiapan panggilan tersalin. Tempelkan ke catatan atau email Anda.',
  'coverage.copyFailed': 'Gagal menyalin ke papan klip.',
  'deal.context': 'Konteks kesepakatan',
  'deal.stage': 'Tahap',
  'deal.decisionMode': 'Cara mereka memutuskan',
  'deal.channel': 'Saluran',
  'deal.preset': 'Metodologi',
  'deal.questionLanguage': 'Bahasa pertanyaan',
  'deal.choose': 'Transaksi',
  'deal.add': 'Transaksi baru',
  'deal.newName': 'Nama transaksi baru',
  'deal.create': 'Tambah transaksi',
  'deal.others': 'Transaksi lain dengan perusahaan ini',
  'deal.name': 'Nama transaksi',
  'deal.amount': 'Nilai',
  'deal.closeDate': 'Tanggal penutupan',
  'deal.crmId': 'Id peluang di CRM',
  'map.elsewhere': '{stance} di {deal}',
  // Languages, by their own names
  'language.en': 'English',
  'language.ru': 'Русский',
  'language.zh': '中文',
  'language.id': 'Bahasa Indonesia',
  'language.fi': 'Suomi',
  'language.de': 'Deutsch',
  // The dashboard (lib/i18n/ui/dashboard)
  ...dashboardId,
  // Moving maps in and out (lib/i18n/ui/transfer)
  ...transferId,
};
