/** Perjanjian Kinerja: draft from the Renstra, targets, submit, sign, revise (perubahan), read with diffs. */
import { createPkDraft, createPkDraftInput } from '../../services/commit/create-pk-draft.ts';
import { getPk, getPkInput } from '../../services/commit/get-pk.ts';
import { listAgencyPks, listAgencyPksInput } from '../../services/commit/list-agency-pks.ts';
import { listPkSignatories, listPkSignatoriesInput } from '../../services/commit/list-pk-signatories.ts';
import { revisePk, revisePkInput } from '../../services/commit/revise-pk.ts';
import { signPk, signPkInput } from '../../services/commit/sign-pk.ts';
import { submitPk, submitPkInput } from '../../services/commit/submit-pk.ts';
import { updatePkTargets, updatePkTargetsInput } from '../../services/commit/update-pk-targets.ts';
import type { ServiceRoute } from '../service-route.ts';

const tag = 'perjanjian-kinerja';

export const commitRoutes: readonly ServiceRoute[] = [
  {
    method: 'POST',
    url: '/agencies/:agencyId/pk',
    tag,
    summary: 'Menyusun draf PK dari target Renstra dan pagu tahun itu',
    input: createPkDraftInput,
    status: 201,
    run: createPkDraft,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/pk',
    tag,
    summary: 'PK satu tahun per unit (kaskade): versi terakhir dan statusnya',
    input: listAgencyPksInput,
    run: listAgencyPks,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/pk-signatories',
    tag,
    summary: 'Penandatangan PK: pejabat perangkat daerah (pihak pertama) dan kepala daerah (pihak kedua)',
    input: listPkSignatoriesInput,
    run: listPkSignatories,
  },
  {
    method: 'GET',
    url: '/pk/:pkId',
    tag,
    summary: 'PK dengan semua versinya dan selisih tiap perubahan',
    input: getPkInput,
    run: getPk,
  },
  {
    method: 'PUT',
    url: '/pk-versions/:pkVersionId/targets',
    tag,
    summary: 'Mengubah target dan pagu draf PK (dengan versi)',
    input: updatePkTargetsInput,
    run: updatePkTargets,
  },
  {
    method: 'POST',
    url: '/pk-versions/:pkVersionId/submit',
    tag,
    summary: 'Mengajukan PK (draf → diajukan)',
    input: submitPkInput,
    run: submitPk,
  },
  {
    method: 'POST',
    url: '/pk-versions/:pkVersionId/sign',
    tag,
    summary: 'Menandatangani PK (kepala; tidak dapat diubah lagi)',
    input: signPkInput,
    run: signPk,
  },
  {
    method: 'POST',
    url: '/pk-versions/:pkVersionId/revise',
    tag,
    summary: 'Membuat PK perubahan dari versi yang sudah ditandatangani',
    input: revisePkInput,
    status: 201,
    run: revisePk,
  },
];
