import type { Command } from 'commander';
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import { getIkmSurvey, type IkmSurveyView } from '../../services/ikm/get-ikm-survey.ts';
import { listIkmSurveys } from '../../services/ikm/list-ikm-surveys.ts';
import { EXIT, type CliContext } from '../main.ts';
import { localeOption, parseLocale } from '../locale-option.ts';
import { chooseAgency, cliContext, openReportDatabase, refusalText } from '../report-database.ts';

const two = (value: number, locale: Locale) => formatNumber(value, { decimals: 2, locale });

function surveyText(s: IkmSurveyView, locale: Locale): string {
  const en = locale === 'en';
  const title = `${s.serviceName || (en ? 'All services' : 'Seluruh layanan')}${s.periodLabel ? ` — ${s.periodLabel}` : ''}`;
  const lines = [title];
  if (!s.result) {
    lines.push(en ? '  no responses or element totals yet' : '  belum ada jawaban atau jumlah nilai unsur');
    return lines.join('\n');
  }
  const r = s.result;
  lines.push(`  ${en ? 'Respondents' : 'Responden'}: ${formatNumber(r.respondents, { locale })}`);
  lines.push(`  ${en ? 'Element' : 'Unsur'}  NRR    ${en ? 'Weighted NRR' : 'NRR tertimbang'}`);
  for (const e of r.elements)
    lines.push(
      `  ${e.code.padEnd(4)} ${formatNumber(e.nrr, { decimals: 3, locale }).padStart(6)}  ${formatNumber(e.nrrTertimbang, { decimals: 3, locale }).padStart(6)}  ${e.name}`,
    );
  lines.push(
    `  ${en ? 'Index' : 'Nilai indeks'}: ${formatNumber(r.ikm, { decimals: 3, locale })}; IKM = ${two(r.nilai, locale)}; mutu ${r.mutu} (${r.kinerja})`,
  );
  return lines.join('\n');
}

/**
 * `akuntabel ikm --year YEAR [--agency ID] [--data DIR] [--json]`: each IKM
 * survey of the year with its per-element NRR, index, converted value and
 * mutu (PermenPANRB 14/2017), the year's IKM, and the indicators it feeds.
 */
export function registerIkm(program: Command, { io, setExit }: CliContext): void {
  program
    .command('ikm')
    .description('Menampilkan hasil survei IKM satu tahun dari database: NRR per unsur, indeks, nilai, mutu')
    .requiredOption('--year <year>', 'tahun survei')
    .option('--agency <id>', 'id perangkat daerah (tanpa ini: satu-satunya perangkat daerah di database)')
    .option(
      '--data <dir>',
      'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA; DATABASE_URL untuk PostgreSQL)',
    )
    .option('--json', 'keluaran JSON (angka presisi penuh)')
    .addOption(localeOption())
    .action(
      async (options: { year: string; agency?: string; data?: string; json?: boolean; lang: string }) => {
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
          const ctx = cliContext(opened, chosen.agency);
          let year;
          const surveys: IkmSurveyView[] = [];
          try {
            year = await listIkmSurveys(ctx, { agencyId: chosen.agency.id, year: Number(options.year) });
            for (const s of year.surveys) surveys.push(await getIkmSurvey(ctx, { surveyId: s.id }));
          } catch (error) {
            return fail(refusalText(error, locale));
          }
          if (options.json) {
            io.out(`${JSON.stringify({ ...year, surveys }, null, 2)}\n`);
            return setExit(EXIT.ok);
          }
          const en = locale === 'en';
          const out = [`IKM ${chosen.agency.name} ${options.year}`, ''];
          if (surveys.length === 0) out.push(en ? 'No survey this year.' : 'Belum ada survei tahun ini.');
          for (const s of surveys) out.push(surveyText(s, locale), '');
          if (year.value)
            out.push(
              `${en ? 'IKM of the year' : 'IKM tahun ini'} (${year.value.surveys} ${en ? 'surveys' : 'survei'}): ${two(year.value.nilai, locale)}; mutu ${year.value.mutu} (${year.value.kinerja})`,
            );
          for (const i of year.indicators.filter((c) => c.feed === 'ikm'))
            out.push(
              `${en ? 'Feeds' : 'Mengisi'} ${i.code} ${i.name}: ${i.realisation?.value === null || !i.realisation ? '—' : two(Number(i.realisation.value), locale)}`,
            );
          io.out(`${out.join('\n')}\n`);
          setExit(EXIT.ok);
        } finally {
          await opened.close();
        }
      },
    );
}
