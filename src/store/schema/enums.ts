/**
 * The closed lists of the data model. Each is stored as `text` with a check
 * constraint built from the same array, so the TypeScript type and the database
 * agree. Add a value here, then `npm run db:generate` writes the migration.
 */
export const REGION_KINDS = ['provinsi', 'kabupaten', 'kota'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** IANA zones of Indonesia: WIB, WITA, WIT. */
export const REGION_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type RegionTimeZone = (typeof REGION_TIME_ZONES)[number];

/** Eselon levels of an organisation unit (II head of agency, III bidang/sekretariat, IV seksi/subbag). */
export const ECHELONS = ['I', 'II', 'III', 'IV', 'V', 'non_eselon'] as const;
export type Echelon = (typeof ECHELONS)[number];

export const POLARITIES = ['positive', 'negative', 'range', 'ordinal'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** How the periods of a year make the year's value: sum of periods, last period (stock), or average. */
export const PERIOD_AGGREGATIONS = ['cumulative', 'last', 'average'] as const;
export type PeriodAggregation = (typeof PERIOD_AGGREGATIONS)[number];

export const RESULT_KINDS = ['input', 'output', 'outcome', 'impact'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export const REPORTING_FREQUENCIES = ['monthly', 'quarterly', 'semester', 'yearly'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

export const PERIOD_KINDS = ['month', 'quarter', 'semester', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PK_VERSION_KINDS = ['original', 'perubahan'] as const;
export type PkVersionKind = (typeof PK_VERSION_KINDS)[number];

/** A signed PK version is immutable (enforced by a trigger); a new version replaces it. */
export const PK_STATUSES = ['draft', 'submitted', 'signed'] as const;
export type PkStatus = (typeof PK_STATUSES)[number];

export const REALISATION_STATUSES = ['draft', 'submitted', 'verified', 'returned'] as const;
export type RealisationStatus = (typeof REALISATION_STATUSES)[number];

/** Evidence files accepted (PDF, images, office documents). */
export const EVIDENCE_MIME_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/csv',
] as const;
export type EvidenceMimeType = (typeof EVIDENCE_MIME_TYPES)[number];

/** Largest evidence file stored: 20 MiB. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/** Image types of an agency's logo (printed on the LKjIP cover). */
export const AGENCY_LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type AgencyLogoMimeType = (typeof AGENCY_LOGO_MIME_TYPES)[number];

/** Largest agency logo stored: 2 MiB. */
export const AGENCY_LOGO_MAX_BYTES = 2 * 1024 * 1024;

/** Spending types of a budget line (jenis belanja). */
export const SPENDING_TYPES = [
  'pegawai',
  'barang_jasa',
  'modal',
  'hibah',
  'bantuan_sosial',
  'tidak_terduga',
  'lainnya',
] as const;
export type SpendingType = (typeof SPENDING_TYPES)[number];

/** Topics of a narrative inside a report section (PermenPANRB 53/2014 asks for causes, solutions, next steps). */
export const NARRATIVE_TOPICS = [
  'umum',
  'analisis',
  'penyebab_keberhasilan',
  'penyebab_kegagalan',
  'solusi',
  'langkah_ke_depan',
  'efisiensi',
  'perbandingan_nasional',
] as const;
export type NarrativeTopic = (typeof NARRATIVE_TOPICS)[number];

/** SDM breakdowns reported in BAB I. */
export const SDM_DIMENSIONS = [
  'golongan',
  'pendidikan',
  'eselon',
  'jabatan',
  'jenis_kelamin',
  'status_kepegawaian',
] as const;
export type SdmDimension = (typeof SDM_DIMENSIONS)[number];

/** The 26 PPKS/PMKS categories of Permensos 8/2012, plus `lainnya`. */
export const PPKS_CATEGORIES = [
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
] as const;
export type PpksCategory = (typeof PPKS_CATEGORIES)[number];

/** PSKS: the social-welfare resources (potensi dan sumber kesejahteraan sosial). */
export const PSKS_TYPES = [
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
] as const;
export type PsksType = (typeof PSKS_TYPES)[number];

/** Assistance programmes whose delivery the Dinas Sosial reports. */
export const ASSISTANCE_PROGRAMS = [
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
] as const;
export type AssistanceProgram = (typeof ASSISTANCE_PROGRAMS)[number];

/**
 * Where an indicator component's yearly value comes from when it is taken
 * from the Data Sosial (the whole region's figure of the year): PPKS served
 * or counted (all categories, or one), PSKS counted (all types, or one), or
 * assistance recipients, units or value in Rupiah (all programmes, or one).
 */
export type SocialComponentSource =
  | { dataset: 'ppks'; measure: 'served' | 'total'; category?: PpksCategory }
  | { dataset: 'psks'; measure: 'total'; type?: PsksType }
  | { dataset: 'assistance'; measure: 'recipients' | 'units' | 'value'; program?: AssistanceProgram };

/** The nine IKM elements (unsur) of PermenPANRB 14/2017, in the regulation's order. */
export const IKM_ELEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type IkmElement = (typeof IKM_ELEMENTS)[number];

export const IKM_METHODS = ['responses', 'element_totals'] as const;
export type IkmMethod = (typeof IKM_METHODS)[number];

/** Components of evaluasi AKIP (PermenPANRB 88/2021). */
export const AKIP_COMPONENTS = ['perencanaan', 'pengukuran', 'pelaporan', 'evaluasi_internal'] as const;
export type AkipComponent = (typeof AKIP_COMPONENTS)[number];

export const AKIP_GRADES = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] as const;
export type AkipGrade = (typeof AKIP_GRADES)[number];

/**
 * Where an indicator's yearly realisation comes from when it is computed by
 * another module instead of typed: `ikm` from the year's IKM surveys, `akip`
 * from the evaluasi AKIP of the year before (docs/decisions/0011-indicator-feeds.md),
 * `social` from the Data Sosial through its components' sources
 * (docs/decisions/0012-social-data-feed.md).
 */
export const INDICATOR_FEEDS = ['ikm', 'akip', 'social'] as const;
export type IndicatorFeed = (typeof INDICATOR_FEEDS)[number];

export const FOLLOW_UP_STATUSES = ['belum', 'proses', 'selesai', 'tidak_dapat_ditindaklanjuti'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Scale presets of src/domain (predikat); `custom` keeps its bands in `custom_scale`. */
export const SCALE_PRESETS = ['permendagri_86_2017', 'baik_4', 'lan_239_2003', 'custom'] as const;
export type ScalePreset = (typeof SCALE_PRESETS)[number];

/** How capaian of indicators make the capaian of a sasaran. */
export const SASARAN_AGGREGATIONS = ['mean', 'group_mean'] as const;
export type SasaranAggregation = (typeof SASARAN_AGGREGATIONS)[number];

/** Formula for negative polarity: (2 − R/T) × 100 or T/R × 100. */
export const NEGATIVE_FORMULAS = ['two_minus_ratio', 'inverse_ratio'] as const;
export type NegativeFormula = (typeof NEGATIVE_FORMULAS)[number];

/**
 * The roles of issue 4: admin (region: Bappeda / Bagian Organisasi), operator
 * (an agency's data entry), kepala (head of an agency), evaluator
 * (Inspektorat), viewer. The rules of what each may do live in
 * src/services/authorization.ts.
 */
export const ROLES = ['admin', 'operator', 'kepala', 'evaluator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const AUDIT_ORIGINS = ['web', 'api', 'cli', 'import', 'system'] as const;
export type AuditOrigin = (typeof AUDIT_ORIGINS)[number];

export const SEXES = ['L', 'P'] as const;
export type Sex = (typeof SEXES)[number];
