/**
 * `akuntabel export --year Y [--agency ID] [--data DIR] [--drafts] --out FILE`:
 * an agency-year as an `akuntabel/report-data@1` file, through the same use
 * case as the web app's download (exportReportData). `akuntabel measure FILE`
 * gives the figures the dashboard shows; `akuntabel check FILE` finds nothing
 * to compare (the file has no `printed` blocks); `akuntabel import
 * report-data FILE --year Y` brings it into another agency or database.
 *
 * The actor is the system of the agency's region (report-database.ts): only
 * submitted and verified realisations count, as for `akuntabel report`. With
 * --drafts the command acts as the agency's own operator, so drafts (an
 * import's realisations among them) count too.
 * Exit codes: 0 written, 2 bad usage or nothing to export.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { ServiceContext } from '../../services/context.ts';
import { exportReportData } from '../../services/import/export-report-data.ts';
import { EXIT, type CliContext } from '../main.ts';
import { localeOption, parseLocale } from '../locale-option.ts';
import { chooseAgency, cliContext, openReportDatabase, refusalText } from '../report-database.ts';

type ExportOptions = {
  year?: string;
  agency?: string;
  data?: string;
  out: string;
  drafts?: boolean;
  lang: string;
};

export function registerExport(program: Command, { io, setExit }: CliContext): void {
  program
    .command('export')
    .description(
      'Mengekspor data kinerja dan anggaran satu tahun sebagai berkas akuntabel/report-data@1 (JSON)',
    )
    .option('--year <year>', 'tahun data')
    .option('--agency <id>', 'id perangkat daerah (tanpa ini: satu-satunya perangkat daerah di database)')
    .option(
      '--data <dir>',
      'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA; DATABASE_URL untuk PostgreSQL)',
    )
    .option('--drafts', 'hitung juga realisasi draf (bertindak sebagai operator perangkat daerah)')
    .requiredOption('--out <file>', 'berkas .json keluaran')
    .addOption(localeOption())
    .action(async (options: ExportOptions) => {
      const locale = parseLocale(options.lang);
      const fail = (message: string) => {
        io.err(`${message}\n`);
        setExit(EXIT.invalid);
      };
      if (options.year === undefined || !/^\d{4}$/.test(options.year))
        return fail(
          locale === 'en'
            ? 'Give the year: --year YEAR (four digits).'
            : 'Sebutkan tahun: --year TAHUN (empat angka).',
        );
      const opened = await openReportDatabase(options.data);
      try {
        const chosen = await chooseAgency(opened, options.agency);
        if (!chosen.ok) return fail(chosen.message);
        const ctx: ServiceContext = options.drafts
          ? {
              ...cliContext(opened, chosen.agency),
              actor: {
                userId: 'system',
                label: 'cli',
                role: 'operator',
                regionId: chosen.agency.regionId,
                agencyId: chosen.agency.id,
              },
            }
          : cliContext(opened, chosen.agency);
        let text: string;
        let sasaran: number;
        try {
          const exported = await exportReportData(ctx, {
            agencyId: chosen.agency.id,
            year: Number(options.year),
          });
          text = exported.text;
          sasaran = exported.data.sasaran.length;
        } catch (error) {
          return fail(refusalText(error, locale));
        }
        await writeFile(options.out, text);
        io.out(
          locale === 'en'
            ? `report-data@1 written: ${options.out} (${sasaran} sasaran)\n`
            : `report-data@1 ditulis: ${options.out} (${sasaran} sasaran)\n`,
        );
      } finally {
        await opened.close();
      }
    });
}
