/** Measurement: one agency's year, and a region's recap of all its agencies. */
import { measureAgencyYear, measureAgencyYearInput } from '../../services/measure/measure-agency-year.ts';
import { recapRegionYear, recapRegionYearInput } from '../../services/measure/recap-region-year.ts';
import type { ServiceRoute } from '../service-route.ts';

const tag = 'pengukuran';

export const measureRoutes: readonly ServiceRoute[] = [
  {
    method: 'GET',
    url: '/agencies/:agencyId/measurement',
    tag,
    summary: 'Capaian, predikat, rata-rata dan anggaran satu perangkat daerah untuk satu tahun',
    input: measureAgencyYearInput,
    run: measureAgencyYear,
  },
  {
    method: 'GET',
    url: '/regions/:regionId/recap',
    tag,
    summary: 'Rekap semua perangkat daerah satu pemda untuk satu tahun',
    input: recapRegionYearInput,
    run: recapRegionYear,
  },
];
