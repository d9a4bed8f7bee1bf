import type { Command } from 'commander';
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import { listAkipEvaluations } from '../../services/akip/list-akip-evaluations.ts';
import type { AkipEvaluationView } from '../../services/akip/akip-evaluation-data.ts';
import { registerAgencyYearCommand } from '../agency-year-command.ts';
import type { CliContext } from '../main.ts';

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
export function registerAkip(program: Command, cli: CliContext): void {
  registerAgencyYearCommand(program, cli, {
    name: 'akip',
    description: 'Menampilkan evaluasi AKIP satu tahun dari database: komponen, nilai, predikat, rekomendasi',
    yearHelp: 'tahun yang dievaluasi',
    read: async (ctx, agency, year) => ({
      year,
      history: await listAkipEvaluations(ctx, { agencyId: agency.id, year }),
    }),
    json: ({ year, history }) => ({
      ...history,
      evaluations: history.evaluations.filter((e) => e.year === year),
      history: history.evaluations,
    }),
    text: ({ year, history }, agency, locale) => {
      const en = locale === 'en';
      const ofYear = history.evaluations.filter((e) => e.year === year);
      const out = [`${en ? 'AKIP evaluation' : 'Evaluasi AKIP'} ${agency.name}`, ''];
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
      return out.join('\n');
    },
  });
}
