/**
 * Names the report prints for stored codes: PSKS types, spending types,
 * narrative section keys (the report's keys ↔ the `narrative` table's
 * lowercase sections and topics).
 */
import type { AssistanceProgram, PpksCategory, PsksType, SpendingType } from '../../store/schema/enums.ts';

/** PPKS category → the name the report prints (Permensos 8/2012). */
export const PPKS_LABELS: Readonly<Record<PpksCategory, string>> = {
  anak_balita_telantar: 'Anak Balita Telantar',
  anak_telantar: 'Anak Telantar',
  anak_berhadapan_dengan_hukum: 'Anak yang Berhadapan dengan Hukum',
  anak_jalanan: 'Anak Jalanan',
  anak_dengan_disabilitas: 'Anak dengan Disabilitas',
  anak_korban_kekerasan: 'Anak Korban Tindak Kekerasan',
  anak_memerlukan_perlindungan_khusus: 'Anak yang Memerlukan Perlindungan Khusus',
  lanjut_usia_telantar: 'Lanjut Usia Telantar',
  penyandang_disabilitas: 'Penyandang Disabilitas',
  tuna_susila: 'Tuna Susila',
  gelandangan: 'Gelandangan',
  pengemis: 'Pengemis',
  pemulung: 'Pemulung',
  kelompok_minoritas: 'Kelompok Minoritas',
  bekas_warga_binaan_pemasyarakatan: 'Bekas Warga Binaan Lembaga Pemasyarakatan',
  odha: 'Orang dengan HIV/AIDS (ODHA)',
  korban_napza: 'Korban Penyalahgunaan NAPZA',
  korban_perdagangan_orang: 'Korban Perdagangan Orang',
  korban_tindak_kekerasan: 'Korban Tindak Kekerasan',
  pekerja_migran_bermasalah_sosial: 'Pekerja Migran Bermasalah Sosial',
  korban_bencana_alam: 'Korban Bencana Alam',
  korban_bencana_sosial: 'Korban Bencana Sosial',
  perempuan_rawan_sosial_ekonomi: 'Perempuan Rawan Sosial Ekonomi',
  fakir_miskin: 'Fakir Miskin',
  keluarga_bermasalah_sosial_psikologis: 'Keluarga Bermasalah Sosial Psikologis',
  komunitas_adat_terpencil: 'Komunitas Adat Terpencil',
  lainnya: 'Lainnya',
};

/** Assistance programme → the name the report prints. */
export const ASSISTANCE_LABELS: Readonly<Record<AssistanceProgram, string>> = {
  pkh: 'Program Keluarga Harapan (PKH)',
  sembako_bpnt: 'Sembako / BPNT',
  pbi_jk: 'PBI Jaminan Kesehatan (PBI-JK)',
  rtlh: 'Rehabilitasi Rumah Tidak Layak Huni (RTLH)',
  kube: 'Kelompok Usaha Bersama (KUBE)',
  uep: 'Usaha Ekonomi Produktif (UEP)',
  permakanan: 'Permakanan',
  alat_bantu: 'Alat Bantu',
  bantuan_bencana: 'Bantuan Bencana',
  lainnya: 'Bantuan Lainnya',
};

/** PSKS type → the name and unit the report prints (Permensos 8/2012 names). */
export const PSKS_LABELS: Readonly<Record<PsksType, { label: string; unit: string }>> = {
  pekerja_sosial_profesional: { label: 'Pekerja Sosial Profesional', unit: 'orang' },
  pekerja_sosial_masyarakat: { label: 'Pekerja Sosial Masyarakat (PSM)', unit: 'orang' },
  tksk: { label: 'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)', unit: 'orang' },
  tagana: { label: 'Taruna Siaga Bencana (TAGANA)', unit: 'orang' },
  karang_taruna: { label: 'Karang Taruna', unit: 'organisasi' },
  lks: { label: 'Lembaga Kesejahteraan Sosial (LKS)', unit: 'lembaga' },
  lk3: { label: 'Lembaga Konsultasi Kesejahteraan Keluarga (LK3)', unit: 'lembaga' },
  wanita_pemimpin_kesejahteraan_sosial: { label: 'Wanita Pemimpin Kesejahteraan Sosial', unit: 'orang' },
  penyuluh_sosial: { label: 'Penyuluh Sosial', unit: 'orang' },
  keluarga_pioneer: { label: 'Keluarga Pioneer', unit: 'keluarga' },
  dunia_usaha: { label: 'Dunia Usaha', unit: 'badan usaha' },
  lainnya: { label: 'Lainnya', unit: '' },
};

export const SPENDING_LABELS: Readonly<Record<SpendingType, { id: string; en: string }>> = {
  pegawai: { id: 'Belanja Pegawai', en: 'Personnel' },
  barang_jasa: { id: 'Belanja Barang dan Jasa', en: 'Goods and Services' },
  modal: { id: 'Belanja Modal', en: 'Capital' },
  hibah: { id: 'Belanja Hibah', en: 'Grants' },
  bantuan_sosial: { id: 'Belanja Bantuan Sosial', en: 'Social Assistance' },
  tidak_terduga: { id: 'Belanja Tidak Terduga', en: 'Contingency' },
  lainnya: { id: 'Belanja Lainnya', en: 'Other' },
};

/**
 * Where each narrative of the report is stored in the `narrative` table
 * (section, topic; per sasaran the row also names the sasaran). The report's
 * keys are camelCase (`src/report/build-lkjip.ts`); the table's sections are
 * lowercase paths (its check constraint), as the demo loader writes them.
 */
export const NARRATIVE_SECTIONS: Readonly<Record<string, { section: string; topic: string }>> = {
  kataPengantar: { section: 'kata_pengantar', topic: 'umum' },
  ikhtisar: { section: 'ikhtisar_eksekutif', topic: 'umum' },
  latarBelakang: { section: 'bab1.latar_belakang', topic: 'umum' },
  tugasFungsi: { section: 'bab1.tugas_fungsi', topic: 'umum' },
  isuStrategis: { section: 'bab1.isu_strategis', topic: 'umum' },
  anggaran: { section: 'bab3.anggaran', topic: 'umum' },
  kesimpulan: { section: 'bab4.kesimpulan', topic: 'umum' },
  langkahKeDepan: { section: 'bab4.langkah_ke_depan', topic: 'langkah_ke_depan' },
};

/** Per sasaran: `sasaran.<id>.analysis` ← topic `analisis`; `.causes` ← `solusi` then `langkah_ke_depan`. */
export const SASARAN_NARRATIVE_SECTION = 'bab3.analisis_sasaran';

/** Sections whose body is a numbered list ("1. …" per line), printed as list items. */
export const LIST_SECTIONS: ReadonlySet<string> = new Set(['isuStrategis', 'langkahKeDepan']);

/** "1. a\n2. b" → ["a", "b"]; text without numbering → its non-empty lines. */
export function listItems(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(/^\d+[.)]\s+/, ''));
}

/** A body as paragraphs (blank-line separated). */
export function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
