/** The social-welfare data of one agency-year, and the three writes of its entry tables (all rows or none). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type {
  AssistanceRow,
  PpksRow,
  PsksRow,
  SocialData,
} from '../../../../src/services/record/get-social-data.ts';
import type { SavedSocialRow } from '../../../../src/services/record/social-data-batch.ts';
import type { AssistanceProgram, PpksCategory, PsksType } from '../../../../src/store/schema/enums.ts';

export type { AssistanceProgram, AssistanceRow, PpksCategory, PpksRow, PsksRow, PsksType, SocialData };

export const PPKS_CATEGORIES: readonly PpksCategory[] = [
  'anak_balita_telantar',
  'anak_telantar',
  'anak_berhadapan_dengan_hukum',
  'anak_jalanan',
  'anak_dengan_disabilitas',
  'anak_korban_kekerasan',
  'anak_memerlukan_perlindungan_khusus',
  'lanjut_usia_telantar',
  'penyandang_disabilitas',
  'tuna_susila',
  'gelandangan',
  'pengemis',
  'pemulung',
  'kelompok_minoritas',
  'bekas_warga_binaan_pemasyarakatan',
  'odha',
  'korban_napza',
  'korban_perdagangan_orang',
  'korban_tindak_kekerasan',
  'pekerja_migran_bermasalah_sosial',
  'korban_bencana_alam',
  'korban_bencana_sosial',
  'perempuan_rawan_sosial_ekonomi',
  'fakir_miskin',
  'keluarga_bermasalah_sosial_psikologis',
  'komunitas_adat_terpencil',
  'lainnya',
];

export const PSKS_TYPES: readonly PsksType[] = [
  'pekerja_sosial_profesional',
  'pekerja_sosial_masyarakat',
  'tksk',
  'tagana',
  'karang_taruna',
  'lks',
  'lk3',
  'wanita_pemimpin_kesejahteraan_sosial',
  'penyuluh_sosial',
  'keluarga_pioneer',
  'dunia_usaha',
  'lainnya',
];

export const ASSISTANCE_PROGRAMS: readonly AssistanceProgram[] = [
  'pkh',
  'sembako_bpnt',
  'pbi_jk',
  'rtlh',
  'kube',
  'uep',
  'permakanan',
  'alat_bantu',
  'bantuan_bencana',
  'lainnya',
];

export const socialDataKey = (agencyId: string, year: number) => ['social-data', agencyId, year] as const;

export function useSocialData(agencyId: string, year: number) {
  return useQuery({
    queryKey: socialDataKey(agencyId, year),
    queryFn: () => api.get<SocialData>(`/agencies/${agencyId}/social-data`, { year }),
    enabled: agencyId !== '',
  });
}

type Saved = { rows: SavedSocialRow[] };

export type CountRowInput = {
  kecamatanId: string | null;
  count: string | number;
  /** PPKS only: those served (null: not recorded). */
  served?: string | number | null;
  dataSource: string | null;
  version?: number | undefined;
};

export type AssistanceRowInput = {
  program: AssistanceProgram;
  programLabel: string;
  kecamatanId: string | null;
  recipients: string | number | null;
  units: string | number | null;
  unitName: string | null;
  value: string | number | null;
  fundingSource: string | null;
  version?: number | undefined;
};

export const saveSocial = {
  ppks: (agencyId: string, year: number, rows: (CountRowInput & { category: PpksCategory })[]) =>
    api.put<Saved>(`/agencies/${agencyId}/ppks`, { year, rows }),
  psks: (agencyId: string, year: number, rows: (CountRowInput & { type: PsksType })[]) =>
    api.put<Saved>(`/agencies/${agencyId}/psks`, { year, rows }),
  assistance: (agencyId: string, year: number, rows: AssistanceRowInput[]) =>
    api.put<Saved>(`/agencies/${agencyId}/assistance`, { year, rows }),
};

export type { SocialSummaryResult } from '../../../../src/services/social/get-social-summary.ts';
import type { SocialSummaryResult } from '../../../../src/services/social/get-social-summary.ts';

export const socialSummaryKey = (agencyId: string, year: number) =>
  ['social-summary', agencyId, year] as const;

/** The region's figures of the year, per kecamatan and over the five years up to it (one rule, on the server). */
export function useSocialSummary(agencyId: string, year: number) {
  return useQuery({
    queryKey: socialSummaryKey(agencyId, year),
    queryFn: () => api.get<SocialSummaryResult>(`/agencies/${agencyId}/social-summary`, { year }),
    enabled: agencyId !== '',
  });
}
