import type { Command } from 'commander';
import { buildPkFromBundle, readDemoBundle } from '../../report/build-from-bundle.ts';
import { buildPkDocumentModel } from '../../report/build-pk.ts';
import { fileBaseName, parseFormats } from '../../report/render.ts';
import { prepareRenderer, writeDocument } from '../../report/render-process.ts';
import { loadPkDocumentSource } from '../../services/report/load-pk-document-source.ts';
import { EXIT, type CliContext } from '../main.ts';
import { localeOption, parseLocale } from '../locale-option.ts';
import { chooseAgency, cliContext, openReportDatabase, refusalText } from '../report-database.ts';

type PkOptions = {
  demo?: boolean;
  year?: string;
  agency?: string;
  data?: string;
  version?: string;
  format: string;
  out: string;
  lang: string;
};

/**
 * `akuntabel pk`: the Perjanjian Kinerja document (agreement page and annex)
 * as .docx and .pdf, from the database (`--year` [`--agency ID`]: the latest
 * version, or `--version N`; see report-database.ts for the actor) or the
 * demo bundle (`--demo`).
 */
export function registerPk(program: Command, { io, setExit }: CliContext): void {
  program
    .command('pk')
    .description(
      'Menyusun dokumen Perjanjian Kinerja (Word, PDF) dari database (--year [--agency]) atau bundel demo (--demo)',
    )
    .option('--demo', 'bundel demo (data/demo)')
    .option('--year <year>', 'tahun PK (demo: tahun bundel)')
    .option('--agency <id>', 'id perangkat daerah (tanpa ini: satu-satunya perangkat daerah di database)')
    .option(
      '--data <dir>',
      'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA; DATABASE_URL untuk PostgreSQL)',
    )
    .option('--version <n>', 'nomor versi PK (bawaan: versi terakhir)')
    .option('--format <list>', 'docx,pdf (dipisah koma)', 'docx,pdf')
    .option('--out <dir>', 'folder keluaran', '.')
    .addOption(localeOption())
    .action(async (options: PkOptions) => {
      const fail = (message: string) => {
        io.err(`${message}\n`);
        setExit(EXIT.invalid);
      };
      let formats;
      try {
        formats = parseFormats(options.format, ['docx', 'pdf']);
      } catch (error) {
        return fail((error as Error).message);
      }
      const locale = parseLocale(options.lang);
      if (options.year !== undefined && !/^\d{4}$/.test(options.year))
        return fail(`--year harus tahun empat angka, bukan "${options.year}"`);
      if (options.version !== undefined && !/^[1-9]\d{0,3}$/.test(options.version))
        return fail(`--version harus nomor versi (1, 2, …), bukan "${options.version}"`);
      prepareRenderer(formats);
      const en = locale === 'en' ? ['en'] : [];
      if (!options.demo) {
        if (options.year === undefined)
          return fail('Sebutkan tahun PK: --year TAHUN (database), atau --demo.');
        const opened = await openReportDatabase(options.data);
        try {
          const chosen = await chooseAgency(opened, options.agency);
          if (!chosen.ok) return fail(chosen.message);
          let loaded;
          try {
            loaded = await loadPkDocumentSource(cliContext(opened, chosen.agency), {
              agencyId: chosen.agency.id,
              year: Number(options.year),
              ...(options.version !== undefined ? { versionNumber: Number(options.version) } : {}),
            });
          } catch (error) {
            return fail(refusalText(error, locale));
          }
          if (loaded.version.status !== 'signed')
            io.err(
              `Catatan: PK versi ${loaded.version.number} belum ditandatangani (${loaded.version.status}).\n`,
            );
          const model = buildPkDocumentModel(loaded.source, locale, loaded.createdAt);
          const base = fileBaseName('pk', model.year, model.version, chosen.agency.name, ...en);
          for (const path of await writeDocument(model, formats, options.out, base)) io.out(`${path}\n`);
        } finally {
          await opened.close();
        }
        return setExit(EXIT.ok);
      }
      const bundle = await readDemoBundle();
      const year = options.year !== undefined ? Number(options.year) : bundle.year;
      const model = buildPkFromBundle(bundle, { locale, year });
      if (!model) return fail(`Agency demo tidak memiliki Perjanjian Kinerja tahun ${year}.`);
      const base = fileBaseName('pk', model.year, model.version, bundle.agency.name, ...en);
      for (const path of await writeDocument(model, formats, options.out, base)) io.out(`${path}\n`);
      setExit(EXIT.ok);
    });
}
