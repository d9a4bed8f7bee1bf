/**
 * The rules of agency-bundle@1 that the zod shape cannot say: unique ids and
 * codes, references that resolve, target years inside the Renstra period,
 * totals that reconcile, one demo user per role. Messages are Indonesian and
 * every error names its path.
 */
import { BUNDLE_ROLES } from './agency-bundle-fields.ts';
import type { AgencyBundle, BundleError, BundleUnit } from './agency-bundle.ts';

const fmtRp = (n: number): string => `Rp ${n.toLocaleString('id-ID')}`;

/** The rules `b` breaks, in document order; empty when it keeps them all. */
export function semanticErrors(b: AgencyBundle): BundleError[] {
  const errors: BundleError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  const unique = (seen: Set<string>, value: string, path: string, what: string) => {
    if (seen.has(value)) err(path, `${what} "${value}" dipakai lebih dari sekali`);
    seen.add(value);
  };

  // Periods.
  if (b.rpjmd.period.end < b.rpjmd.period.start) err('rpjmd.period', 'tahun akhir sebelum tahun awal');
  const rp = b.renstra.period;
  if (rp.end < rp.start) err('renstra.period', 'tahun akhir sebelum tahun awal');
  const inRenstra = (y: number) => y >= rp.start && y <= rp.end;
  const periodText = `${String(rp.start)}–${String(rp.end)}`;

  // RPJMD references.
  const rpjmdIds = new Set<string>();
  const misiIds = new Set<string>();
  const tujuanIds = new Set<string>();
  const rpjmdSasaranIds = new Set<string>();
  b.rpjmd.misi.forEach((m, i) => {
    unique(rpjmdIds, m.id, `rpjmd.misi[${i}].id`, 'id');
    misiIds.add(m.id);
  });
  b.rpjmd.tujuan.forEach((t, i) => {
    unique(rpjmdIds, t.id, `rpjmd.tujuan[${i}].id`, 'id');
    tujuanIds.add(t.id);
    if (!misiIds.has(t.misiId))
      err(`rpjmd.tujuan[${i}].misiId`, `misi "${t.misiId}" tidak ada di rpjmd.misi`);
  });
  b.rpjmd.sasaran.forEach((s, i) => {
    unique(rpjmdIds, s.id, `rpjmd.sasaran[${i}].id`, 'id');
    rpjmdSasaranIds.add(s.id);
    if (!tujuanIds.has(s.tujuanId))
      err(`rpjmd.sasaran[${i}].tujuanId`, `tujuan "${s.tujuanId}" tidak ada di rpjmd.tujuan`);
  });

  // Units.
  const unitIds = new Set<string>();
  const walkUnits = (u: BundleUnit, path: string) => {
    unique(unitIds, u.id, `${path}.id`, 'id unit');
    u.children.forEach((c, i) => walkUnits(c, `${path}.children[${i}]`));
  };
  walkUnits(b.units, 'units');

  // Budget tree: unique codes, code hierarchy, years, sums.
  const codes = new Set<string>();
  const programOfSub = new Map<string, string>();
  const programSums = new Map<string, Map<string, number>>(); // programCode -> year -> paguPerubahan
  const leafSums = new Map<string, { paguMurni: number; paguPerubahan: number; realisasi: number }>();
  const addLeaf = (y: string, murni: number, perubahan: number, realisasi: number) => {
    const s = leafSums.get(y) ?? { paguMurni: 0, paguPerubahan: 0, realisasi: 0 };
    s.paguMurni += murni;
    s.paguPerubahan += perubahan;
    s.realisasi += realisasi;
    leafSums.set(y, s);
  };
  b.budgetTree.programs.forEach((p, pi) => {
    const pPath = `budgetTree.programs[${pi}]`;
    unique(codes, p.code, `${pPath}.code`, 'kode');
    if (p.code.split('.').length !== 3)
      err(`${pPath}.code`, `kode program "${p.code}" harus berbentuk U.BB.PP`);
    const perYear = new Map<string, number>();
    programSums.set(p.code, perYear);
    p.kegiatan.forEach((k, ki) => {
      const kPath = `${pPath}.kegiatan[${ki}]`;
      unique(codes, k.code, `${kPath}.code`, 'kode');
      if (!k.code.startsWith(`${p.code}.`) || k.code.split('.').length !== 5)
        err(`${kPath}.code`, `kode kegiatan "${k.code}" harus berbentuk ${p.code}.K.KK`);
      for (const [y, u] of Object.entries(k.unitemized ?? {})) {
        if (!inRenstra(Number(y)))
          err(`${kPath}.unitemized.${y}`, `tahun ${y} di luar periode Renstra ${periodText}`);
        addLeaf(y, u.paguMurni, 0, 0);
      }
      k.subKegiatan.forEach((s, si) => {
        const sPath = `${kPath}.subKegiatan[${si}]`;
        unique(codes, s.code, `${sPath}.code`, 'kode');
        if (!s.code.startsWith(`${k.code}.`) || s.code.split('.').length !== 6)
          err(`${sPath}.code`, `kode sub kegiatan "${s.code}" harus berbentuk ${k.code}.SSSS`);
        programOfSub.set(s.code, p.code);
        const years = Object.entries(s.years);
        if (years.length === 0) err(`${sPath}.years`, 'minimal satu tahun anggaran');
        for (const [y, v] of years) {
          const yPath = `${sPath}.years.${y}`;
          if (!inRenstra(Number(y))) err(yPath, `tahun ${y} di luar periode Renstra ${periodText}`);
          if (v.realisasi > v.paguPerubahan)
            err(
              `${yPath}.realisasi`,
              `realisasi ${fmtRp(v.realisasi)} melebihi pagu perubahan ${fmtRp(v.paguPerubahan)}`,
            );
          if (v.paguPerubahan > 0 && v.fisik === null)
            err(`${yPath}.fisik`, 'wajib diisi bila pagu perubahan lebih dari 0');
          addLeaf(y, v.paguMurni, v.paguPerubahan, v.realisasi);
          perYear.set(y, (perYear.get(y) ?? 0) + v.paguPerubahan);
        }
        s.outputIndicators?.forEach((o, oi) => {
          if (o.target === null && o.realisasi === null)
            err(`${sPath}.outputIndicators[${oi}]`, 'target atau realisasi harus diisi');
        });
      });
    });
  });
  for (const [y, t] of Object.entries(b.budgetTree.controlTotals)) {
    const s = leafSums.get(y) ?? { paguMurni: 0, paguPerubahan: 0, realisasi: 0 };
    for (const field of ['paguMurni', 'paguPerubahan', 'realisasi'] as const) {
      if (s[field] !== t[field])
        err(
          `budgetTree.controlTotals.${y}.${field}`,
          `jumlah sub kegiatan ${fmtRp(s[field])} tidak sama dengan total laporan ${fmtRp(t[field])}`,
        );
    }
  }
  for (const [y, st] of Object.entries(b.budgetTree.spendingByType)) {
    const total = st.items.reduce((a, i) => a + i.amount, 0);
    const perubahan = leafSums.get(y)?.paguPerubahan ?? 0;
    if (total !== perubahan)
      err(
        `budgetTree.spendingByType.${y}.items`,
        `jumlah per jenis belanja ${fmtRp(total)} tidak sama dengan pagu perubahan ${fmtRp(perubahan)}`,
      );
    const types = new Set<string>();
    st.items.forEach((i, ii) =>
      unique(types, i.type, `budgetTree.spendingByType.${y}.items[${ii}].type`, 'jenis belanja'),
    );
  }

  // Renstra: sasaran, indicators, targets.
  const sasaranIds = new Set<string>();
  const indikatorOf = new Map<string, string>(); // indikatorId -> sasaranId
  b.renstra.sasaran.forEach((s, si) => {
    const sPath = `renstra.sasaran[${si}]`;
    unique(sasaranIds, s.id, `${sPath}.id`, 'id sasaran');
    s.rpjmdSasaranIds.forEach((r, ri) => {
      if (!rpjmdSasaranIds.has(r))
        err(`${sPath}.rpjmdSasaranIds[${ri}]`, `sasaran RPJMD "${r}" tidak ada di rpjmd.sasaran`);
    });
    s.indikator.forEach((ind, ii) => {
      const iPath = `${sPath}.indikator[${ii}]`;
      if (indikatorOf.has(ind.id)) err(`${iPath}.id`, `id indikator "${ind.id}" dipakai lebih dari sekali`);
      indikatorOf.set(ind.id, s.id);
      const years = new Set<number>();
      ind.targets.forEach((t, ti) => {
        if (!inRenstra(t.year))
          err(
            `${iPath}.targets[${ti}].year`,
            `tahun ${String(t.year)} di luar periode Renstra ${periodText}`,
          );
        if (years.has(t.year)) err(`${iPath}.targets[${ti}].year`, `target tahun ${String(t.year)} ganda`);
        years.add(t.year);
      });
      ind.historicalTargets.forEach((t, ti) => {
        if (t.year >= rp.start)
          err(
            `${iPath}.historicalTargets[${ti}].year`,
            `tahun ${String(t.year)} bukan sebelum periode Renstra (${String(rp.start)}); pindahkan ke targets`,
          );
      });
      if (ind.endTarget === null && !ind.endTargetNote)
        err(
          `${iPath}.endTargetNote`,
          'wajib diisi bila endTarget null (jelaskan mengapa target akhir tidak ada)',
        );
      if (ind.formula === null && !ind.formulaNote)
        err(`${iPath}.formulaNote`, 'wajib diisi bila formula null');
      if (ind.dataSource === null && !ind.dataSourceNote)
        err(`${iPath}.dataSourceNote`, 'wajib diisi bila dataSource null');
    });
  });
  b.renstra.programs.forEach((l, li) => {
    const lPath = `renstra.programs[${li}]`;
    if (!sasaranIds.has(l.sasaranId))
      err(`${lPath}.sasaranId`, `sasaran "${l.sasaranId}" tidak ada di renstra.sasaran`);
    if (!programSums.has(l.programCode))
      err(`${lPath}.programCode`, `program "${l.programCode}" tidak ada di budgetTree`);
    l.subKegiatanCodes.forEach((c, ci) => {
      const owner = programOfSub.get(c);
      if (owner === undefined)
        err(`${lPath}.subKegiatanCodes[${ci}]`, `sub kegiatan "${c}" tidak ada di budgetTree`);
      else if (owner !== l.programCode)
        err(
          `${lPath}.subKegiatanCodes[${ci}]`,
          `sub kegiatan "${c}" bukan bagian program "${l.programCode}"`,
        );
    });
  });

  // Perjanjian Kinerja.
  const pkIds = new Set<string>();
  b.perjanjianKinerja.documents.forEach((d, di) => {
    const dPath = `perjanjianKinerja.documents[${di}]`;
    unique(pkIds, d.id, `${dPath}.id`, 'id PK');
    if (!inRenstra(d.year))
      err(`${dPath}.year`, `tahun ${String(d.year)} di luar periode Renstra ${periodText}`);
    const pairs = new Set<string>();
    d.items.forEach((it, ii) => {
      const iPath = `${dPath}.items[${ii}]`;
      if (!sasaranIds.has(it.sasaranId))
        err(`${iPath}.sasaranId`, `sasaran "${it.sasaranId}" tidak ada di renstra.sasaran`);
      const owner = indikatorOf.get(it.indikatorId);
      if (owner === undefined)
        err(`${iPath}.indikatorId`, `indikator "${it.indikatorId}" tidak ada di renstra`);
      else if (owner !== it.sasaranId)
        err(`${iPath}.indikatorId`, `indikator "${it.indikatorId}" bukan milik sasaran "${it.sasaranId}"`);
      unique(pairs, it.indikatorId, `${iPath}.indikatorId`, 'indikator');
    });
    const programs = new Set<string>();
    d.programBudgets.forEach((pb, pi) => {
      const pPath = `${dPath}.programBudgets[${pi}]`;
      unique(programs, pb.programCode, `${pPath}.programCode`, 'program');
      const perYear = programSums.get(pb.programCode);
      if (perYear === undefined) {
        err(`${pPath}.programCode`, `program "${pb.programCode}" tidak ada di budgetTree`);
        return;
      }
      const tree = perYear.get(String(d.year));
      if (d.version === 'perubahan' && tree !== undefined && tree !== pb.pagu)
        err(
          `${pPath}.pagu`,
          `pagu PK ${fmtRp(pb.pagu)} tidak sama dengan pagu perubahan program di budgetTree ${fmtRp(tree)}`,
        );
    });
  });

  // Realisations.
  const realKeys = new Set<string>();
  b.realisations.forEach((r, ri) => {
    const rPath = `realisations[${ri}]`;
    if (!indikatorOf.has(r.indikatorId))
      err(`${rPath}.indikatorId`, `indikator "${r.indikatorId}" tidak ada di renstra`);
    if (r.year > b.year)
      err(`${rPath}.year`, `tahun ${String(r.year)} sesudah tahun laporan ${String(b.year)}`);
    unique(
      realKeys,
      `${r.indikatorId} ${String(r.year)} ${String(r.period)}`,
      rPath,
      'realisasi (indikator, tahun, periode)',
    );
  });

  // SDM sums.
  const sum = (xs: readonly { count: number }[]) => xs.reduce((a, x) => a + x.count, 0);
  if (sum(b.sdm.byPosition) !== b.sdm.totals.pns)
    err(
      'sdm.byPosition',
      `jumlah ${String(sum(b.sdm.byPosition))} tidak sama dengan totals.pns ${String(b.sdm.totals.pns)}`,
    );
  if (sum(b.sdm.byEducation.pns) !== b.sdm.totals.pns)
    err(
      'sdm.byEducation.pns',
      `jumlah ${String(sum(b.sdm.byEducation.pns))} tidak sama dengan totals.pns ${String(b.sdm.totals.pns)}`,
    );
  if (sum(b.sdm.byEducation.kontrak) !== b.sdm.totals.kontrak)
    err(
      'sdm.byEducation.kontrak',
      `jumlah ${String(sum(b.sdm.byEducation.kontrak))} tidak sama dengan totals.kontrak ${String(b.sdm.totals.kontrak)}`,
    );
  if (b.sdm.byRank === null && !b.sdm.byRankNote) err('sdm.byRankNote', 'wajib diisi bila byRank null');
  if (b.sdm.byGender === null && !b.sdm.byGenderNote)
    err('sdm.byGenderNote', 'wajib diisi bila byGender null');

  // Social welfare.
  const kecamatan = new Set(b.region.kecamatan);
  const slugs = new Set<string>();
  b.socialWelfare.ppks.categories.forEach((c, ci) =>
    unique(slugs, c.slug, `socialWelfare.ppks.categories[${ci}].slug`, 'kategori'),
  );
  if (b.socialWelfare.ppks.byCategory === null && !b.socialWelfare.ppks.byCategoryNote)
    err('socialWelfare.ppks.byCategoryNote', 'wajib diisi bila byCategory null');
  const psksTypes = new Set<string>();
  b.socialWelfare.psks.byType.forEach((t, ti) =>
    unique(psksTypes, t.type, `socialWelfare.psks.byType[${ti}].type`, 'jenis PSKS'),
  );
  const assistanceIds = new Set<string>();
  b.socialWelfare.assistance.forEach((a, ai) => {
    const aPath = `socialWelfare.assistance[${ai}]`;
    unique(assistanceIds, a.id, `${aPath}.id`, 'id bantuan');
    a.subKegiatanCodes.forEach((c, ci) => {
      if (!programOfSub.has(c))
        err(`${aPath}.subKegiatanCodes[${ci}]`, `sub kegiatan "${c}" tidak ada di budgetTree`);
    });
    if (a.byKecamatan) {
      const total = a.byKecamatan.reduce((x, r) => x + r.recipients, 0);
      if (total !== a.recipients)
        err(
          `${aPath}.byKecamatan`,
          `jumlah per kecamatan ${String(total)} tidak sama dengan recipients ${String(a.recipients)}`,
        );
      a.byKecamatan.forEach((r, ri) => {
        const rPath = `${aPath}.byKecamatan[${ri}]`;
        if (r.kecamatan !== null && !kecamatan.has(r.kecamatan))
          err(`${rPath}.kecamatan`, `kecamatan "${r.kecamatan}" tidak ada di region.kecamatan`);
        if (r.kecamatan === null && !r.note)
          err(`${rPath}.note`, 'wajib diisi bila nama kecamatan tidak tercetak');
        if (r.male !== undefined && r.female !== undefined && r.male + r.female !== r.recipients)
          err(
            `${rPath}.recipients`,
            `L ${String(r.male)} + P ${String(r.female)} tidak sama dengan ${String(r.recipients)}`,
          );
        if (r.nagari) {
          const n = r.nagari.reduce((x, g) => x + g.recipients, 0);
          if (n !== r.recipients)
            err(
              `${rPath}.nagari`,
              `jumlah per nagari ${String(n)} tidak sama dengan recipients ${String(r.recipients)}`,
            );
        }
      });
    }
  });

  // IKM.
  const ikmYears = new Set<string>();
  b.ikm.surveys.forEach((s, si) => {
    const sPath = `ikm.surveys[${si}]`;
    unique(ikmYears, String(s.year), `${sPath}.year`, 'tahun survei');
    if (s.profile && s.respondents !== null) {
      const p = s.profile;
      if (p.bySex.L + p.bySex.P !== s.respondents)
        err(`${sPath}.profile.bySex`, `L + P tidak sama dengan jumlah responden ${String(s.respondents)}`);
      if (sum(p.byEducation) !== s.respondents)
        err(
          `${sPath}.profile.byEducation`,
          `jumlah tidak sama dengan jumlah responden ${String(s.respondents)}`,
        );
      if (sum(p.byService) !== s.respondents)
        err(
          `${sPath}.profile.byService`,
          `jumlah tidak sama dengan jumlah responden ${String(s.respondents)}`,
        );
    }
    if (s.period && s.period.end < s.period.start)
      err(`${sPath}.period`, 'tanggal akhir sebelum tanggal awal');
  });

  // AKIP.
  b.akip.evaluations.forEach((e, ei) => {
    const ePath = `akip.evaluations[${ei}]`;
    if (e.evaluatedYear > e.year)
      err(`${ePath}.evaluatedYear`, 'tahun yang dievaluasi sesudah tahun evaluasi');
    const nos = new Set<string>();
    e.recommendations.forEach((r, ri) =>
      unique(nos, String(r.no), `${ePath}.recommendations[${ri}].no`, 'nomor rekomendasi'),
    );
  });

  // Narratives.
  b.narratives.perSasaran.forEach((n, ni) => {
    if (!sasaranIds.has(n.sasaranId))
      err(`narratives.perSasaran[${ni}].sasaranId`, `sasaran "${n.sasaranId}" tidak ada di renstra.sasaran`);
  });

  // Demo users: one per role, unique names, agency binding that the roles allow.
  const usernames = new Set<string>();
  const roles = new Map<string, number>();
  b.demoUsers.forEach((u, ui) => {
    const uPath = `demoUsers[${ui}]`;
    unique(usernames, u.username, `${uPath}.username`, 'nama pengguna');
    roles.set(u.role, (roles.get(u.role) ?? 0) + 1);
    if ((u.role === 'operator' || u.role === 'kepala') && !u.agency)
      err(`${uPath}.agency`, `peran ${u.role} harus terikat pada dinas (agency: true)`);
    if ((u.role === 'admin' || u.role === 'evaluator') && u.agency)
      err(`${uPath}.agency`, `peran ${u.role} bekerja di tingkat daerah (agency: false)`);
  });
  for (const role of BUNDLE_ROLES) {
    const n = roles.get(role) ?? 0;
    if (n !== 1) err('demoUsers', `harus ada tepat satu pengguna demo berperan ${role} (ada ${String(n)})`);
  }

  // Corrections.
  const correctionIds = new Set<string>();
  b.corrections.forEach((c, ci) => unique(correctionIds, c.id, `corrections[${ci}].id`, 'id koreksi'));

  return errors;
}
