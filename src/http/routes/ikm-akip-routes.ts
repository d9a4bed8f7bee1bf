/** IKM surveys (PermenPANRB 14/2017), evaluasi AKIP (PermenPANRB 88/2021), and the indicators they feed. */
import {
  createAkipEvaluation,
  createAkipEvaluationInput,
} from '../../services/akip/create-akip-evaluation.ts';
import { listAkipEvaluations, listAkipEvaluationsInput } from '../../services/akip/list-akip-evaluations.ts';
import { recordAkipFollowUp, recordAkipFollowUpInput } from '../../services/akip/record-akip-follow-up.ts';
import {
  updateAkipEvaluation,
  updateAkipEvaluationInput,
} from '../../services/akip/update-akip-evaluation.ts';
import { createIkmSurvey, createIkmSurveyInput } from '../../services/ikm/create-ikm-survey.ts';
import { getIkmSurvey, getIkmSurveyInput } from '../../services/ikm/get-ikm-survey.ts';
import { listIkmSurveys, listIkmSurveysInput } from '../../services/ikm/list-ikm-surveys.ts';
import {
  saveIkmElementTotals,
  saveIkmElementTotalsInput,
} from '../../services/ikm/save-ikm-element-totals.ts';
import { saveIkmResponses, saveIkmResponsesInput } from '../../services/ikm/save-ikm-responses.ts';
import { updateIkmSurvey, updateIkmSurveyInput } from '../../services/ikm/update-ikm-survey.ts';
import { setIndicatorFeed, setIndicatorFeedInput } from '../../services/plan/set-indicator-feed.ts';
import type { ServiceRoute } from '../service-route.ts';

export const ikmAkipRoutes: readonly ServiceRoute[] = [
  {
    method: 'GET',
    url: '/agencies/:agencyId/ikm-surveys',
    tag: 'ikm',
    summary:
      'Survei IKM satu tahun dengan hasilnya, nilai IKM tahunan (rata-rata nilai konversi), profil responden, dan indikator yang dapat menerima nilainya',
    input: listIkmSurveysInput,
    run: listIkmSurveys,
  },
  {
    method: 'POST',
    url: '/agencies/:agencyId/ikm-surveys',
    tag: 'ikm',
    summary:
      'Membuat survei IKM untuk satu layanan dan periode (jawaban per responden atau jumlah per unsur)',
    input: createIkmSurveyInput,
    status: 201,
    run: createIkmSurvey,
  },
  {
    method: 'GET',
    url: '/ikm-surveys/:surveyId',
    tag: 'ikm',
    summary:
      'Satu survei IKM: jawaban atau jumlah per unsur, NRR per unsur, NRR tertimbang, indeks, nilai konversi, mutu, kinerja, profil responden',
    input: getIkmSurveyInput,
    run: getIkmSurvey,
  },
  {
    method: 'PUT',
    url: '/ikm-surveys/:surveyId',
    tag: 'ikm',
    summary: 'Mengubah layanan, periode, tanggal atau cara pengisian survei IKM (dengan versi)',
    input: updateIkmSurveyInput,
    run: updateIkmSurvey,
  },
  {
    method: 'PUT',
    url: '/ikm-surveys/:surveyId/responses',
    tag: 'ikm',
    summary:
      'Menyimpan seluruh jawaban responden (nilai 1–4 per unsur U1–U9): semua baris sah atau tidak ada yang disimpan; nilai IKM dialirkan ke indikator IKM',
    input: saveIkmResponsesInput,
    run: saveIkmResponses,
  },
  {
    method: 'PUT',
    url: '/ikm-surveys/:surveyId/element-totals',
    tag: 'ikm',
    summary:
      'Menyimpan jumlah responden dan jumlah nilai per unsur U1–U9; nilai IKM dialirkan ke indikator IKM',
    input: saveIkmElementTotalsInput,
    run: saveIkmElementTotals,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/akip-evaluations',
    tag: 'akip',
    summary:
      'Riwayat evaluasi AKIP lintas tahun: komponen, sub komponen, nilai, predikat, rekomendasi dan tindak lanjut; indikator yang dapat menerima nilai AKIP',
    input: listAkipEvaluationsInput,
    run: listAkipEvaluations,
  },
  {
    method: 'POST',
    url: '/agencies/:agencyId/akip-evaluations',
    tag: 'akip',
    summary:
      'Evaluator membuat evaluasi AKIP satu tahun (kertas kerja komponen, sub komponen, rekomendasi); nilai dialirkan ke indikator Nilai AKIP tahun berikutnya',
    input: createAkipEvaluationInput,
    status: 201,
    run: createAkipEvaluation,
  },
  {
    method: 'PUT',
    url: '/akip-evaluations/:evaluationId',
    tag: 'akip',
    summary: 'Evaluator mengubah kertas kerja evaluasi AKIP (dengan versi)',
    input: updateAkipEvaluationInput,
    run: updateAkipEvaluation,
  },
  {
    method: 'PUT',
    url: '/akip-recommendations/:recommendationId/follow-up',
    tag: 'akip',
    summary: 'Perangkat daerah mencatat tindak lanjut rekomendasi AKIP (uraian, status, tanggal)',
    input: recordAkipFollowUpInput,
    run: recordAkipFollowUp,
  },
  {
    method: 'PUT',
    url: '/indicators/:indicatorId/feed',
    tag: 'renstra',
    summary:
      "Menandai indikator yang realisasinya dihitung dari survei IKM ('ikm') atau evaluasi AKIP ('akip'), atau menghapus tandanya (null)",
    input: setIndicatorFeedInput,
    run: setIndicatorFeed,
  },
];
