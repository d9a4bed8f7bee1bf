import type { Command } from 'commander';
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import { getIkmSurvey, type IkmSurveyView } from '../../services/ikm/get-ikm-survey.ts';
import { listIkmSurveys } from '../../services/ikm/list-ikm-surveys.ts';
import { registerAgencyYearCommand } from '../agency-year-command.ts';
import type { CliContext } from '../main.ts';

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
export function registerIkm(program: Command, cli: CliContext): void {
  registerAgencyYearCommand(program, cli, {
    name: 'ikm',
    description: 'Menampilkan hasil survei IKM satu tahun dari database: NRR per unsur, indeks, nilai, mutu',
    yearHelp: 'tahun survei',
    read: async (ctx, agency, year) => {
      const ofYear = await listIkmSurveys(ctx, { agencyId: agency.id, year });
      const surveys: IkmSurveyView[] = [];
      for (const s of ofYear.surveys) surveys.push(await getIkmSurvey(ctx, { surveyId: s.id }));
      return { ...ofYear, surveys };
    },
    text: (result, agency, locale, options) => {
      const en = locale === 'en';
      const out = [`IKM ${agency.name} ${options.year}`, ''];
      if (result.surveys.length === 0) out.push(en ? 'No survey this year.' : 'Belum ada survei tahun ini.');
      for (const s of result.surveys) out.push(surveyText(s, locale), '');
      if (result.value)
        out.push(
          `${en ? 'IKM of the year' : 'IKM tahun ini'} (${result.value.surveys} ${en ? 'surveys' : 'survei'}): ${two(result.value.nilai, locale)}; mutu ${result.value.mutu} (${result.value.kinerja})`,
        );
      for (const i of result.indicators.filter((c) => c.feed === 'ikm'))
        out.push(
          `${en ? 'Feeds' : 'Mengisi'} ${i.code} ${i.name}: ${i.realisation?.value === null || !i.realisation ? '—' : two(Number(i.realisation.value), locale)}`,
        );
      return out.join('\n');
    },
  });
}
