/** Workflow: the reporting calendar and period locks, notifications, the LKjIP review, the audit trail, jobs. */
import { listRecentChanges, listRecentChangesInput } from '../../services/audit/list-recent-changes.ts';
import { readAuditTrail, readAuditTrailInput } from '../../services/audit/read-audit-trail.ts';
import { listDeadlines, listDeadlinesInput } from '../../services/calendar/list-deadlines.ts';
import { listLate, listLateInput } from '../../services/calendar/list-late.ts';
import { listNotifications, listNotificationsInput } from '../../services/calendar/list-notifications.ts';
import { listPeriodLocks, listPeriodLocksInput } from '../../services/calendar/list-period-locks.ts';
import {
  markNotificationRead,
  markNotificationReadInput,
} from '../../services/calendar/mark-notification-read.ts';
import { reopenPeriod, reopenPeriodInput } from '../../services/calendar/reopen-period.ts';
import { setDeadline, setDeadlineInput } from '../../services/calendar/set-deadline.ts';
import { getJob, getJobInput } from '../../services/jobs/get-job.ts';
import { addReviewComment, addReviewCommentInput } from '../../services/review/add-review-comment.ts';
import {
  answerReviewComment,
  answerReviewCommentInput,
} from '../../services/review/answer-review-comment.ts';
import { createLkjipDraft, createLkjipDraftInput } from '../../services/review/create-lkjip-draft.ts';
import { finalizeLkjip, finalizeLkjipInput } from '../../services/review/finalize-lkjip.ts';
import { getLkjip } from '../../services/review/get-lkjip.ts';
import { listLkjipReports, listLkjipReportsInput } from '../../services/review/list-lkjip-reports.ts';
import {
  resolveReviewComment,
  resolveReviewCommentInput,
} from '../../services/review/resolve-review-comment.ts';
import { returnLkjipToDraft, returnLkjipToDraftInput } from '../../services/review/return-lkjip-to-draft.ts';
import {
  submitLkjipForReview,
  submitLkjipForReviewInput,
} from '../../services/review/submit-lkjip-for-review.ts';
import { z } from 'zod';
import type { ServiceRoute } from '../service-route.ts';

const calendar = 'kalender';
const review = 'reviu-lkjip';

export const workflowRoutes: readonly ServiceRoute[] = [
  {
    method: 'GET',
    url: '/regions/:regionId/deadlines',
    tag: calendar,
    summary: 'Jadwal pelaporan (batas waktu realisasi triwulan, PK, LKjIP)',
    input: listDeadlinesInput,
    run: listDeadlines,
  },
  {
    method: 'PUT',
    url: '/regions/:regionId/deadlines',
    tag: calendar,
    summary: 'Menetapkan batas waktu, pengingat (hari kerja) dan masa tenggang (admin)',
    input: setDeadlineInput,
    run: setDeadline,
  },
  {
    method: 'GET',
    url: '/regions/:regionId/period-locks',
    tag: calendar,
    summary: 'Periode yang terkunci',
    input: listPeriodLocksInput,
    run: listPeriodLocks,
  },
  {
    method: 'POST',
    url: '/period-locks/:lockId/reopen',
    tag: calendar,
    summary: 'Membuka kembali periode terkunci dengan alasan (admin)',
    input: reopenPeriodInput,
    run: reopenPeriod,
  },
  {
    method: 'GET',
    url: '/regions/:regionId/late',
    tag: calendar,
    summary: 'Yang terlambat, per perangkat daerah',
    input: listLateInput,
    run: listLate,
  },
  {
    method: 'GET',
    url: '/notifications',
    tag: calendar,
    summary: 'Pemberitahuan pengguna',
    input: listNotificationsInput,
    run: listNotifications,
  },
  {
    method: 'POST',
    url: '/notifications/:notificationId/read',
    tag: calendar,
    summary: 'Menandai pemberitahuan sudah dibaca',
    input: markNotificationReadInput,
    run: markNotificationRead,
  },
  {
    method: 'POST',
    url: '/agencies/:agencyId/lkjip',
    tag: review,
    summary: 'Membuat draf LKjIP satu tahun',
    input: createLkjipDraftInput,
    status: 201,
    run: createLkjipDraft,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/lkjip',
    tag: review,
    summary: 'LKjIP satu tahun dengan catatan reviu',
    input: z.object({ agencyId: z.uuid(), year: z.number().int() }),
    run: getLkjip,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/lkjip-reports',
    tag: review,
    summary: 'Riwayat LKjIP per tahun: status, jumlah catatan reviu, bagian yang dapat diberi catatan',
    input: listLkjipReportsInput,
    run: listLkjipReports,
  },
  {
    method: 'GET',
    url: '/lkjip/:reportId',
    tag: review,
    summary: 'LKjIP dengan catatan reviu dan snapshot',
    input: z.object({ reportId: z.uuid() }),
    run: getLkjip,
  },
  {
    method: 'POST',
    url: '/lkjip/:reportId/submit',
    tag: review,
    summary: 'Mengajukan LKjIP untuk direviu (kepala)',
    input: submitLkjipForReviewInput,
    run: submitLkjipForReview,
  },
  {
    method: 'POST',
    url: '/lkjip/:reportId/comments',
    tag: review,
    summary: 'Catatan reviu per bagian (evaluator)',
    input: addReviewCommentInput,
    status: 201,
    run: addReviewComment,
  },
  {
    method: 'POST',
    url: '/review-comments/:commentId/answer',
    tag: review,
    summary: 'Menjawab catatan reviu',
    input: answerReviewCommentInput,
    run: answerReviewComment,
  },
  {
    method: 'POST',
    url: '/review-comments/:commentId/resolve',
    tag: review,
    summary: 'Menyatakan catatan reviu selesai (evaluator)',
    input: resolveReviewCommentInput,
    run: resolveReviewComment,
  },
  {
    method: 'POST',
    url: '/lkjip/:reportId/return',
    tag: review,
    summary: 'Mengembalikan LKjIP ke draf (evaluator)',
    input: returnLkjipToDraftInput,
    run: returnLkjipToDraft,
  },
  {
    method: 'POST',
    url: '/lkjip/:reportId/finalize',
    tag: review,
    summary: 'Menetapkan LKjIP final: angka dibekukan, tidak dapat diubah (kepala)',
    input: finalizeLkjipInput,
    run: (ctx, input) => finalizeLkjip(ctx, input),
  },
  {
    method: 'GET',
    url: '/audit',
    tag: 'audit',
    summary:
      'Jejak audit satu catatan (entityTable + entityId), atau pencarian per perangkat daerah, pengguna, jenis catatan dan tanggal',
    input: readAuditTrailInput,
    run: readAuditTrail,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/recent-changes',
    tag: 'audit',
    summary:
      'Perubahan terbaru satu perangkat daerah untuk dasbor (tanpa catatan masuk), satu baris per orang, jenis perubahan dan menit',
    input: listRecentChangesInput,
    run: listRecentChanges,
  },
  {
    method: 'GET',
    url: '/jobs/:jobId',
    tag: 'pekerjaan',
    summary: 'Status dan kemajuan pekerjaan latar belakang',
    input: getJobInput,
    run: getJob,
  },
];
