import { Option, type Command } from 'commander';
import { buildLkjipFromBundle, readDemoBundle } from '../../report/build-from-bundle.ts';
import { buildLkjipFromReportData } from '../../report/build-from-report-data.ts';
import { buildLkjipModel } from '../../report/build-lkjip.ts';
import { loadLkjipSource } from '../../services/report/load-lkjip-source.ts';
import { fileBaseName, parseFormats } from '../../report/render.ts';
import { prepareRenderer, writeDocument } from '../../report/render-process.ts';
import { EXIT, type CliContext } from '../main.ts';
import { localeOption, parseLocale } from '../locale-option.ts';
import { readReportFile } from '../read-report-file.ts';
import { chooseAgency, cliContext, openReportDatabase, refusalText } from '../report-database.ts';

type ReportOptions = {
  from?: string;
  demo?: boolean;
  year?: string;
  agency?: string;
  data?: string;
  format: string;
  out: string;
  lang: string;
  date?: string;
  place?: string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `akuntabel report`: the LKjIP as .docx, .pdf and .xlsx, from the database
 * (`--year` [`--agency ID`] [`--data DIR`]; see report-database.ts for the
 * actor), a report-data file (`--from`) or the demo bundle (`--demo`).
 */
export function registerReport(program: Command, { io, setExit }: CliContext): void {
  program
    .command('report')
    .description(
      'Menyusun LKjIP (Word, PDF, Excel) dari database (--year [--agency]), berkas report-data@1 (--from) atau bundel demo (--demo)',
    )
    .option('--from <file>', 'berkas akuntabel/report-data@1 (JSON)')
    .option('--demo', 'agency demo (Dinas Sosial Kabupaten Lima Puluh Kota, data/demo)')
    .option('--year <year>', 'tahun laporan (database; dengan --demo: tahun bundel)')
    .option('--agency <id>', 'id perangkat daerah (tanpa ini: satu-satunya perangkat daerah di database)')
    .option(
      '--data <dir>',
      'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA; DATABASE_URL untuk PostgreSQL)',
    )
    .option('--format <list>', 'docx,pdf,xlsx (dipisah koma)', 'docx,pdf,xlsx')
    .option('--out <dir>', 'folder keluaran', '.')
    .option(
      '--date <YYYY-MM-DD>',
      'tanggal penandatanganan (tanpa ini: kosong untuk diisi; demo: Februari tahun berikutnya)',
    )
    .option('--place <name>', 'tempat penandatanganan (dengan --from)')
    .addOption(localeOption())
    .addOption(
      new Option('--created-at <iso>', 'cap waktu di berkas (untuk keluaran yang sama persis)').hideHelp(),
    )
    .action(async (options: ReportOptions & { createdAt?: string }) => {
      const fail = (message: string) => {
        io.err(`${message}\n`);
        setExit(EXIT.invalid);
      };
      let formats;
      try {
        formats = parseFormats(options.format);
      } catch (error) {
        return fail((error as Error).message);
      }
      if (options.date !== undefined && !ISO_DATE.test(options.date))
        return fail(`--date harus berbentuk YYYY-MM-DD, bukan "${options.date}"`);
      const locale = parseLocale(options.lang);
      const sources = [options.from !== undefined, options.demo === true].filter(Boolean).length;
      if (sources > 1) return fail('Pilih satu sumber: database (--year), --from BERKAS atau --demo.');
      if (sources === 0 && options.year === undefined)
        return fail('Sebutkan tahun laporan: --year TAHUN (database), atau --from BERKAS / --demo.');
      if (options.year !== undefined && !/^\d{4}$/.test(options.year))
        return fail(`--year harus tahun empat angka, bukan "${options.year}"`);
      // The renderer process starts and loads its modules while this one reads the data.
      prepareRenderer(formats);
      let model;
      if (sources === 0) {
        const opened = await openReportDatabase(options.data);
        try {
          const chosen = await chooseAgency(opened, options.agency);
          if (!chosen.ok) return fail(chosen.message);
          let loaded;
          try {
            loaded = await loadLkjipSource(cliContext(opened, chosen.agency), {
              agencyId: chosen.agency.id,
              year: Number(options.year),
              locale,
              ...(options.createdAt ? { createdAt: options.createdAt } : {}),
              ...(options.date ? { signedOn: options.date } : {}),
            });
          } catch (error) {
            return fail(refusalText(error, locale));
          }
          if (loaded.from === 'snapshot')
            io.err(
              `LKjIP ${options.year} sudah final: disusun dari snapshot yang dibekukan saat finalisasi.\n`,
            );
          model = buildLkjipModel(loaded.source);
        } finally {
          await opened.close();
        }
      } else if (options.from !== undefined) {
        const read = await readReportFile(options.from);
        if (!read.ok) return fail(read.message);
        model = buildLkjipFromReportData(read.data, {
          locale,
          createdAt: options.createdAt ?? new Date().toISOString(),
          signed: { place: options.place ?? null, date: options.date ?? null, precision: 'day' },
        });
      } else {
        const bundle = await readDemoBundle();
        const year = options.year !== undefined ? Number(options.year) : undefined;
        if (year !== undefined && year !== bundle.year)
          return fail(`Agency demo hanya memuat tahun ${bundle.year}.`);
        model = buildLkjipFromBundle(bundle, {
          locale,
          ...(options.date ? { signedOn: { date: options.date, precision: 'day' as const } } : {}),
          ...(options.createdAt ? { createdAt: options.createdAt } : {}),
        });
      }
      const base = fileBaseName('lkjip', model.year, model.agency.name, ...(locale === 'en' ? ['en'] : []));
      const written = await writeDocument(model, formats, options.out, base);
      for (const path of written) io.out(`${path}\n`);
      if (model.generatedSections.length > 0)
        io.err(
          `Catatan: teks bawaan dibuat dari data untuk ${model.generatedSections.length} bagian (${model.generatedSections.join(', ')}); tinjau sebelum ditandatangani.\n`,
        );
      setExit(EXIT.ok);
    });
}
