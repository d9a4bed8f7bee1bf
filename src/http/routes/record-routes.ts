/** Recording: realisations and their workflow, evidence, budget realisation and physical progress, social data. */
import { getBudgetTree, getBudgetTreeInput } from '../../services/record/get-budget-tree.ts';
import { getSocialData, getSocialDataInput } from '../../services/record/get-social-data.ts';
import { getSocialSummary, getSocialSummaryInput } from '../../services/social/get-social-summary.ts';
import { listEvidence, listEvidenceInput } from '../../services/record/list-evidence.ts';
import { listRealisations, listRealisationsInput } from '../../services/record/list-realisations.ts';
import { removeEvidence, removeEvidenceInput } from '../../services/record/remove-evidence.ts';
import { returnRealisation, returnRealisationInput } from '../../services/record/return-realisation.ts';
import {
  saveAssistanceDelivery,
  saveAssistanceDeliveryInput,
} from '../../services/record/save-assistance-delivery.ts';
import { saveBudgetLine, saveBudgetLineInput } from '../../services/record/save-budget-line.ts';
import {
  saveBudgetRealisation,
  saveBudgetRealisationInput,
} from '../../services/record/save-budget-realisation.ts';
import {
  savePhysicalProgress,
  savePhysicalProgressInput,
} from '../../services/record/save-physical-progress.ts';
import { savePpksCounts, savePpksCountsInput } from '../../services/record/save-ppks-counts.ts';
import { savePsksCounts, savePsksCountsInput } from '../../services/record/save-psks-counts.ts';
import { saveRealisation, saveRealisationInput } from '../../services/record/save-realisation.ts';
import {
  saveRealisationsBatch,
  saveRealisationsBatchInput,
} from '../../services/record/save-realisations-batch.ts';
import { submitRealisation, submitRealisationInput } from '../../services/record/submit-realisation.ts';
import { verifyRealisation, verifyRealisationInput } from '../../services/record/verify-realisation.ts';
import type { ServiceRoute } from '../service-route.ts';

const tag = 'realisasi';

export const recordRoutes: readonly ServiceRoute[] = [
  {
    method: 'GET',
    url: '/agencies/:agencyId/realisations',
    tag,
    summary:
      'Realisasi satu tahun per indikator (grid isian): status, versi, komponen, catatan pengembalian, jumlah bukti, periode terkunci, skala',
    input: listRealisationsInput,
    run: listRealisations,
  },
  {
    method: 'POST',
    url: '/realisations',
    tag,
    summary: 'Menyimpan realisasi satu indikator untuk satu periode (baru, atau ubah dengan versi)',
    input: saveRealisationInput,
    run: saveRealisation,
  },
  {
    method: 'PUT',
    url: '/agencies/:agencyId/realisations',
    tag,
    summary:
      'Menyimpan satu blok realisasi (tempel dari Excel): semua baris sah atau tidak ada yang disimpan',
    input: saveRealisationsBatchInput,
    run: saveRealisationsBatch,
  },
  {
    method: 'POST',
    url: '/realisations/:realisationId/submit',
    tag,
    summary: 'Mengajukan realisasi (predikat terendah wajib disertai penjelasan)',
    input: submitRealisationInput,
    run: submitRealisation,
  },
  {
    method: 'POST',
    url: '/realisations/:realisationId/verify',
    tag,
    summary: 'Memverifikasi realisasi yang diajukan',
    input: verifyRealisationInput,
    run: verifyRealisation,
  },
  {
    method: 'POST',
    url: '/realisations/:realisationId/return',
    tag,
    summary: 'Mengembalikan realisasi dengan catatan',
    input: returnRealisationInput,
    run: returnRealisation,
  },
  {
    method: 'GET',
    url: '/realisations/:realisationId/evidence',
    tag,
    summary: 'Daftar berkas bukti',
    input: listEvidenceInput,
    run: listEvidence,
  },
  {
    method: 'DELETE',
    url: '/evidence/:evidenceId',
    tag,
    summary: 'Menghapus berkas bukti (realisasi draf/dikembalikan)',
    input: removeEvidenceInput,
    run: removeEvidence,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/budget',
    tag: 'anggaran',
    summary:
      'Anggaran satu tahun untuk diisi: program → kegiatan → sub kegiatan, pagu per jenis belanja, realisasi dan progres fisik per periode, dengan versi',
    input: getBudgetTreeInput,
    run: getBudgetTree,
  },
  {
    method: 'PUT',
    url: '/sub-kegiatan/:subKegiatanId/budget',
    tag: 'anggaran',
    summary: 'Menyimpan pagu murni/perubahan dan jenis belanja sub kegiatan',
    input: saveBudgetLineInput,
    run: saveBudgetLine,
  },
  {
    method: 'PUT',
    url: '/budget-lines/:budgetLineId/realisations',
    tag: 'anggaran',
    summary: 'Menyimpan realisasi anggaran satu periode',
    input: saveBudgetRealisationInput,
    run: saveBudgetRealisation,
  },
  {
    method: 'PUT',
    url: '/sub-kegiatan/:subKegiatanId/progress',
    tag: 'anggaran',
    summary: 'Menyimpan progres fisik (%)',
    input: savePhysicalProgressInput,
    run: savePhysicalProgress,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/social-data',
    tag: 'data-sosial',
    summary: 'Data PPKS, PSKS dan penyaluran bantuan satu tahun, per kecamatan, dengan versi',
    input: getSocialDataInput,
    run: getSocialData,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/social-summary',
    tag: 'data-sosial',
    summary:
      'Ringkasan Data Sosial: PPKS per kategori (jumlah dan terlayani), PSKS per jenis, bantuan per program (penerima, nilai Rupiah), per kecamatan, dan total tahun-tahun sebelumnya',
    input: getSocialSummaryInput,
    run: getSocialSummary,
  },
  {
    method: 'PUT',
    url: '/agencies/:agencyId/ppks',
    tag: 'data-sosial',
    summary: 'Menyimpan jumlah PPKS per kategori dan kecamatan',
    input: savePpksCountsInput,
    run: savePpksCounts,
  },
  {
    method: 'PUT',
    url: '/agencies/:agencyId/psks',
    tag: 'data-sosial',
    summary: 'Menyimpan jumlah PSKS per jenis',
    input: savePsksCountsInput,
    run: savePsksCounts,
  },
  {
    method: 'PUT',
    url: '/agencies/:agencyId/assistance',
    tag: 'data-sosial',
    summary: 'Menyimpan penyaluran bantuan per program',
    input: saveAssistanceDeliveryInput,
    run: saveAssistanceDelivery,
  },
];
