/** Words for moving maps in and out, in Indonesian. */
import type { TransferCatalog } from './index';

export const transferId: TransferCatalog = {
  // Where a problem is
  'transfer.where.row': 'Baris {row}',
  'transfer.where.rowColumn': 'Baris {row}, kolom "{column}"',
  'transfer.where.line': 'Baris {line}',
  'transfer.where.lineColumn': 'Baris {line}, posisi {column}',
  'transfer.where.mapping': 'Pemetaan kolom',
  'transfer.where.path': '{path}',
  'transfer.where.person': 'Orang ke-{number}',
  'transfer.where.personNamed': 'Orang ke-{number} ({name})',
  'transfer.where.account': 'Perusahaan ke-{number}',
  'transfer.where.accountNamed': 'Perusahaan ke-{number} ({name})',
  'transfer.where.deal': 'Transaksi ke-{number}',
  'transfer.where.dealNamed': 'Transaksi ke-{number} ({name})',
  'transfer.where.record': '{record} ({path})',
  'transfer.where.recordField': '{record}, kolom data "{field}" ({path})',
  'transfer.where.personByName': 'Orang "{name}"',
  // What a value is
  'transfer.kind.text': 'teks',
  'transfer.kind.number': 'angka',
  'transfer.kind.list': 'daftar',
  'transfer.kind.object': 'objek',
  'transfer.kind.boolean': 'benar atau salah',
  // What is wrong with a file
  'transfer.problem.tooBig':
    'Ukuran file {size}; Rolecall hanya mengimpor file hingga {max}. Pastikan ini cadangan Rolecall atau CSV kontak, atau pecah menjadi file yang lebih kecil.',
  'transfer.problem.emptyFile': 'File ini kosong.',
  'transfer.problem.workbook':
    'Ini workbook spreadsheet atau file zip, bukan CSV. Simpan sebagai "CSV UTF-8" lalu impor file itu.',
  'transfer.problem.binary':
    'Ini bukan file teks (tampaknya data biner). Pilih cadangan Rolecall (.json) atau file CSV.',
  'transfer.problem.badEncoding':
    'Baris ini bukan teks {encoding} yang valid (file mungkin mencampur encoding, misalnya baris yang ditempel dari spreadsheet lama). Buka file di spreadsheet, simpan sebagai "CSV UTF-8", lalu impor lagi.',
  'transfer.problem.notBackupStart':
    'Ini bukan cadangan Rolecall: cadangan adalah file JSON yang diawali "{".',
  'transfer.problem.cutOff':
    'File berakhir terlalu cepat, seperti terpotong (unduhan atau salinan terputus?). Ekspor ulang cadangan lalu impor file yang baru.',
  'transfer.problem.invalidJson':
    'Ini bukan JSON yang valid, jadi tidak mungkin cadangan Rolecall.',
  'transfer.problem.notRolecall':
    'File JSON ini bukan cadangan Rolecall (tidak ada "format": "{format}").',
  'transfer.problem.newerVersion':
    'Cadangan ini dibuat oleh Rolecall yang lebih baru (versi format {version}; versi ini membaca versi {supported}). Perbarui Rolecall, lalu impor lagi.',
  'transfer.problem.sameAccountId':
    'memiliki id yang sama dengan perusahaan ke-{first}; setiap perusahaan hanya boleh muncul sekali.',
  'transfer.problem.samePersonId':
    'memiliki id yang sama dengan orang ke-{first}; setiap orang hanya boleh muncul sekali.',
  'transfer.problem.accountNotInFile':
    'termasuk perusahaan "{account}", yang tidak ada di file ini.',
  'transfer.problem.sameDealId':
    'memiliki id yang sama dengan transaksi ke-{first}; setiap transaksi hanya boleh muncul sekali.',
  'transfer.problem.dealNotInAccount':
    'terlibat di transaksi "{deal}", yang bukan transaksi perusahaannya di berkas ini.',
  'transfer.problem.missing': 'tidak ada.',
  'transfer.problem.notWhole': 'harus bilangan bulat, bukan {got}.',
  'transfer.problem.shouldBe': 'harus berupa {expected}, bukan {got}.',
  'transfer.problem.notOneOf': '{got} bukan salah satu dari {values}.',
  'transfer.problem.tooLong': 'lebih dari {max} karakter.',
  'transfer.problem.aboveMax': 'lebih dari {max}.',
  'transfer.problem.blank': 'kosong.',
  'transfer.problem.tooFew': 'perlu setidaknya {min} item.',
  'transfer.problem.negative': 'bernilai negatif.',
  'transfer.problem.belowMin': 'kurang dari {min}.',
  'transfer.problem.notDateTime': '{got} bukan tanggal dan waktu seperti 2024-03-01T09:30:00.000Z.',
  'transfer.problem.badFormat': '{got} bukan {format} yang valid.',
  'transfer.problem.other': '{detail}',
  'transfer.problem.more': '…dan {count} masalah serupa lainnya.',
  'transfer.problem.notCsv': 'File tidak dapat dibaca sebagai CSV.',
  'transfer.problem.openQuote':
    'Sebuah sel membuka tanda kutip (") yang tidak pernah ditutup, sehingga sisa file akan menjadi satu sel.',
  'transfer.problem.textAfterQuote':
    'Sebuah sel bertanda kutip memiliki teks setelah tanda kutip penutup (") sebelum koma berikutnya.',
  'transfer.problem.badRow': 'Baris ini bukan CSV yang valid.',
  'transfer.problem.tooManyRows':
    'File memiliki lebih dari {max} baris; Rolecall mengimpor hingga {max} orang sekaligus. Pecah menjadi file yang lebih kecil.',
  'transfer.problem.noHeader': 'Baris pertama seharusnya berisi nama kolom, tetapi kosong.',
  'transfer.problem.noRows': 'File memiliki nama kolom tetapi tidak ada baris.',
  'transfer.problem.samePersonRow':
    'memiliki id orang yang sama dengan baris {row}; setiap orang hanya boleh muncul sekali.',
  'transfer.problem.noCompany': 'tidak menyebut perusahaan untuk orang ini.',
  'transfer.problem.notDate': '{got} bukan tanggal seperti 2024-03-01.',
  'transfer.problem.notDateOrTime':
    '{got} bukan tanggal seperti 2024-03-01 atau 2024-03-01T09:30:00Z.',
  'transfer.problem.formula':
    'diawali seperti rumus spreadsheet; disimpan sebagai teks biasa, tidak pernah dijalankan, dan dinetralkan saat ekspor.',
  'transfer.problem.nobodyCalled':
    'tidak ada orang bernama {name} di perusahaan "{account}" dalam file ini; dibiarkan kosong.',
  'transfer.problem.twoColumns': 'Dua kolom sama-sama dipetakan ke "{field}"; pilih salah satu.',
  'transfer.problem.chooseName':
    'Pilih kolom yang berisi nama orang (nama lengkap, atau nama depan dan belakang).',
  'transfer.problem.chooseCompany':
    'Pilih kolom yang berisi nama perusahaan, atau tentukan satu perusahaan untuk semua.',
  'transfer.problem.bossUnknown':
    'melapor kepada seseorang yang tidak ada di file maupun di peta Anda; "melapor kepada" dibiarkan kosong.',
  'transfer.problem.writeRefused':
    'Tidak ada yang diimpor: database browser menolak penulisan ({reason}). Peta Anda tidak berubah.',
  'transfer.problem.cannotOpen': 'File tidak dapat dibuka (apakah file itu ada?).',
  // The fields a CSV column can hold
  'transfer.field.account-name': 'Perusahaan (nama)',
  'transfer.field.account-domains': 'Domain situs perusahaan',
  'transfer.field.first-name': 'Nama depan',
  'transfer.field.last-name': 'Nama belakang',
  'transfer.field.name': 'Nama lengkap',
  'transfer.field.title': 'Jabatan',
  'transfer.field.department': 'Departemen',
  'transfer.field.seniority': 'Jenjang',
  'transfer.field.roles': 'Peran dalam keputusan',
  'transfer.field.stance': 'Sikap',
  'transfer.field.influence': 'Pengaruh',
  'transfer.field.reports-to': 'Melapor kepada (nama)',
  'transfer.field.email': 'Surel',
  'transfer.field.phone': 'Telepon',
  'transfer.field.profile-url': 'URL profil',
  'transfer.field.evidence-source-url': 'Bukti: halaman sumber',
  'transfer.field.evidence-captured-at': 'Bukti: dicatat pada',
  'transfer.field.evidence-method': 'Bukti: cara dicatat',
  'transfer.field.evidence-last-verified-at': 'Bukti: terakhir diverifikasi',
  'transfer.field.note': 'Catatan',
  'transfer.field.created-at': 'Orang ditambahkan pada',
  'transfer.field.updated-at': 'Orang diubah pada',
  'transfer.field.account-stage': 'Tahap kesepakatan',
  'transfer.field.deal-name': 'Transaksi',
  'transfer.field.deal-id': 'Id transaksi Rolecall',
  'transfer.field.deal-amount': 'Nilai transaksi',
  'transfer.field.deal-close-date': 'Tanggal penutupan',
  'transfer.field.deal-crm-id': 'Id peluang di CRM',
  'transfer.field.account-decision-mode': 'Cara mereka memutuskan',
  'transfer.field.account-channel': 'Saluran kesepakatan',
  'transfer.field.account-preset': 'Metodologi',
  'transfer.field.account-language': 'Bahasa pertanyaan',
  'transfer.field.account-created-at': 'Perusahaan ditambahkan pada',
  'transfer.field.account-updated-at': 'Perusahaan diubah pada',
  'transfer.field.deal-created-at': 'Transaksi ditambahkan pada',
  'transfer.field.deal-updated-at': 'Transaksi diubah pada',
  'transfer.field.person-id': 'Id orang di Rolecall',
  'transfer.field.account-id': 'Id perusahaan di Rolecall',
  'transfer.field.reports-to-id': 'Melapor kepada (id Rolecall)',
  // Export
  'transfer.export.heading': 'Ekspor',
  'transfer.export.what': 'Apa yang diekspor',
  'transfer.export.all': 'Semua perusahaan ({accounts} perusahaan, {people} orang)',
  'transfer.export.one': 'Satu perusahaan',
  'transfer.export.account': 'Perusahaan',
  'transfer.export.format': 'Format',
  'transfer.export.json': 'Cadangan Rolecall (JSON)',
  'transfer.export.jsonHint':
    'Semuanya, termasuk id dan bukti: pulihkan di komputer baru atau bagikan ke rekan kerja.',
  'transfer.export.csv': 'Spreadsheet (CSV)',
  'transfer.export.csvHint':
    'Satu baris per orang dan transaksi, untuk Excel, Google Sheets, atau Numbers.',
  'transfer.export.hubspot': 'Kontak dan transaksi HubSpot (tiga file CSV)',
  'transfer.export.hubspotHint':
    'Di HubSpot: impor file kontak, lalu file transaksi, lalu file kontak transaksi (asosiasi berlabel sesuai peran); lihat README.',
  'transfer.export.salesforce': 'Salesforce (dua file CSV)',
  'transfer.export.salesforceHint':
    'Impor dulu file kontak dengan Data Import Wizard, lalu file peran kontak; lihat README.',
  'transfer.export.download': 'Unduh',
  'transfer.export.downloaded': 'Sudah diunduh: {files}.',
  'transfer.export.nothing': 'Belum ada yang bisa diekspor: tandai beberapa orang dulu.',
  'transfer.export.failed': 'Gagal mengekspor ({detail}). Peta Anda tidak berubah: coba lagi.',
  'transfer.export.short': 'Ekspor {account}',
  'transfer.export.as': 'Unduh {account} sebagai {format}',
  'transfer.format.json': 'JSON',
  'transfer.format.csv': 'CSV',
  'transfer.format.hubspot': 'HubSpot',
  'transfer.format.salesforce': 'Salesforce',
  // Import
  'transfer.import.heading': 'Impor',
  'transfer.import.choose': 'Pilih file',
  'transfer.import.hint':
    'Cadangan Rolecall (.json) atau CSV kontak dari spreadsheet atau CRM. Tidak ada yang ditulis sebelum Anda mengonfirmasi pratinjau.',
  'transfer.import.reading': 'Membaca {file}…',
  'transfer.import.parsing': 'Membaca {file}…',
  'transfer.import.checking': 'Memeriksa {file}…',
  'transfer.import.planning': 'Membandingkan {file} dengan peta Anda…',
  'transfer.import.writing': 'Mengimpor {file}…',
  'transfer.import.progress': '{percent}%',
  'transfer.import.refused': '{file} tidak diimpor. Tidak ada yang berubah di peta Anda.',
  'transfer.import.applyFailed': 'Impor tidak selesai. Tidak ada yang berubah di peta Anda.',
  'transfer.import.another': 'Pilih file lain',
  'transfer.import.done':
    '{file} diimpor: {accountsAdded} perusahaan baru dan {accountsUpdated} diperbarui, {peopleAdded} orang baru dan {peopleUpdated} diperbarui.',
  'transfer.import.kept': 'Versi Anda untuk {count} orang dipertahankan.',
  'transfer.import.warnings': 'Perlu diketahui',
  'transfer.mapping.heading': 'Kolom mana berisi apa?',
  'transfer.mapping.hint':
    'Rolecall menebak dari nama kolom {file} ({rows} baris). Periksa setiap tebakan; kolom yang diatur ke "Abaikan" tidak diimpor.',
  'transfer.mapping.column': 'Kolom di file',
  'transfer.mapping.sample': 'Baris pertama',
  'transfer.mapping.field': 'Impor sebagai',
  'transfer.mapping.ignore': 'Abaikan',
  'transfer.mapping.fallback': 'Perusahaan untuk baris tanpa perusahaan',
  'transfer.mapping.fallbackHint': 'Biarkan kosong jika setiap baris menyebut perusahaannya.',
  'transfer.mapping.continue': 'Pratinjau impor',
  'transfer.mapping.back': 'Kembali ke kolom',
  'transfer.preview.heading': 'Pratinjau: {file}',
  'transfer.preview.accountsAdd': 'Perusahaan baru',
  'transfer.preview.accountsUpdate': 'Perusahaan diperbarui',
  'transfer.preview.peopleAdd': 'Orang baru',
  'transfer.preview.peopleUpdate': 'Orang diperbarui',
  'transfer.preview.unchanged': 'Sudah ada di peta Anda',
  'transfer.preview.nothingNew': 'Semua isi file ini sudah ada di peta Anda.',
  'transfer.preview.conflicts': 'Orang yang mungkin sudah ada di peta Anda',
  'transfer.preview.conflictsHint': 'Pilih untuk setiap jenis apa yang terjadi pada mereka.',
  'transfer.preview.pair': '{mine} di peta Anda, {theirs} di file ({account})',
  'transfer.preview.more': '…dan {count} lainnya',
  'transfer.preview.apply': 'Impor',
  'transfer.preview.cancel': 'Batal',
  'transfer.conflict.edited-here': 'Diubah di peta Anda setelah file dibuat ({count})',
  'transfer.conflict.profile-url': 'Alamat profil sama ({count})',
  'transfer.conflict.email': 'Surel sama ({count})',
  'transfer.conflict.name': 'Nama sama di perusahaan yang sama ({count})',
  'transfer.choice.keep-mine': 'Pertahankan milik saya',
  'transfer.choice.take-theirs': 'Ambil dari file',
  'transfer.choice.keep-both': 'Simpan keduanya',
  // Erasing an account
  'transfer.erase.button': 'Hapus perusahaan ini',
  'transfer.erase.question':
    'Hapus {account} dan semua {count} orang di dalamnya? Semua catatan tentang mereka dihapus.',
  'transfer.erase.keep': 'Pertahankan',
  'transfer.erase.confirm': 'Hapus',
  'transfer.erase.done': '{account} sudah dihapus.',
  'transfer.erase.undo': 'Urungkan',
  'transfer.erase.failed': 'Gagal menghapus ({detail}). Tidak ada yang dihapus.',
  // The pre-export check for CRM files, and messages added with it
  'transfer.problem.noVersion':
    'Cadangan Rolecall ini tidak punya "version" (bilangan bulat seperti 1), jadi Rolecall tidak tahu cara membacanya. Ekspor ulang cadangan, atau tambahkan "version": 1 jika file ditulis manual.',
  'transfer.problem.versionNotNumber':
    '"version" harus bilangan bulat seperti 1, bukan {got}. Tulis tanpa tanda kutip ("version": 1), atau ekspor ulang cadangan.',
  'transfer.problem.jsonNotUtf8':
    'Baris ini bukan UTF-8 yang valid. Cadangan Rolecall selalu UTF-8, jadi file diubah setelah diekspor (disimpan editor dengan encoding lain?). Ekspor ulang cadangan, atau simpan file sebagai UTF-8 di editor Anda.',
  'transfer.problem.missingOneOf': 'tidak ada; seharusnya salah satu dari {values}.',
  'transfer.problem.trailingComma':
    'Ada koma setelah item terakhir sebelum kurung ini, dan JSON tidak mengizinkannya. Hapus koma itu lalu impor lagi.',
  'transfer.problem.reportsToSelf':
    'melapor kepada dirinya sendiri; "melapor kepada" harus menyebut orang lain. Kosongkan atau pilih atasannya, lalu impor lagi.',
  'transfer.problem.controlChar':
    'berisi karakter kontrol tak terlihat ({code}) yang tidak boleh ada dalam teks dan akan merusak file CSV. File mungkin rusak: hapus karakter itu lalu impor lagi.',
  'transfer.check.heading': 'Sebelum Anda mengimpor ini ke {crm}',
  'transfer.check.hint':
    'File sudah siap, tetapi {crm} akan melakukan hal berikut. Perbaiki dulu di Rolecall, atau tetap unduh.',
  'transfer.check.names': '{names}',
  'transfer.check.namesMore': '{names} dan {more} lainnya',
  'transfer.check.noDomain':
    '{count} akun tidak punya domain situs web: {names}. HubSpot mencocokkan perusahaan lewat domain, jadi membuat perusahaan baru untuk setiap kontak akun ini. Perbaikan: tambahkan domain pada akun di Rolecall, lalu ekspor lagi.',
  'transfer.check.noEmail':
    '{count} orang tidak punya email: {names}. HubSpot hanya mengenali kontak lama lewat email, jadi setiap impor membuat mereka lagi dan tidak bisa menambah peran pembelian. Perbaikan: tambahkan email di Rolecall, atau impor sekali lalu perbarui di HubSpot.',
  'transfer.check.tooLong':
    '{count} nilai di "{column}" lebih panjang dari batas Salesforce ({max} karakter): {names}. Salesforce menolak baris ini. Perbaikan: persingkat di Rolecall, lalu ekspor lagi.',
  'transfer.check.guarded':
    '{count} nilai di "{column}" diawali seperti rumus spreadsheet: {names}. Nilai ini diberi apostrof di depan agar tidak dijalankan spreadsheet, dan {crm} menyimpan apostrof itu. Perbaikan: jika nilai tidak seharusnya diawali begitu, ubah di Rolecall.',
  'transfer.check.otherRole':
    '{count} orang adalah penjaga gerbang atau inisiator: {names}. {crm} tidak punya peran itu dan mencatatnya sebagai "Other". Perbaikan: tidak perlu; untuk menjaga perbedaannya, tambahkan peran itu ke daftar nilai {crm} dan ubah baris ini.',
  'transfer.check.sameAccountName':
    'Akun berbeda bernama sama: {names}. Import Wizard mencocokkan akun lewat nama dan situs, jadi kontaknya masuk ke satu akun. Perbaikan: ganti nama salah satunya di Rolecall (tambahkan kota atau negara), lalu ekspor lagi.',
  'transfer.check.anyway': 'Tetap unduh',
  'transfer.check.cancel': 'Batal',
  'transfer.export.hubspotAdd':
    'Tambahkan peran pembelian ke peran yang sudah dimiliki kontak di HubSpot, bukan menggantinya',
};
