import type { Command } from 'commander';
import { buildPkFromBundle, readDemoBundle } from '../../report/build-from-bundle.ts';
import { fileBaseName, parseFormats, writeDocument } from '../../report/render.ts';
import { EXIT, type CliContext } from '../main.ts';
import { localeOption, parseLocale } from '../locale-option.ts';

/** `akuntabel pk --demo`: the Perjanjian Kinerja document (agreement page and annex) as .docx and .pdf. */
export function registerPk(program: Command, { io, setExit }: CliContext): void {
  program
    .command('pk')
    .description('Menyusun dokumen Perjanjian Kinerja (Word, PDF) agency demo (--demo)')
    .option('--demo', 'agency demo (data/demo)')
    .option('--year <year>', 'tahun PK (demo: tahun bundel)')
    .option('--format <list>', 'docx,pdf (dipisah koma)', 'docx,pdf')
    .option('--out <dir>', 'folder keluaran', '.')
    .addOption(localeOption())
    .action(async (options: { demo?: boolean; year?: string; format: string; out: string; lang: string }) => {
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
      if (!options.demo) return fail('PK dari basis data belum tersedia; gunakan --demo.');
      const bundle = await readDemoBundle();
      const year = options.year !== undefined ? Number(options.year) : bundle.year;
      const model = buildPkFromBundle(bundle, { locale: parseLocale(options.lang), year });
      if (!model) return fail(`Agency demo tidak memiliki Perjanjian Kinerja tahun ${year}.`);
      const base = fileBaseName(
        'pk',
        model.year,
        model.version,
        bundle.agency.name,
        ...(options.lang === 'en' ? ['en'] : []),
      );
      for (const path of await writeDocument(model, formats, options.out, base)) io.out(`${path}\n`);
      setExit(EXIT.ok);
    });
}
