import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../services/errors.ts';
import type { ServiceContext } from '../../services/context.ts';
import { exportReviewWorksheet } from '../../services/review/export-review-worksheet.ts';
import { runReview, type RunReviewInput } from '../../services/review/run-review.ts';
import { EXIT, type CliContext } from '../main.ts';
import { localeOption, parseLocale } from '../locale-option.ts';
import { chooseAgency, cliContext, openReportDatabase, refusalText } from '../report-database.ts';

/**
 * `akuntabel reviu --year YEAR [--from FILE.json|FILE.xlsx] --out DIR`: the
 * Inspektorat's reviu from the command line. Without --from it checks the
 * agency's LKjIP of the year as it would print now (its narratives against
 * its tables); with --from, a report-data@1 file or a filled review
 * template. The review is kept in the database (as the web app keeps it) and
 * its kertas kerja reviu is written to DIR as .xlsx and .docx. Exit 0 without
 * findings, 1 with findings, 2 when the input cannot be used.
 */
export function registerReviu(program: Command, { io, setExit }: CliContext): void {
  program
    .command('reviu')
    .description(
      'Reviu laporan kinerja: memeriksa LKjIP draf, berkas report-data atau templat reviu, dan menulis kertas kerja reviu (.xlsx, .docx)',
    )
    .requiredOption('--year <year>', 'tahun laporan')
    .requiredOption('--out <dir>', 'folder tujuan kertas kerja reviu')
    .option(
      '--from <file>',
      'berkas report-data@1 (.json) atau templat reviu terisi (.xlsx); tanpa ini: LKjIP draf dari database',
    )
    .option('--agency <id>', 'id perangkat daerah (tanpa ini: satu-satunya perangkat daerah di database)')
    .option(
      '--data <dir>',
      'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA; DATABASE_URL untuk PostgreSQL)',
    )
    .addOption(localeOption())
    .action(
      async (options: {
        year: string;
        out: string;
        from?: string;
        agency?: string;
        data?: string;
        lang: string;
      }) => {
        const locale = parseLocale(options.lang);
        const en = locale === 'en';
        const fail = (message: string) => {
          io.err(`${message}\n`);
          setExit(EXIT.invalid);
        };
        if (!/^\d{4}$/.test(options.year))
          return fail(`--year harus tahun empat angka, bukan "${options.year}"`);
        const year = Number(options.year);
        let source:
          | { source: 'lkjip' }
          | { source: 'report_data'; fileName: string; reportData: unknown }
          | { source: 'template'; fileName: string; contentBase64: string } = { source: 'lkjip' };
        if (options.from !== undefined) {
          let bytes: Buffer;
          try {
            bytes = await readFile(options.from);
          } catch {
            return fail(en ? `cannot read ${options.from}` : `berkas ${options.from} tidak dapat dibaca`);
          }
          const ext = extname(options.from).toLowerCase();
          const fileName = options.from.split(/[\\/]/).pop() ?? options.from;
          if (ext === '.xlsx')
            source = { source: 'template', fileName, contentBase64: bytes.toString('base64') };
          else if (ext === '.json') {
            let json: unknown;
            try {
              json = JSON.parse(bytes.toString('utf8'));
            } catch (error) {
              return fail(
                `${options.from}: ${en ? 'not valid JSON' : 'bukan JSON yang sah'} (${(error as Error).message})`,
              );
            }
            source = { source: 'report_data', fileName, reportData: json };
          } else
            return fail(en ? '--from must be a .json or .xlsx file' : '--from harus berkas .json atau .xlsx');
        }
        const opened = await openReportDatabase(options.data);
        try {
          const chosen = await chooseAgency(opened, options.agency);
          if (!chosen.ok) return fail(chosen.message);
          // The command line acts for the Inspektorat (an evaluator of the agency's region).
          const base = cliContext(opened, chosen.agency);
          const ctx: ServiceContext = { ...base, actor: { ...base.actor, role: 'evaluator' } };
          let review;
          try {
            review = await runReview(ctx, {
              agencyId: chosen.agency.id,
              year,
              ...source,
            } satisfies RunReviewInput);
          } catch (error) {
            const fields =
              error instanceof AppError ? error.fields.map((f) => `  ${f.path}: ${f.message[locale]}`) : [];
            return fail([refusalText(error, locale), ...fields].join('\n'));
          }
          await mkdir(options.out, { recursive: true });
          const written: string[] = [];
          for (const format of ['xlsx', 'docx'] as const) {
            const file = await exportReviewWorksheet(ctx, { reviewId: review.id, format, locale });
            const path = join(options.out, file.fileName);
            await writeFile(path, file.bytes);
            written.push(path);
          }
          const lines = review.findings.map(
            (f, i) => `${i + 1}. [${f.severity}] ${f.path}\n   ${f.message[locale]}`,
          );
          io.out(
            [
              en
                ? `Review of ${chosen.agency.name} ${year}: ${review.findings.length} findings (${review.counts.errors} errors, ${review.counts.warnings} warnings).`
                : `Reviu ${chosen.agency.name} ${year}: ${review.findings.length} temuan (${review.counts.errors} kesalahan, ${review.counts.warnings} peringatan).`,
              ...lines,
              ...written.map((p) => `${en ? 'Written' : 'Ditulis'}: ${p}`),
            ].join('\n') + '\n',
          );
          setExit(review.findings.length === 0 ? EXIT.ok : EXIT.findings);
        } finally {
          await opened.close();
        }
      },
    );
}
