/** Words of the Data Sosial source picker on the Renstra indicator form. */
export const sourceTexts = {
  id: {
    source: 'Sumber nilai komponen {{n}}',
    typed: 'Diisi pada Realisasi (diketik)',
    measure: {
      ppks_served: 'Data Sosial: PPKS yang mendapat pelayanan',
      ppks_total: 'Data Sosial: jumlah PPKS',
      psks_total: 'Data Sosial: jumlah PSKS',
      assistance_recipients: 'Data Sosial: penerima bantuan',
      assistance_units: 'Data Sosial: unit bantuan',
      assistance_value: 'Data Sosial: nilai bantuan (Rp)',
    },
    of: {
      ppks: 'Kategori PPKS komponen {{n}}',
      psks: 'Jenis PSKS komponen {{n}}',
      assistance: 'Program bantuan komponen {{n}}',
    },
    all: { ppks: 'Semua kategori', psks: 'Semua jenis', assistance: 'Semua program' },
    hint: 'Bila semua komponen diambil dari Data Sosial dan rumus memakai kode komponen, realisasi tahunan dihitung otomatis dari Data Sosial (angka seluruh daerah) dan tidak diketik.',
    fed: 'Realisasi indikator ini dihitung otomatis dari Data Sosial.',
  },
  en: {
    source: 'Source of component {{n}}',
    typed: 'Entered in Realisations (typed)',
    measure: {
      ppks_served: 'Social data: PPKS served',
      ppks_total: 'Social data: PPKS counted',
      psks_total: 'Social data: PSKS counted',
      assistance_recipients: 'Social data: assistance recipients',
      assistance_units: 'Social data: assistance units',
      assistance_value: 'Social data: assistance value (Rp)',
    },
    of: {
      ppks: 'PPKS category of component {{n}}',
      psks: 'PSKS type of component {{n}}',
      assistance: 'Assistance programme of component {{n}}',
    },
    all: { ppks: 'All categories', psks: 'All types', assistance: 'All programmes' },
    hint: "When every component takes the social data and the formula uses the component codes, the yearly realisation is computed from the social data (the whole region's figures), not typed.",
    fed: "This indicator's realisation is computed from the social data.",
  },
};
