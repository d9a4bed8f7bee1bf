/** Words of the Impor data page. */
export const texts = {
  id: {
    title: 'Impor data {{year}}',
    description:
      'Isi data dari templat Excel (atau dari berkas JSON report-data@1): pilih jenis data, unduh templat, isi, unggah, periksa pratinjau, lalu simpan. Tidak ada yang disimpan sebelum Anda menyetujui pratinjau.',
    notStaff: 'Impor data hanya dapat dilakukan oleh operator atau kepala perangkat daerah ini.',
    exportOnly: 'Anda tetap dapat mengekspor data tahun {{year}} sebagai berkas report-data@1.',
    kind: {
      label: 'Jenis data',
      realisasi: 'Realisasi indikator kinerja (per periode)',
      ikm: 'Jawaban survei IKM',
      anggaran: 'Anggaran: pagu dan realisasi per sub kegiatan',
      sosial: 'Data kesejahteraan sosial: PPKS, PSKS, bantuan sosial',
      renstra: 'Renstra dan target (periode yang mencakup tahun ini)',
      'report-data': 'Data laporan setahun (report-data@1, JSON)',
    },
    step1: {
      title: '1. Unduh templat',
      jsonTitle: '1. Ekspor data yang sudah tercatat',
      hint: 'Templat berisi semua indikator tahun {{year}} per periode, beserta nilai yang sudah tercatat. Lembar "Petunjuk" menjelaskan aturan pengisian dengan contoh.',
      download: 'Unduh templat {{year}} (.xlsx)',
      /** Per kind, where the general hint does not fit. */
      hints: {
        anggaran:
          'Templat berisi program, kegiatan, dan sub kegiatan tahun {{year}}: satu baris per sub kegiatan dan jenis belanja, dengan pagu dan realisasi per periode yang sudah tercatat. Kode baru ditambahkan; tidak ada yang dihapus. Lembar "Petunjuk" menjelaskan aturan pengisian dengan contoh.',
        sosial:
          'Templat berisi lembar PPKS, PSKS dan Bantuan tahun {{year}}: satu baris untuk seluruh daerah dan satu per kecamatan, dengan angka yang sudah tercatat. Baris yang kosong tidak mengubah apa pun. Lembar "Petunjuk" mendaftar kode kategori, jenis, program dan kecamatan.',
        renstra:
          'Templat berisi Renstra yang mencakup tahun {{year}}: lembar Sasaran dan Indikator (definisi, polaritas, target tiap tahun dan target akhir), dengan isi yang sudah tersimpan. Kode baru ditambahkan; sel kosong tidak mengubah yang tersimpan; tidak ada yang dihapus.',
        ikm: 'Templat berisi jawaban survei IKM tahun {{year}} yang sudah tersimpan, satu baris per responden (U1–U9 bernilai 1–4). Survei yang ada di berkas diganti jawabannya. Buat surveinya dulu di halaman IKM. Lembar "Petunjuk" mendaftar nama survei dan aturannya.',
      },
      jsonHint:
        'Berkas report-data@1 memuat sasaran, indikator, target, realisasi, riwayat dan anggaran setahun. Ekspor data {{year}} yang sudah tercatat untuk melihat bentuknya, untuk menyimpan salinan, atau untuk memindahkannya ke perangkat daerah atau server lain. Berkas hasil ekspor yang diunggah kembali tanpa perubahan tidak mengubah apa pun.',
      export: 'Ekspor report-data@1 {{year}} (JSON)',
    },
    step2: {
      title: '2. Unggah berkas yang sudah diisi',
      hint: 'Berkas .xlsx, paling besar 20 MB. Angka boleh ditulis 74,53 atau sebagai angka Excel.',
      /** Per kind, where the general hint does not fit. */
      hints: {
        anggaran:
          'Berkas .xlsx, paling besar 20 MB. Rupiah ditulis bulat: 1.234.567, Rp 1.234.567 atau sebagai angka Excel.',
        sosial: 'Berkas .xlsx, paling besar 20 MB. Jumlah ditulis bulat: 1.520 atau sebagai angka Excel.',
        ikm: 'Berkas .xlsx, paling besar 20 MB. U1–U9 diisi bilangan bulat 1 sampai 4.',
        renstra:
          'Berkas .xlsx, paling besar 20 MB. Target boleh ditulis 74,53 atau sebagai angka Excel; polaritas Positif, Negatif, Rentang atau Ordinal.',
      },
      file: 'Berkas Excel (.xlsx)',
      jsonHint:
        'Berkas JSON akuntabel/report-data@1, paling besar 20 MB, untuk tahun {{year}}. Blok "printed" diabaikan.',
      jsonFile: 'Berkas JSON (report-data@1)',
      filePlaceholder: 'Pilih berkas…',
      check: 'Periksa berkas',
    },
    progress: {
      label: 'Kemajuan',
      checking: 'Memeriksa berkas',
      saving: 'Menyimpan',
      queued: 'Menunggu giliran',
    },
    failed: 'Pekerjaan impor gagal.',
    refused: {
      title: 'Berkas ditolak: {{count}} masalah. Tidak ada yang disimpan.',
      hint: 'Perbaiki sel yang disebut di bawah, lalu unggah lagi.',
      jsonHint: 'Perbaiki bagian berkas yang disebut di bawah (kolom "Letak di berkas"), lalu unggah lagi.',
      more: 'Ditampilkan {{shown}} dari {{count}} masalah.',
      caption: 'Masalah pada berkas impor',
    },
    column: {
      sheet: 'Lembar',
      row: 'Baris',
      column: 'Kolom',
      found: 'Tertulis',
      expected: 'Seharusnya',
      change: 'Perubahan',
      what: 'Indikator · periode',
      /** What a change's label names, per kind. */
      whats: {
        anggaran: 'Kode · jenis belanja',
        sosial: 'Data · kecamatan',
        renstra: 'Kode · isian',
        ikm: 'Survei · responden',
        'report-data': 'Data',
      },
      place: 'Letak di berkas',
      no: 'No',
      before: 'Sebelumnya',
      after: 'Menjadi',
    },
    blank: '(kosong)',
    preview: {
      title: 'Pratinjau: belum disimpan',
      rowsRead: '{{count}} baris dibaca',
      jsonRowsRead: '{{count}} entri dibaca',
      caption: 'Baris yang akan ditambah atau diubah',
      more: 'Ditampilkan {{shown}} dari {{count}} perubahan.',
      nothing: 'Tidak ada yang berubah: isi berkas sama dengan data yang tersimpan.',
      confirm: 'Simpan {{count}} perubahan',
      cancel: 'Batal',
      close: 'Tutup',
    },
    counts: {
      new: 'Baru',
      changed: 'Berubah',
      unchanged: 'Tetap',
      empty: 'Kosong',
    },
    change: { new: 'baru', changed: 'berubah' },
    applied: {
      title: 'Tersimpan',
      body: '{{new}} baru dan {{changed}} berubah disimpan sebagai draf; {{unchanged}} tetap.',
      open: 'Buka halaman Realisasi',
      again: 'Impor berkas lain',
      bodies: {
        anggaran: '{{new}} baris baru dan {{changed}} berubah disimpan; {{unchanged}} tetap.',
        sosial:
          '{{new}} baris baru dan {{changed}} berubah disimpan; {{unchanged}} tetap. Indikator yang dihitung dari Data Sosial sudah dihitung ulang.',
        renstra: '{{new}} baris baru dan {{changed}} berubah disimpan; {{unchanged}} tetap.',
        ikm: '{{new}} responden baru dan {{changed}} berubah atau dihapus disimpan; {{unchanged}} tetap. Nilai IKM dan indikatornya sudah dihitung ulang.',
        'report-data':
          '{{new}} data baru dan {{changed}} berubah disimpan; {{unchanged}} tetap. Realisasi indikator disimpan sebagai draf.',
      },
      opens: {
        anggaran: 'Buka halaman Anggaran',
        ikm: 'Buka halaman IKM',
        sosial: 'Buka halaman Data Sosial',
        renstra: 'Buka halaman Renstra',
        'report-data': 'Buka halaman Realisasi',
      },
    },
  },
  en: {
    title: 'Data import {{year}}',
    description:
      'Bring data in from an Excel template (or a report-data@1 JSON file): choose the kind of data, download the template, fill it in, upload it, check the preview, then save. Nothing is saved before you approve the preview.',
    notStaff: "Only this agency's operators and head can import data.",
    exportOnly: 'You can still export the {{year}} data as a report-data@1 file.',
    kind: {
      label: 'Kind of data',
      realisasi: 'Indicator realisations (per period)',
      ikm: 'IKM survey responses',
      anggaran: 'Budget: pagu and realisations per sub kegiatan',
      sosial: 'Social-welfare data: PPKS, PSKS, social assistance',
      renstra: 'Renstra and targets (the period covering this year)',
      'report-data': "A year's report data (report-data@1, JSON)",
    },
    step1: {
      title: '1. Download the template',
      jsonTitle: '1. Export the data already recorded',
      hint: 'The template lists every indicator of {{year}} per period, with the values already recorded. The "Petunjuk" sheet explains the input rules with examples.',
      download: 'Download the {{year}} template (.xlsx)',
      hints: {
        anggaran:
          'The template lists the programs, kegiatan and sub kegiatan of {{year}}: one row per sub kegiatan and spending type, with the pagu and the realisations per period already recorded. New codes are added; nothing is deleted. The "Petunjuk" sheet explains the input rules with examples.',
        sosial:
          'The template holds the PPKS, PSKS and Bantuan sheets of {{year}}: one row for the whole region and one per kecamatan, with the figures already recorded. Blank rows change nothing. The "Petunjuk" sheet lists the category, type, programme and kecamatan codes.',
        renstra:
          'The template holds the Renstra covering {{year}}: the Sasaran and Indikator sheets (definitions, polarity, yearly targets and end target) as stored. New codes are added; a blank cell keeps what is stored; nothing is deleted.',
        ikm: 'The template holds the IKM survey responses of {{year}} already stored, one row per respondent (U1–U9 scored 1–4). A survey in the file has its responses replaced. Create the survey first on the IKM page. The "Petunjuk" sheet lists the survey names and the rules.',
      },
      jsonHint:
        "A report-data@1 file holds a year's sasaran, indicators, targets, realisations, history and budget. Export the {{year}} data already recorded to see its shape, to keep a copy, or to move it to another agency or server. An exported file uploaded back unchanged changes nothing.",
      export: 'Export report-data@1 {{year}} (JSON)',
    },
    step2: {
      title: '2. Upload the filled file',
      hint: 'An .xlsx file of at most 20 MB. Numbers may be typed as 74,53 or as Excel numbers.',
      hints: {
        anggaran:
          'An .xlsx file of at most 20 MB. Rupiah in whole numbers: 1.234.567, Rp 1.234.567 or Excel numbers.',
        sosial: 'An .xlsx file of at most 20 MB. Counts in whole numbers: 1.520 or Excel numbers.',
        ikm: 'An .xlsx file of at most 20 MB. U1–U9 take whole numbers 1 to 4.',
        renstra:
          'An .xlsx file of at most 20 MB. Targets may be typed as 74,53 or as Excel numbers; polarity Positif, Negatif, Rentang or Ordinal.',
      },
      file: 'Excel file (.xlsx)',
      jsonHint:
        'An akuntabel/report-data@1 JSON file of at most 20 MB, for {{year}}. "printed" blocks are ignored.',
      jsonFile: 'JSON file (report-data@1)',
      filePlaceholder: 'Choose a file…',
      check: 'Check the file',
    },
    progress: {
      label: 'Progress',
      checking: 'Checking the file',
      saving: 'Saving',
      queued: 'Waiting for its turn',
    },
    failed: 'The import job failed.',
    refused: {
      title: 'File refused: {{count}} problem(s). Nothing was saved.',
      hint: 'Fix the cells named below, then upload again.',
      jsonHint: 'Fix the parts of the file named below (column "Place in the file"), then upload again.',
      more: 'Showing {{shown}} of {{count}} problems.',
      caption: 'Problems in the import file',
    },
    column: {
      sheet: 'Sheet',
      row: 'Row',
      column: 'Column',
      found: 'Found',
      expected: 'Expected',
      change: 'Change',
      what: 'Indicator · period',
      whats: {
        anggaran: 'Code · spending type',
        sosial: 'Data · kecamatan',
        renstra: 'Code · field',
        ikm: 'Survey · respondent',
        'report-data': 'Data',
      },
      place: 'Place in the file',
      no: 'No',
      before: 'Before',
      after: 'After',
    },
    blank: '(blank)',
    preview: {
      title: 'Preview: not saved yet',
      rowsRead: '{{count}} rows read',
      jsonRowsRead: '{{count}} entries read',
      caption: 'Rows to be added or changed',
      more: 'Showing {{shown}} of {{count}} changes.',
      nothing: 'Nothing changes: the file holds what is already stored.',
      confirm: 'Save {{count}} change(s)',
      cancel: 'Cancel',
      close: 'Close',
    },
    counts: {
      new: 'New',
      changed: 'Changed',
      unchanged: 'Unchanged',
      empty: 'Blank',
    },
    change: { new: 'new', changed: 'changed' },
    applied: {
      title: 'Saved',
      body: '{{new}} new and {{changed}} changed saved as drafts; {{unchanged}} unchanged.',
      open: 'Open the Realisations page',
      again: 'Import another file',
      bodies: {
        anggaran: '{{new}} new and {{changed}} changed rows saved; {{unchanged}} unchanged.',
        sosial:
          '{{new}} new and {{changed}} changed rows saved; {{unchanged}} unchanged. Indicators computed from the social data are recomputed.',
        renstra: '{{new}} new and {{changed}} changed rows saved; {{unchanged}} unchanged.',
        ikm: '{{new}} new and {{changed}} changed or removed respondents saved; {{unchanged}} unchanged. The IKM and its indicator are recomputed.',
        'report-data':
          '{{new}} new and {{changed}} changed entries saved; {{unchanged}} unchanged. Indicator realisations are saved as drafts.',
      },
      opens: {
        anggaran: 'Open the Budget page',
        ikm: 'Open the IKM page',
        sosial: 'Open the Social data page',
        renstra: 'Open the Renstra page',
        'report-data': 'Open the Realisations page',
      },
    },
  },
};
