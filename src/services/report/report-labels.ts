/**
 * Names the report prints for stored codes: PSKS types, spending types,
 * narrative section keys (the report's keys ↔ the `narrative` table's
 * lowercase sections and topics).
 */
import type { PsksType, SpendingType } from '../../store/schema/enums.ts';

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
