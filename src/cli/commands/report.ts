import { Option, type Command } from 'commander';
import { buildLkjipFromBundle, readDemoBundle } from '../../report/build-from-bundle.ts';
import { buildLkjipFromReportData } from '../../report/build-from-report-data.ts';
import { fileBaseName, parseFormats, writeDocument } from '../../report/render.ts';
import { EXIT, type CliContext } from '../main.ts';
import { localeOption, parseLocale } from '../locale-option.ts';
import { readReportFile } from '../read-report-file.ts';

type ReportOptions = {
  from?: string;
  demo?: boolean;
  year?: string;
  agency?: string;
  format: string;
  out: string;
  lang: string;
  date?: string;
  place?: string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `akuntabel report`: the LKjIP as .docx, .pdf and .xlsx, from a report-data
 * file (`--from`) or the demo agency (`--demo`). `--year/--agency` on the
 * database is not wired yet.
 */
export function registerReport(program: Command, { io, setExit }: CliContext): void {
  program
    .command('report')
    .description(
      'Menyusun LKjIP (Word, PDF, Excel) dari berkas report-data@1 (--from) atau agency demo (--demo)',
    )
    .option('--from <file>', 'berkas akuntabel/report-data@1 (JSON)')
    .option('--demo', 'agency demo (Dinas Sosial Kabupaten Lima Puluh Kota, data/demo)')
    .option('--year <year>', 'tahun laporan (basis data: belum tersedia; dengan --demo: tahun bundel)')
    .option('--agency <id>', 'id perangkat daerah (basis data: belum tersedia)')
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
      if (sources !== 1) {
        if (sources === 0 && (options.year !== undefined || options.agency !== undefined))
          return fail(
            'Laporan dari basis data (--year/--agency) belum tersedia; gunakan --from BERKAS atau --demo.',
          );
        return fail('Pilih satu sumber: --from BERKAS atau --demo.');
      }
      let model;
      if (options.from !== undefined) {
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
