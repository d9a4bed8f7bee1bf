import type { Command } from 'commander';
import { formatNumber, formatRupiah, type Locale } from '../../domain/numbers.ts';
import { ASSISTANCE_LABELS, PPKS_LABELS, PSKS_LABELS } from '../../services/report/report-labels.ts';
import { getSocialSummary, type SocialSummaryResult } from '../../services/social/get-social-summary.ts';
import { EXIT, type CliContext } from '../main.ts';
import { localeOption, parseLocale } from '../locale-option.ts';
import { chooseAgency, cliContext, openReportDatabase, refusalText } from '../report-database.ts';

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
export function registerSocial(program: Command, { io, setExit }: CliContext): void {
  program
    .command('social')
    .description('Menampilkan Data Sosial satu tahun dari database: PPKS, PSKS dan bantuan per program')
    .requiredOption('--year <year>', 'tahun data')
    .option('--by-kecamatan', 'juga angka per kecamatan')
    .option('--agency <id>', 'id perangkat daerah (tanpa ini: satu-satunya perangkat daerah di database)')
    .option(
      '--data <dir>',
      'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA; DATABASE_URL untuk PostgreSQL)',
    )
    .option('--json', 'keluaran JSON (angka presisi penuh)')
    .addOption(localeOption())
    .action(
      async (options: {
        year: string;
        byKecamatan?: boolean;
        agency?: string;
        data?: string;
        json?: boolean;
        lang: string;
      }) => {
        const locale = parseLocale(options.lang);
        const fail = (message: string) => {
          io.err(`${message}\n`);
          setExit(EXIT.invalid);
        };
        if (!/^\d{4}$/.test(options.year))
          return fail(`--year harus tahun empat angka, bukan "${options.year}"`);
        const opened = await openReportDatabase(options.data);
        try {
          const chosen = await chooseAgency(opened, options.agency);
          if (!chosen.ok) return fail(chosen.message);
          let summary: SocialSummaryResult;
          try {
            summary = await getSocialSummary(cliContext(opened, chosen.agency), {
              agencyId: chosen.agency.id,
              year: Number(options.year),
            });
          } catch (error) {
            return fail(refusalText(error, locale));
          }
          if (options.json) {
            const regionOnly = {
              ...summary,
              ppks: { byCategory: summary.ppks.byCategory, total: summary.ppks.total },
              psks: { byType: summary.psks.byType, total: summary.psks.total },
              assistance: {
                lines: summary.assistance.lines,
                byProgram: summary.assistance.byProgram,
                total: summary.assistance.total,
              },
            };
            const shown = options.byKecamatan ? summary : regionOnly;
            io.out(`${JSON.stringify(shown, null, 2)}\n`);
            return setExit(EXIT.ok);
          }
          io.out(
            `Data Sosial ${chosen.agency.name}\n\n${socialText(summary, locale, options.byKecamatan === true)}`,
          );
          setExit(EXIT.ok);
        } finally {
          await opened.close();
        }
      },
    );
}
