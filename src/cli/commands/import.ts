/**
 * `akuntabel template <kind> --year Y --out FILE` and
 * `akuntabel import <kind> FILE --year Y [--dry-run]`: the import templates
 * and the import of a filled one, from the command line, through the same
 * use cases as the web app (getImportTemplate, runImport).
 *
 * The actor is the agency's own operator as the system (`cli`): whoever runs
 * the CLI holds the data folder or the database URL; the audit trail records
 * the changes with origin `import` and actor `cli`.
 * Exit codes: 0 done (or previewed), 1 refused (the file's problems, or a
 * file that is not an .xlsx, too large, a zip bomb), 2 bad usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Locale } from '../../domain/numbers.ts';
import type { ServiceContext } from '../../services/context.ts';
import { AppError } from '../../services/errors.ts';
import { getImportTemplate } from '../../services/import/get-import-template.ts';
import { IMPORT_KINDS } from '../../services/import/import-kinds.ts';
import type { ImportOutcome } from '../../services/import/import-outcome.ts';
import { runImport } from '../../services/import/run-import.ts';
import type { OpenedDatabase } from '../../store/db.ts';
import { EXIT, type CliContext } from '../main.ts';
import { localeOption, parseLocale } from '../locale-option.ts';
import { chooseAgency, openReportDatabase, type ChosenAgency } from '../report-database.ts';

type CommonOptions = { year?: string; agency?: string; data?: string; lang: string };

function importContext(opened: OpenedDatabase, chosen: ChosenAgency): ServiceContext {
  return {
    db: opened.db,
    actor: {
      userId: 'system',
      label: 'cli',
      role: 'operator',
      regionId: chosen.regionId,
      agencyId: chosen.id,
    },
    origin: 'cli',
    now: () => new Date(),
  };
}

/** The outcome for people: counts and changes, or every problem with its place. */
export function describeOutcome(outcome: ImportOutcome, locale: Locale): string {
  const en = locale === 'en';
  if (outcome.status === 'refused') {
    const head = en
      ? `Refused: ${outcome.problemCount} problem(s); nothing was saved.`
      : `Ditolak: ${outcome.problemCount} masalah; tidak ada yang disimpan.`;
    const lines = outcome.problems.map((p) => {
      const where = `${p.sheet}${p.row !== null ? ` ${en ? 'row' : 'baris'} ${p.row}` : ''}${p.column ? `, ${en ? 'column' : 'kolom'} ${p.column}` : ''}`;
      const found = p.found === null ? (en ? '(blank)' : '(kosong)') : `"${p.found}"`;
      return `  ${where}: ${en ? 'found' : 'tertulis'} ${found}; ${en ? 'expected' : 'seharusnya'} ${en ? p.expected.en : p.expected.id}`;
    });
    const more =
      outcome.problemCount > outcome.problems.length
        ? [
            `  … ${en ? 'and' : 'dan'} ${outcome.problemCount - outcome.problems.length} ${en ? 'more' : 'lainnya'}`,
          ]
        : [];
    return [head, ...lines, ...more].join('\n');
  }
  const c = outcome.counts;
  const counts = en
    ? `${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.empty} blank (${outcome.rowsRead} rows read)`
    : `${c.new} baru, ${c.changed} berubah, ${c.unchanged} tetap, ${c.empty} kosong (${outcome.rowsRead} baris dibaca)`;
  const head =
    outcome.status === 'preview'
      ? en
        ? `Preview (nothing saved): ${counts}`
        : `Pratinjau (belum disimpan): ${counts}`
      : en
        ? `Saved: ${counts}`
        : `Tersimpan: ${counts}`;
  const shown = outcome.changes.slice(0, 50).map((ch) => {
    const what = ch.change === 'new' ? (en ? 'new    ' : 'baru   ') : en ? 'changed' : 'berubah';
    return `  ${what} ${en ? 'row' : 'baris'} ${ch.row}  ${ch.label}: ${ch.before ?? '–'} → ${ch.after ?? '–'}`;
  });
  const total = c.new + c.changed;
  const more =
    total > shown.length
      ? [`  … ${en ? 'and' : 'dan'} ${total - shown.length} ${en ? 'more' : 'lainnya'}`]
      : [];
  return [head, ...shown, ...more].join('\n');
}

function commonOptions(command: Command): Command {
  return command
    .option('--year <year>', 'tahun data')
    .option('--agency <id>', 'id perangkat daerah (tanpa ini: satu-satunya perangkat daerah di database)')
    .option(
      '--data <dir>',
      'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA; DATABASE_URL untuk PostgreSQL)',
    )
    .addOption(localeOption());
}

export function registerImport(program: Command, { io, setExit }: CliContext): void {
  const fail = (message: string) => {
    io.err(`${message}\n`);
    setExit(EXIT.invalid);
  };
  const checkKindYear = (kind: string, year: string | undefined): string | null => {
    if (!(IMPORT_KINDS as readonly string[]).includes(kind))
      return `Jenis impor "${kind}" tidak dikenal; pilih: ${IMPORT_KINDS.join(', ')}.`;
    if (year === undefined || !/^\d{4}$/.test(year)) return `Sebutkan tahun: --year TAHUN (empat angka).`;
    return null;
  };

  commonOptions(
    program
      .command('template')
      .description(`Mengunduh templat impor Excel (${IMPORT_KINDS.join(', ')}) berisi data tahun itu`)
      .argument('<kind>', `jenis: ${IMPORT_KINDS.join(', ')}`)
      .requiredOption('--out <file>', 'berkas .xlsx keluaran'),
  ).action(async (kind: string, options: CommonOptions & { out: string }) => {
    const usage = checkKindYear(kind, options.year);
    if (usage) return fail(usage);
    const locale = parseLocale(options.lang);
    const opened = await openReportDatabase(options.data);
    try {
      const chosen = await chooseAgency(opened, options.agency);
      if (!chosen.ok) return fail(chosen.message);
      const file = await getImportTemplate(importContext(opened, chosen.agency), {
        agencyId: chosen.agency.id,
        kind,
        year: Number(options.year),
      });
      await writeFile(options.out, file.bytes);
      io.out(locale === 'en' ? `Template written: ${options.out}\n` : `Templat ditulis: ${options.out}\n`);
    } catch (error) {
      if (error instanceof AppError)
        return fail(locale === 'en' ? error.userMessage.en : error.userMessage.id);
      throw error;
    } finally {
      await opened.close();
    }
  });

  commonOptions(
    program
      .command('import')
      .description(
        'Mengimpor templat Excel yang sudah diisi (semua baris atau tidak sama sekali; keluar 0 berhasil, 1 ditolak, 2 salah pakai)',
      )
      .argument('<kind>', `jenis: ${IMPORT_KINDS.join(', ')}`)
      .argument('<file>', 'berkas .xlsx')
      .option('--dry-run', 'hanya pratinjau: periksa dan tampilkan perubahan tanpa menyimpan')
      .option('--json', 'keluaran JSON'),
  ).action(
    async (kind: string, file: string, options: CommonOptions & { dryRun?: boolean; json?: boolean }) => {
      const usage = checkKindYear(kind, options.year);
      if (usage) return fail(usage);
      const locale = parseLocale(options.lang);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(file));
      } catch {
        return fail(locale === 'en' ? `Cannot read ${file}.` : `Berkas ${file} tidak dapat dibaca.`);
      }
      const opened = await openReportDatabase(options.data);
      try {
        const chosen = await chooseAgency(opened, options.agency);
        if (!chosen.ok) return fail(chosen.message);
        let outcome: ImportOutcome;
        try {
          outcome = await runImport(importContext(opened, chosen.agency), {
            agencyId: chosen.agency.id,
            kind,
            year: Number(options.year),
            mode: options.dryRun ? 'preview' : 'confirm',
            bytes,
          });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          io.err(`${locale === 'en' ? error.userMessage.en : error.userMessage.id}\n`);
          setExit(error.code === 'forbidden' || error.code === 'not-found' ? EXIT.invalid : EXIT.findings);
          return;
        }
        io.out(
          options.json ? `${JSON.stringify(outcome, null, 2)}\n` : `${describeOutcome(outcome, locale)}\n`,
        );
        setExit(outcome.status === 'refused' ? EXIT.findings : EXIT.ok);
      } finally {
        await opened.close();
      }
    },
  );
}
