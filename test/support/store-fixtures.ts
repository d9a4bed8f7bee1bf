/**
 * A small but complete agency for store tests: a kabupaten with its RPJMD,
 * a Dinas Sosial with a unit tree, Renstra, one IKU with components, targets,
 * realisations with evidence bytes, a signed PK, budget, narratives, social
 * welfare data, IKM, AKIP, settings, a user and audit entries. Every table of
 * the schema gets at least one row, so a backup round-trip covers them all.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/store/database.ts';
import * as s from '../../src/store/schema/index.ts';
import { makePng } from './png.ts';

export const evidenceBytes = new Uint8Array(
  Buffer.from('%PDF-1.4\nDokumentasi penyaluran bantuan TW I\n%%EOF\n'),
);
export const evidenceSha256 = createHash('sha256').update(evidenceBytes).digest('hex');

/** The agency's logo: a 4 × 4 green PNG (kept in evidence_blob too). */
export const logoBytes = makePng(4, 4, () => [20, 110, 60, 255]);
export const logoSha256 = createHash('sha256').update(logoBytes).digest('hex');

export type SmallAgency = Awaited<ReturnType<typeof seedSmallAgency>>;

function one<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

export async function seedSmallAgency(db: Database, suffix = '01') {
  const province = one(
    await db
      .insert(s.region)
      .values({ code: `3${suffix}`, name: 'Provinsi Contoh', kind: 'provinsi' })
      .returning(),
  );
  const region = one(
    await db
      .insert(s.region)
      .values({
        code: `3${suffix}.02`,
        name: 'Kabupaten Contoh',
        kind: 'kabupaten',
        parentRegionId: province.id,
      })
      .returning(),
  );
  const rpjmd = one(
    await db
      .insert(s.rpjmdPeriod)
      .values({ regionId: region.id, startYear: 2021, endYear: 2026, visi: 'Maju' })
      .returning(),
  );
  const rMisi = one(
    await db
      .insert(s.rpjmdMisi)
      .values({ rpjmdPeriodId: rpjmd.id, number: 1, statement: 'Sejahtera' })
      .returning(),
  );
  const rTujuan = one(
    await db
      .insert(s.rpjmdTujuan)
      .values({ rpjmdMisiId: rMisi.id, code: 'T1', statement: 'Kemiskinan turun' })
      .returning(),
  );
  const rSasaran = one(
    await db
      .insert(s.rpjmdSasaran)
      .values({ rpjmdTujuanId: rTujuan.id, code: 'S1', statement: 'PPKS tertangani' })
      .returning(),
  );
  const rIndicator = one(
    await db
      .insert(s.rpjmdIndicator)
      .values({
        rpjmdSasaranId: rSasaran.id,
        code: 'I1',
        name: 'Angka kemiskinan',
        unit: '%',
        polarity: 'negative',
        baselineValue: '6.67',
      })
      .returning(),
  );
  await db
    .insert(s.rpjmdIndicatorTarget)
    .values({ rpjmdIndicatorId: rIndicator.id, year: 2024, value: '5.50' });
  const kec = one(
    await db
      .insert(s.kecamatan)
      .values({ regionId: region.id, code: '01', name: 'Kecamatan Kota' })
      .returning(),
  );

  const agency = one(
    await db
      .insert(s.agency)
      .values({ regionId: region.id, code: '1.06.0.00.0.00.01.0000', name: 'Dinas Sosial' })
      .returning(),
  );
  const head = one(
    await db
      .insert(s.orgUnit)
      .values({ agencyId: agency.id, name: 'Kepala Dinas', echelon: 'II' })
      .returning(),
  );
  const bidang = one(
    await db
      .insert(s.orgUnit)
      .values({ agencyId: agency.id, parentId: head.id, name: 'Bidang Rehabilitasi Sosial', echelon: 'III' })
      .returning(),
  );
  const seksi = one(
    await db
      .insert(s.orgUnit)
      .values({ agencyId: agency.id, parentId: bidang.id, name: 'Seksi Anak', echelon: 'IV' })
      .returning(),
  );
  const bupatiPos = one(
    await db.insert(s.position).values({ regionId: region.id, title: 'Bupati Contoh' }).returning(),
  );
  const kadisPos = one(
    await db
      .insert(s.position)
      .values({ regionId: region.id, agencyId: agency.id, orgUnitId: head.id, title: 'Kepala Dinas Sosial' })
      .returning(),
  );
  const bupati = one(
    await db.insert(s.signatory).values({ positionId: bupatiPos.id, name: 'Budi Santoso' }).returning(),
  );
  const kadis = one(
    await db
      .insert(s.signatory)
      .values({
        positionId: kadisPos.id,
        agencyId: agency.id,
        name: 'Dra. Siti Aminah, M.Si',
        nip: '196805121994032005',
        rank: 'Pembina Utama Muda (IV/c)',
      })
      .returning(),
  );

  const renstra = one(
    await db
      .insert(s.renstraPeriod)
      .values({
        agencyId: agency.id,
        rpjmdPeriodId: rpjmd.id,
        startYear: 2021,
        endYear: 2026,
        visi: 'Masyarakat sejahtera',
      })
      .returning(),
  );
  const misi = one(
    await db
      .insert(s.renstraMisi)
      .values({ agencyId: agency.id, renstraPeriodId: renstra.id, number: 1, statement: 'Melayani' })
      .returning(),
  );
  const tujuan = one(
    await db
      .insert(s.renstraTujuan)
      .values({
        agencyId: agency.id,
        renstraPeriodId: renstra.id,
        renstraMisiId: misi.id,
        code: 'T1',
        statement: 'Meningkatkan kesejahteraan',
      })
      .returning(),
  );
  const sasaran = one(
    await db
      .insert(s.sasaranStrategis)
      .values({
        agencyId: agency.id,
        renstraPeriodId: renstra.id,
        renstraTujuanId: tujuan.id,
        code: 'SS1',
        statement: 'Meningkatnya PPKS yang tertangani',
      })
      .returning(),
  );
  await db
    .insert(s.sasaranRpjmdLink)
    .values({ sasaranStrategisId: sasaran.id, rpjmdSasaranId: rSasaran.id, agencyId: agency.id });
  const program = one(
    await db
      .insert(s.program)
      .values({
        agencyId: agency.id,
        renstraPeriodId: renstra.id,
        code: '1.06.04',
        name: 'Program Rehabilitasi Sosial',
      })
      .returning(),
  );
  await db
    .insert(s.sasaranProgramLink)
    .values({ sasaranStrategisId: sasaran.id, programId: program.id, agencyId: agency.id });
  const kegiatan = one(
    await db
      .insert(s.kegiatan)
      .values({
        agencyId: agency.id,
        programId: program.id,
        code: '1.06.04.2.01',
        name: 'Rehabilitasi Sosial Dasar',
      })
      .returning(),
  );
  const sub = one(
    await db
      .insert(s.subKegiatan)
      .values({
        agencyId: agency.id,
        kegiatanId: kegiatan.id,
        code: '1.06.04.2.01.0001',
        name: 'Penyediaan Permakanan',
        orgUnitId: seksi.id,
      })
      .returning(),
  );
  const indicator = one(
    await db
      .insert(s.indicator)
      .values({
        agencyId: agency.id,
        renstraPeriodId: renstra.id,
        sasaranStrategisId: sasaran.id,
        code: 'IKU1',
        name: 'Persentase PPKS yang tertangani',
        formula: 'tertangani / total × 100',
        unit: '%',
        polarity: 'positive',
        periodAggregation: 'last',
        isIku: true,
        baselineYear: 2020,
        baselineValue: '61.25',
        endTargetValue: '85.00',
      })
      .returning(),
  );
  const served = one(
    await db
      .insert(s.indicatorComponent)
      .values({ agencyId: agency.id, indicatorId: indicator.id, code: 'served', name: 'PPKS tertangani' })
      .returning(),
  );
  const total = one(
    await db
      .insert(s.indicatorComponent)
      .values({ agencyId: agency.id, indicatorId: indicator.id, code: 'total', name: 'Jumlah PPKS' })
      .returning(),
  );
  await db.insert(s.indicatorTarget).values([
    { agencyId: agency.id, indicatorId: indicator.id, year: 2023, value: '75.5' },
    { agencyId: agency.id, indicatorId: indicator.id, year: 2024, value: '80.50' },
  ]);

  const pk = one(
    await db
      .insert(s.perjanjianKinerja)
      .values({ agencyId: agency.id, orgUnitId: head.id, year: 2024 })
      .returning(),
  );
  const unitPk = one(
    await db
      .insert(s.perjanjianKinerja)
      .values({ agencyId: agency.id, orgUnitId: bidang.id, year: 2024, parentId: pk.id })
      .returning(),
  );
  const pkV1 = one(
    await db
      .insert(s.pkVersion)
      .values({ agencyId: agency.id, perjanjianKinerjaId: pk.id, number: 1, kind: 'original' })
      .returning(),
  );
  await db
    .insert(s.pkTarget)
    .values({ agencyId: agency.id, pkVersionId: pkV1.id, indicatorId: indicator.id, value: '80.50' });
  await db
    .insert(s.pkBudget)
    .values({ agencyId: agency.id, pkVersionId: pkV1.id, programId: program.id, amount: 1_250_000_000 });
  const user = one(
    await db
      .insert(s.appUser)
      .values({ username: `operator${suffix}`, displayName: 'Operator Dinsos' })
      .returning(),
  );
  await db
    .update(s.pkVersion)
    .set({
      status: 'signed',
      firstPartySignatoryId: kadis.id,
      secondPartySignatoryId: bupati.id,
      signedOn: '2024-01-20',
      signedPlace: 'Kota Contoh',
      signedAt: new Date('2024-01-20T03:00:00Z'),
      signedByUserId: user.id,
    })
    .where(eqId(pkV1.id));

  const realisation = one(
    await db
      .insert(s.realisation)
      .values({
        agencyId: agency.id,
        indicatorId: indicator.id,
        year: 2024,
        periodKind: 'quarter',
        periodNo: 1,
        value: '78.125',
        note: 'Data DTKS Maret',
        status: 'submitted',
        enteredByUserId: user.id,
        submittedByUserId: user.id,
        submittedAt: new Date('2024-04-05T02:00:00Z'),
      })
      .returning(),
  );
  await db.insert(s.realisationComponent).values([
    { agencyId: agency.id, realisationId: realisation.id, indicatorComponentId: served.id, value: '625' },
    { agencyId: agency.id, realisationId: realisation.id, indicatorComponentId: total.id, value: '800' },
  ]);
  await db
    .insert(s.evidenceBlob)
    .values({ sha256: evidenceSha256, sizeBytes: evidenceBytes.length, content: evidenceBytes })
    .onConflictDoNothing();
  const evidence = one(
    await db
      .insert(s.evidenceFile)
      .values({
        agencyId: agency.id,
        realisationId: realisation.id,
        blobSha256: evidenceSha256,
        fileName: 'dokumentasi-tw1.pdf',
        mimeType: 'application/pdf',
        sizeBytes: evidenceBytes.length,
        uploadedByUserId: user.id,
      })
      .returning(),
  );

  await db
    .insert(s.evidenceBlob)
    .values({ sha256: logoSha256, sizeBytes: logoBytes.length, content: logoBytes })
    .onConflictDoNothing();
  await db.insert(s.agencyLogo).values({
    agencyId: agency.id,
    blobSha256: logoSha256,
    mimeType: 'image/png',
    sizeBytes: logoBytes.length,
    uploadedByUserId: user.id,
  });

  const budget = one(
    await db
      .insert(s.budgetLine)
      .values({
        agencyId: agency.id,
        subKegiatanId: sub.id,
        year: 2024,
        spendingType: 'barang_jasa',
        paguMurni: 177_880_628,
        paguPerubahan: 180_000_000,
      })
      .returning(),
  );
  await db.insert(s.budgetRealisation).values({
    agencyId: agency.id,
    budgetLineId: budget.id,
    periodKind: 'quarter',
    periodNo: 1,
    amount: 41_600_000,
  });
  await db.insert(s.subKegiatanProgress).values({
    agencyId: agency.id,
    subKegiatanId: sub.id,
    year: 2024,
    periodKind: 'quarter',
    periodNo: 1,
    physicalProgressPercent: '25.00',
  });

  await db.insert(s.narrative).values({
    agencyId: agency.id,
    year: 2024,
    section: 'bab3.analisis_sasaran',
    sasaranStrategisId: sasaran.id,
    topic: 'penyebab_keberhasilan',
    body: 'Pendataan DTKS diperbarui tiap bulan.',
  });
  const sdm = one(
    await db
      .insert(s.sdmSnapshot)
      .values({ agencyId: agency.id, year: 2024, asOf: '2024-12-31' })
      .returning(),
  );
  await db.insert(s.sdmCount).values({
    agencyId: agency.id,
    sdmSnapshotId: sdm.id,
    dimension: 'golongan',
    category: 'III/a',
    count: 12,
  });
  await db
    .insert(s.ppksCount)
    .values({ agencyId: agency.id, year: 2024, category: 'fakir_miskin', kecamatanId: kec.id, count: 1520 });
  await db.insert(s.psksCount).values({ agencyId: agency.id, year: 2024, type: 'tksk', count: 19 });
  await db.insert(s.assistanceDelivery).values({
    agencyId: agency.id,
    year: 2024,
    program: 'permakanan',
    kecamatanId: kec.id,
    recipients: 36,
    units: '1080',
    unitName: 'paket',
    value: 32_400_000,
  });
  const survey = one(
    await db
      .insert(s.ikmSurvey)
      .values({ agencyId: agency.id, year: 2024, method: 'responses', serviceName: 'Rekomendasi PBI-JK' })
      .returning(),
  );
  await db.insert(s.ikmResponse).values({
    agencyId: agency.id,
    ikmSurveyId: survey.id,
    respondentNo: 1,
    u1: 4,
    u2: 3,
    u3: 3,
    u4: 4,
    u5: 3,
    u6: 4,
    u7: 4,
    u8: 3,
    u9: 3,
    sex: 'P',
  });
  const totals = one(
    await db
      .insert(s.ikmSurvey)
      .values({ agencyId: agency.id, year: 2023, method: 'element_totals' })
      .returning(),
  );
  await db
    .insert(s.ikmElementTotal)
    .values({ agencyId: agency.id, ikmSurveyId: totals.id, element: 'U1', scoreSum: 310, respondents: 100 });
  const akip = one(
    await db
      .insert(s.akipEvaluation)
      .values({ agencyId: agency.id, year: 2023, evaluator: 'Inspektorat Kabupaten', publishedGrade: 'BB' })
      .returning(),
  );
  await db.insert(s.akipComponentScore).values({
    agencyId: agency.id,
    akipEvaluationId: akip.id,
    component: 'perencanaan',
    weight: '30',
    score: '24.75',
  });
  await db.insert(s.akipRecommendation).values({
    agencyId: agency.id,
    akipEvaluationId: akip.id,
    number: 1,
    recommendation: 'Perbaiki cascading kinerja',
  });
  await db
    .insert(s.measurementSetting)
    .values({ regionId: region.id, fromYear: 2021, scalePreset: 'permendagri_86_2017', capaianCap: '120' });
  await db.insert(s.userRole).values({ userId: user.id, role: 'operator', agencyId: agency.id });
  await db.insert(s.session).values({
    userId: user.id,
    tokenHash: createHash('sha256').update(`token-${suffix}`).digest('hex'),
    expiresAt: new Date('2030-01-01T00:00:00Z'),
  });
  await db.insert(s.auditLog).values({
    actorUserId: user.id,
    actorLabel: user.username,
    origin: 'web',
    action: 'realisation.submitted',
    entityTable: 'realisation',
    entityId: realisation.id,
    agencyId: agency.id,
    before: { status: 'draft' },
    after: { status: 'submitted', value: '78.125' },
  });

  // the reporting workflow (2023, so it does not touch the 2024 records above):
  // a deadline whose lock was reopened, a final LKjIP with an answered comment,
  // a reminder, a finished job
  const deadline = one(
    await db
      .insert(s.reportingDeadline)
      .values({
        regionId: region.id,
        year: 2023,
        kind: 'lkjip',
        dueDate: '2024-02-28',
        dueAt: new Date('2024-02-28T17:00:00Z'),
        reminderWorkingDays: 5,
        graceDays: 7,
      })
      .returning(),
  );
  await db.insert(s.periodLock).values({
    regionId: region.id,
    year: 2023,
    kind: 'lkjip',
    deadlineId: deadline.id,
    lockedAt: new Date('2024-03-06T17:00:00Z'),
    reopenedAt: new Date('2024-03-07T02:00:00Z'),
    reopenReason: 'Perbaikan setelah reviu Inspektorat',
  });
  await db.insert(s.notification).values({
    userId: user.id,
    kind: 'deadline.reminder',
    textId: 'LKjIP 2023 jatuh tempo 28 Februari 2024',
    textEn: 'LKjIP 2023 is due on 28 February 2024',
    dedupeKey: `deadline.reminder:${deadline.id}`,
  });
  const lkjip = one(
    await db
      .insert(s.lkjipReport)
      .values({ agencyId: agency.id, year: 2023, status: 'in_review', createdByUserId: user.id })
      .returning(),
  );
  await db.insert(s.lkjipReviewComment).values({
    agencyId: agency.id,
    reportId: lkjip.id,
    sectionKey: 'bab3-pengukuran',
    authorUserId: user.id,
    body: 'Capaian IKU 1 memakai rumus polaritas yang salah.',
    responseText: 'Sudah diperbaiki.',
    respondedAt: new Date('2024-02-20T02:00:00Z'),
  });
  const snapshot = { year: 2023, overall: '98.5' };
  await db
    .update(s.lkjipReport)
    .set({
      status: 'final',
      snapshot,
      contentSha256: createHash('sha256').update(JSON.stringify(snapshot)).digest('hex'),
      finalisedAt: new Date('2024-02-27T02:00:00Z'),
      finalisedByUserId: user.id,
    })
    .where(eq(s.lkjipReport.id, lkjip.id));
  await db.insert(s.backgroundJob).values({
    kind: 'report.lkjip_docx',
    status: 'done',
    progress: 100,
    result: new Uint8Array(Buffer.from('PK\u0003\u0004 laporan')),
    resultFileName: 'lkjip-2023.docx',
    resultMimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ownerUserId: user.id,
    regionId: region.id,
    agencyId: agency.id,
  });
  await db.insert(s.reviewRecord).values({
    agencyId: agency.id,
    year: 2023,
    source: 'report_data',
    fileName: 'lkjip-2023.json',
    reviewerUserId: user.id,
    reportData: { format: 'akuntabel/report-data@1', year: 2023 },
    findings: [{ id: 'budget.sum', severity: 'error', commentId: null }],
  });

  return {
    region,
    agency,
    head,
    bidang,
    seksi,
    renstra,
    sasaran,
    program,
    sub,
    indicator,
    pk,
    unitPk,
    pkV1,
    realisation,
    evidence,
    budget,
    user,
    served,
    total,
  };
}

function eqId(id: string) {
  return eq(s.pkVersion.id, id);
}
