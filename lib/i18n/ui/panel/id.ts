/** The on-page panel's words in Indonesian. */
import type { PanelKey } from './en';

export const panelId: Readonly<Record<PanelKey, string>> = {
  'panel.title': 'Tandai pemangku kepentingan',
  'panel.close': 'Tutup Rolecall',
  'panel.loading': 'Memuat…',
  'panel.known': '{name} sudah ada di peta {account}: menyimpan akan memperbarui datanya.',
  'panel.saved': '{name} tersimpan di peta {account}.',
  'panel.updated': 'Data {name} di peta {account} sudah diperbarui.',
  'panel.done': 'Selesai',
  'panel.unreachable':
    'Rolecall tidak dapat menjangkau penyimpanannya. Jika ekstensi baru saja diperbarui, muat ulang halaman lalu coba lagi.',
  'form.name': 'Nama',
  'form.title': 'Jabatan',
  'form.account': 'Perusahaan',
  'form.roles': 'Peran dalam keputusan',
  'form.stance': 'Sikap',
  'form.influence': 'Pengaruh',
  'form.influence.high': 'Tinggi',
  'form.influence.medium': 'Sedang',
  'form.influence.low': 'Rendah',
  'form.influence.unknown': 'Belum diketahui',
  'form.department': 'Departemen',
  'form.departmentUnknown': 'Belum diketahui',
  'form.note': 'Catatan',
  'form.save': 'Simpan',
  'form.update': 'Perbarui',
  'form.saveChanges': 'Simpan perubahan',
  'form.saving': 'Menyimpan…',
  'form.cancel': 'Batal',
  'form.nameRequired': 'Masukkan nama orangnya.',
  'form.accountRequired': 'Pilih perusahaan atau ketik yang baru.',
  'form.suggested': 'Saran dari jabatan: {roles}',
  'save.noSpace':
    'Gagal menyimpan: ruang penyimpanan browser sudah habis. Kosongkan sebagian ruang disk lalu coba lagi.',
  'save.failed': 'Gagal menyimpan ({detail}). Semua yang Anda ketik masih ada: silakan coba lagi.',
};
