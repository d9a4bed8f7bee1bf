import type { Command } from 'commander';
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import { listAkipEvaluations } from '../../services/akip/list-akip-evaluations.ts';
import type { AkipEvaluationView } from '../../services/akip/akip-evaluation-data.ts';
import { EXIT, type CliContext } from '../main.ts';
import { localeOption, parseLocale } from '../locale-option.ts';
import { chooseAgency, cliContext, openReportDatabase, refusalText } from '../report-database.ts';

const two = (value: number, locale: Locale) => formatNumber(value, { decimals: 2, locale });

function evaluationText(e: AkipEvaluationView, locale: Locale): string {
  const en = locale === 'en';
  const lines = [
    `${en ? 'AKIP evaluation of' : 'Evaluasi AKIP atas kinerja tahun'} ${e.year} — ${e.evaluator}`,
  ];
  for (const c of e.components) {
    lines.push(`  ${c.name} (${en ? 'weight' : 'bobot'} ${c.weight}): ${two(c.score, locale)}`);
    for (const s of c.subComponents ?? [])
      lines.push(
        `    ${s.name} (${en ? 'weight' : 'bobot'} ${two(s.weight, locale)}): ${two(s.score, locale)}`,
      );
  }
  lines.push(
    e.score === null
      ? `  ${en ? 'Not all four components scored yet' : 'Belum keempat komponen dinilai'}${e.publishedGrade ? `; ${en ? 'published grade' : 'predikat dalam surat'} ${e.publishedGrade}` : ''}`
      : `  ${en ? 'Score' : 'Nilai'} ${two(e.score, locale)}; predikat ${e.predikat} (${e.interpretasi}); ${en ? 'feeds Nilai AKIP' : 'mengisi Nilai AKIP'} ${e.feedsYear}`,
  );
  for (const r of e.recommendations)
    lines.push(
      `  ${r.number}. ${r.recommendation}\n     ${en ? 'follow-up' : 'tindak lanjut'}: ${r.followUpStatus}${r.followUpNote ? ` — ${r.followUpNote}` : ''}`,
    );
  return lines.join('\n');
}

/**
 * `akuntabel akip --year YEAR [--agency ID] [--data DIR] [--json]`: the
 * evaluasi AKIP of the year (components, score, predikat, recommendations
 * and follow-up) and the scores of the other years.
 */
export function registerAkip(program: Command, { io, setExit }: CliContext): void {
  program
    .command('akip')
    .description('Menampilkan evaluasi AKIP satu tahun dari database: komponen, nilai, predikat, rekomendasi')
    .requiredOption('--year <year>', 'tahun yang dievaluasi')
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
        const year = Number(options.year);
        const opened = await openReportDatabase(options.data);
        try {
          const chosen = await chooseAgency(opened, options.agency);
          if (!chosen.ok) return fail(chosen.message);
          let history;
          try {
            history = await listAkipEvaluations(cliContext(opened, chosen.agency), {
              agencyId: chosen.agency.id,
              year,
            });
          } catch (error) {
            return fail(refusalText(error, locale));
          }
          const ofYear = history.evaluations.filter((e) => e.year === year);
          if (options.json) {
            io.out(
              `${JSON.stringify({ ...history, evaluations: ofYear, history: history.evaluations }, null, 2)}\n`,
            );
            return setExit(EXIT.ok);
          }
          const en = locale === 'en';
          const out = [`${en ? 'AKIP evaluation' : 'Evaluasi AKIP'} ${chosen.agency.name}`, ''];
          if (ofYear.length === 0)
            out.push(en ? `No evaluation of ${year}.` : `Belum ada evaluasi atas tahun ${year}.`);
          for (const e of ofYear) out.push(evaluationText(e, locale), '');
          const others = history.evaluations.filter((e) => e.year !== year);
          if (others.length > 0) {
            out.push(en ? 'Other years:' : 'Tahun lain:');
            for (const e of others)
              out.push(
                `  ${e.year}: ${e.score === null ? '—' : `${two(e.score, locale)} ${e.predikat}`}${e.publishedGrade ? ` (${en ? 'letter' : 'surat'}: ${e.publishedGrade})` : ''}`,
              );
          }
          io.out(`${out.join('\n')}\n`);
          setExit(EXIT.ok);
        } finally {
          await opened.close();
        }
      },
    );
}
