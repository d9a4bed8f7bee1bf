/**
 * The shape of the CLI's read commands on one agency-year (`ikm`, `akip`,
 * `social`): `--year YEAR [--agency ID] [--data DIR] [--json] [--lang id|en]`,
 * the database opened and the agency chosen (report-database.ts), one read
 * through the use cases as the system of the agency's region, then JSON or
 * text for people. A refusal of the use case is printed in the reader's
 * language with exit code 2; the database is always closed.
 */
import type { Command } from 'commander';
import type { Locale } from '../domain/numbers.ts';
import type { ServiceContext } from '../services/context.ts';
import { EXIT, type CliContext } from './main.ts';
import { localeOption, parseLocale } from './locale-option.ts';
import {
  chooseAgency,
  cliContext,
  openReportDatabase,
  refusalText,
  type ChosenAgency,
} from './report-database.ts';

export type AgencyYearOptions = {
  year: string;
  agency?: string;
  data?: string;
  json?: boolean;
  lang: string;
};

export type AgencyYearCommand<T, O extends AgencyYearOptions> = {
  name: string;
  description: string;
  /** What --year means for this command (e.g. "tahun survei"). */
  yearHelp: string;
  /** Options of the command beside the common ones. */
  options?: (command: Command) => Command;
  read: (ctx: ServiceContext, agency: ChosenAgency, year: number, options: O) => Promise<T>;
  /** What --json prints (full precision); the read result itself when absent. */
  json?: (result: T, options: O) => unknown;
  text: (result: T, agency: ChosenAgency, locale: Locale, options: O) => string;
};

export function registerAgencyYearCommand<T, O extends AgencyYearOptions>(
  program: Command,
  { io, setExit }: CliContext,
  spec: AgencyYearCommand<T, O>,
): void {
  const command = program
    .command(spec.name)
    .description(spec.description)
    .requiredOption('--year <year>', spec.yearHelp);
  (spec.options ? spec.options(command) : command)
    .option('--agency <id>', 'id perangkat daerah (tanpa ini: satu-satunya perangkat daerah di database)')
    .option(
      '--data <dir>',
      'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA; DATABASE_URL untuk PostgreSQL)',
    )
    .option('--json', 'keluaran JSON (angka presisi penuh)')
    .addOption(localeOption())
    .action(async (options: O) => {
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
        let result: T;
        try {
          result = await spec.read(
            cliContext(opened, chosen.agency),
            chosen.agency,
            Number(options.year),
            options,
          );
        } catch (error) {
          return fail(refusalText(error, locale));
        }
        const shown = spec.json ? spec.json(result, options) : result;
        io.out(
          options.json
            ? `${JSON.stringify(shown, null, 2)}\n`
            : ensureNewline(spec.text(result, chosen.agency, locale, options)),
        );
        setExit(EXIT.ok);
      } finally {
        await opened.close();
      }
    });
}

const ensureNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
