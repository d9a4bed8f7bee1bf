import type { Command } from 'commander';
import { formatNumber, formatRupiah, type Locale } from '../../domain/numbers.ts';
import { ASSISTANCE_LABELS, PPKS_LABELS, PSKS_LABELS } from '../../services/report/report-labels.ts';
import { getSocialSummary, type SocialSummaryResult } from '../../services/social/get-social-summary.ts';
import { registerAgencyYearCommand, type AgencyYearOptions } from '../agency-year-command.ts';
import type { CliContext } from '../main.ts';

const DASH = '-';

function count(value: number | null, locale: Locale): string {
  return value === null ? DASH : formatNumber(value, { decimals: 0, locale });
}

function rupiah(value: number | null, locale: Locale): string {
  return value === null ? DASH : formatRupiah(value, locale);
}

/** Rows of label + right-aligned columns. */
function tableText(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)];
}

export function socialText(s: SocialSummaryResult, locale: Locale, byKecamatan: boolean): string {
  const en = locale === 'en';
  const out: string[] = [];
  out.push(`PPKS ${s.year}`);
  out.push(
    ...tableText(
      [en ? 'Category' : 'Kategori', en ? 'Count' : 'Jumlah', en ? 'Served' : 'Terlayani'],
      [
        ...s.ppks.byCategory.map((c) => [
          PPKS_LABELS[c.category],
          count(c.count, locale),
          count(c.served, locale),
        ]),
        [en ? 'Total' : 'Jumlah', count(s.ppks.total.count, locale), count(s.ppks.total.served, locale)],
      ],
    ).map((l) => `  ${l}`),
    '',
    `PSKS ${s.year}`,
    ...tableText(
      [en ? 'Type' : 'Jenis', en ? 'Count' : 'Jumlah'],
      [
        ...s.psks.byType.map((p) => [PSKS_LABELS[p.type].label, count(p.count, locale)]),
        [en ? 'Total' : 'Jumlah', count(s.psks.total, locale)],
      ],
    ).map((l) => `  ${l}`),
    '',
    `${en ? 'Assistance' : 'Bantuan sosial'} ${s.year}`,
    ...tableText(
      [en ? 'Programme' : 'Program', en ? 'Recipients' : 'Penerima', en ? 'Value' : 'Nilai'],
      [
        ...s.assistance.byProgram.map((p) => [
          ASSISTANCE_LABELS[p.program],
          count(p.recipients, locale),
          rupiah(p.value, locale),
        ]),
        [
          en ? 'Total' : 'Jumlah',
          count(s.assistance.total.recipients, locale),
          rupiah(s.assistance.total.value, locale),
        ],
      ],
    ).map((l) => `  ${l}`),
  );
  if (byKecamatan) {
    const names = new Map(s.kecamatan.map((k) => [k.id, k.name]));
    const rows = s.kecamatan
      .map((k) => {
        const p = s.ppks.byKecamatan.find((x) => x.kecamatan.id === k.id);
        const q = s.psks.byKecamatan.find((x) => x.kecamatan.id === k.id);
        const a = s.assistance.byKecamatan.find((x) => x.kecamatan.id === k.id);
        return { k, p, q, a };
      })
      .filter((r) => r.p || r.q || r.a)
      .map(({ k, p, q, a }) => [
        names.get(k.id)!,
        count(p?.count ?? null, locale),
        count(p?.served ?? null, locale),
        count(q?.count ?? null, locale),
        count(a?.recipients ?? null, locale),
        rupiah(a?.value ?? null, locale),
      ]);
    out.push('', `${en ? 'Per kecamatan' : 'Per kecamatan'} ${s.year}`);
    if (rows.length === 0)
      out.push(en ? '  nothing recorded per kecamatan' : '  belum ada data per kecamatan');
    else
      out.push(
        ...tableText(
          [
            'Kecamatan',
            'PPKS',
            en ? 'Served' : 'Terlayani',
            'PSKS',
            en ? 'Recipients' : 'Penerima',
            en ? 'Value' : 'Nilai',
          ],
          rows,
        ).map((l) => `  ${l}`),
      );
  }
  return `${out.join('\n')}\n`;
}

/**
 * `akuntabel social --year YEAR [--by-kecamatan] [--agency ID] [--data DIR]
 * [--json]`: the year's PPKS per category (counted, served), PSKS per type
 * and assistance per programme (recipients, Rupiah) for the whole region,
 * and with --by-kecamatan each kecamatan's figures.
 */
export function registerSocial(program: Command, cli: CliContext): void {
  registerAgencyYearCommand<SocialSummaryResult, AgencyYearOptions & { byKecamatan?: boolean }>(
    program,
    cli,
    {
      name: 'social',
      description: 'Menampilkan Data Sosial satu tahun dari database: PPKS, PSKS dan bantuan per program',
      yearHelp: 'tahun data',
      options: (command) => command.option('--by-kecamatan', 'juga angka per kecamatan'),
      read: (ctx, agency, year) => getSocialSummary(ctx, { agencyId: agency.id, year }),
      json: (summary, options) =>
        options.byKecamatan
          ? summary
          : {
              ...summary,
              ppks: { byCategory: summary.ppks.byCategory, total: summary.ppks.total },
              psks: { byType: summary.psks.byType, total: summary.psks.total },
              assistance: {
                lines: summary.assistance.lines,
                byProgram: summary.assistance.byProgram,
                total: summary.assistance.total,
              },
            },
      text: (summary, agency, locale, options) =>
        `Data Sosial ${agency.name}\n\n${socialText(summary, locale, options.byKecamatan === true)}`,
    },
  );
}
