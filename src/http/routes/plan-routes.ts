/** Renstra: periods, misi, tujuan, sasaran, indicators and targets, program → kegiatan → sub kegiatan. */
import { addIndicator, addIndicatorInput } from '../../services/plan/add-indicator.ts';
import { addKegiatan, addKegiatanInput } from '../../services/plan/add-kegiatan.ts';
import { addMisi, addMisiInput } from '../../services/plan/add-misi.ts';
import { addProgram, addProgramInput } from '../../services/plan/add-program.ts';
import { addSasaran, addSasaranInput } from '../../services/plan/add-sasaran.ts';
import { addSubKegiatan, addSubKegiatanInput } from '../../services/plan/add-sub-kegiatan.ts';
import { addTujuan, addTujuanInput } from '../../services/plan/add-tujuan.ts';
import { createRenstraPeriod, createRenstraPeriodInput } from '../../services/plan/create-renstra-period.ts';
import { getRenstraTree, getRenstraTreeInput } from '../../services/plan/get-renstra-tree.ts';
import { linkSasaranProgram, linkSasaranProgramInput } from '../../services/plan/link-sasaran-program.ts';
import { listNomenklatur, listNomenklaturInput } from '../../services/plan/list-nomenklatur.ts';
import { listRenstraPeriods, listRenstraPeriodsInput } from '../../services/plan/list-renstra-periods.ts';
import { setIndicatorTargets, setIndicatorTargetsInput } from '../../services/plan/set-indicator-targets.ts';
import { updateIndicator, updateIndicatorInput } from '../../services/plan/update-indicator.ts';
import { updateSasaran, updateSasaranInput } from '../../services/plan/update-sasaran.ts';
import type { ServiceRoute } from '../service-route.ts';

const tag = 'renstra';

export const planRoutes: readonly ServiceRoute[] = [
  {
    method: 'GET',
    url: '/agencies/:agencyId/renstra',
    tag,
    summary: 'Pohon Renstra: visi → misi → tujuan → sasaran → indikator; program → kegiatan → sub kegiatan',
    input: getRenstraTreeInput,
    run: getRenstraTree,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/renstra-periods',
    tag,
    summary: 'Daftar periode Renstra perangkat daerah, terbaru dahulu',
    input: listRenstraPeriodsInput,
    run: listRenstraPeriods,
  },
  {
    method: 'POST',
    url: '/agencies/:agencyId/renstra-periods',
    tag,
    summary: 'Membuat periode Renstra',
    input: createRenstraPeriodInput,
    status: 201,
    run: createRenstraPeriod,
  },
  {
    method: 'POST',
    url: '/renstra-periods/:renstraPeriodId/misi',
    tag,
    summary: 'Menambah misi',
    input: addMisiInput,
    status: 201,
    run: addMisi,
  },
  {
    method: 'POST',
    url: '/renstra-periods/:renstraPeriodId/tujuan',
    tag,
    summary: 'Menambah tujuan',
    input: addTujuanInput,
    status: 201,
    run: addTujuan,
  },
  {
    method: 'POST',
    url: '/renstra-periods/:renstraPeriodId/sasaran',
    tag,
    summary: 'Menambah sasaran strategis',
    input: addSasaranInput,
    status: 201,
    run: addSasaran,
  },
  {
    method: 'PATCH',
    url: '/sasaran/:sasaranId',
    tag,
    summary: 'Mengubah sasaran (dengan versi)',
    input: updateSasaranInput,
    run: updateSasaran,
  },
  {
    method: 'POST',
    // the owner (sasaran, tujuan, program, kegiatan or sub kegiatan) gives the Renstra period: the input has no period id
    url: '/indicators',
    tag,
    summary: 'Menambah indikator kinerja',
    input: addIndicatorInput,
    status: 201,
    run: addIndicator,
  },
  {
    method: 'PATCH',
    url: '/indicators/:indicatorId',
    tag,
    summary: 'Mengubah indikator (dengan versi)',
    input: updateIndicatorInput,
    run: updateIndicator,
  },
  {
    method: 'PUT',
    url: '/indicators/:indicatorId/targets',
    tag,
    summary: 'Menetapkan target per tahun',
    input: setIndicatorTargetsInput,
    run: setIndicatorTargets,
  },
  {
    method: 'POST',
    url: '/renstra-periods/:renstraPeriodId/programs',
    tag,
    summary: 'Menambah program',
    input: addProgramInput,
    status: 201,
    run: addProgram,
  },
  {
    method: 'POST',
    url: '/programs/:programId/kegiatan',
    tag,
    summary: 'Menambah kegiatan',
    input: addKegiatanInput,
    status: 201,
    run: addKegiatan,
  },
  {
    method: 'POST',
    url: '/kegiatan/:kegiatanId/sub-kegiatan',
    tag,
    summary: 'Menambah sub kegiatan',
    input: addSubKegiatanInput,
    status: 201,
    run: addSubKegiatan,
  },
  {
    method: 'GET',
    url: '/nomenklatur',
    tag,
    summary:
      'Nomenklatur Permendagri 90/2019 satu tingkat di bawah sebuah kode (program, kegiatan, sub kegiatan)',
    input: listNomenklaturInput,
    run: listNomenklatur,
  },
  {
    method: 'POST',
    url: '/sasaran/:sasaranStrategisId/programs',
    tag,
    summary: 'Mengaitkan sasaran dengan program pendukung',
    input: linkSasaranProgramInput,
    status: 201,
    run: linkSasaranProgram,
  },
];
