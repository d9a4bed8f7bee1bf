/**
 * LKjIP BAB III sections from the agency's other data, where it has them:
 * social welfare (PPKS, PSKS, assistance), the public satisfaction index (IKM)
 * and the AKIP evaluation with its recommendations.
 */
import { absorptionPercent } from '../../domain/budget-rollup.ts';
import { akipGrade } from '../../domain/akip.ts';
import { ikmGrade } from '../../domain/ikm.ts';
import { formatNumber } from '../../domain/numbers.ts';
import { DASH, integerCell, percentCell, textCell, valueCell } from '../format.ts';
import type { Block } from '../model.ts';
import { buildBab3SocialDetail } from './bab3-social-detail.ts';
import type { LkjipContext } from './build-context.ts';

/** `nextSection` gives the next free section letter of BAB III (D, E, …). */
export function buildBab3Social(ctx: LkjipContext, nextSection: () => string): Block[] {
  const { src, locale, L, heading, para, table, col } = ctx;
  const bab3: Block[] = [];
  // Social-welfare data, where the agency has them.
  const social = src.social;
  if (social && (social.ppks || social.psks.length > 0 || social.assistance.length > 0 || social.detail)) {
    bab3.push(heading(2, `${nextSection()}. ${L('Data Kesejahteraan Sosial', 'Social Welfare Data')}`));
    if (social.ppks) {
      bab3.push(
        para(
          L(
            `Jumlah Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) Tahun ${social.ppks.year} adalah ${formatNumber(social.ppks.total, { locale })} orang, dalam ${social.ppks.categories.length} jenis PPKS menurut Permensos 8/2012.`,
            `There were ${formatNumber(social.ppks.total, { locale })} people in need of social welfare services (PPKS) in ${social.ppks.year}, in ${social.ppks.categories.length} categories (Permensos 8/2012).`,
          ),
        ),
      );
    }
    if (social.detail) bab3.push(...buildBab3SocialDetail(ctx, social.detail));
    if (social.psks.length > 0)
      bab3.push(
        table(
          '3',
          L('Potensi dan Sumber Kesejahteraan Sosial (PSKS)', 'Social Welfare Resources (PSKS)'),
          [
            col('No', 0.8, 'center'),
            col(L('Jenis PSKS', 'Type'), 7),
            col(L('Jumlah', 'Number'), 1.6, 'right'),
            col(L('Satuan', 'Unit'), 1.6),
          ],
          social.psks.map((p, i) => ({
            cells: [
              textCell(String(i + 1)),
              textCell(p.label),
              integerCell(p.count, locale),
              textCell(p.unit),
            ],
          })),
        ),
      );
    if (social.assistance.length > 0)
      bab3.push(
        table(
          '3',
          L('Bantuan Sosial per Program', 'Social Assistance by Program'),
          [
            col('No', 0.7, 'center'),
            col(L('Program / Bantuan', 'Program / Assistance'), 8),
            col(L('Tahun', 'Year'), 1, 'center'),
            col(L('Sumber Dana', 'Funding'), 1.6, 'center'),
            col('Target', 1.4, 'right'),
            col(L('Penerima', 'Recipients'), 1.6, 'right'),
            col(L('Satuan', 'Unit'), 1.3),
            col(L('Capaian (%)', 'Achieved (%)'), 1.6, 'right'),
          ],
          social.assistance.map((a, i) => ({
            cells: [
              textCell(String(i + 1)),
              textCell(a.label),
              textCell(String(a.year)),
              textCell(a.funding),
              integerCell(a.target, locale),
              integerCell(a.recipients, locale),
              textCell(a.unit),
              percentCell(
                a.target !== null && a.target > 0 ? absorptionPercent(a.recipients, a.target) : null,
                locale,
              ),
            ],
          })),
          { landscape: true },
        ),
      );
  }

  // IKM and AKIP.
  if ((src.ikm && src.ikm.surveys.length > 0) || (src.akip && src.akip.evaluations.length > 0)) {
    bab3.push(
      heading(
        2,
        `${nextSection()}. ${L('Indeks Kepuasan Masyarakat dan Evaluasi AKIP', 'Public Satisfaction Index and AKIP Evaluation')}`,
      ),
    );
    if (src.ikm && src.ikm.surveys.length > 0) {
      const surveys = [...src.ikm.surveys].sort((a, b) => a.year - b.year);
      bab3.push(
        table(
          '3',
          L('Indeks Kepuasan Masyarakat (IKM)', 'Public Satisfaction Index (IKM)'),
          [
            col(L('Tahun', 'Year'), 1.2, 'center'),
            col(L('Responden', 'Respondents'), 1.8, 'right'),
            col(L('Nilai IKM', 'IKM Score'), 1.8, 'right'),
            col(L('Mutu', 'Grade'), 1.2, 'center'),
            col(L('Kinerja Unit Pelayanan', 'Service Performance'), 3),
          ],
          surveys.map((sv) => {
            const g = ikmGrade(sv.nilai);
            return {
              cells: [
                textCell(String(sv.year)),
                integerCell(sv.respondents, locale),
                valueCell(sv.nilai, locale),
                textCell(g.mutu),
                textCell(locale === 'id' ? g.kinerja : ikmKinerjaEn(g.kinerja)),
              ],
            };
          }),
          {
            note: L(
              'Mutu dan kinerja menurut PermenPANRB 14/2017, dihitung dari nilai IKM.',
              'Grade per PANRB Regulation 14/2017, computed from the score.',
            ),
          },
        ),
      );
      if (src.ikm.related.length > 0)
        bab3.push({
          type: 'list',
          ordered: false,
          items: src.ikm.related.map(
            (r) =>
              `${r.name} (${r.by}, ${r.year}): ${formatNumber(r.score, { locale })}, ${r.grade} — ${r.category}`,
          ),
        });
    }
    if (src.akip && src.akip.evaluations.length > 0) {
      const evals = [...src.akip.evaluations].sort((a, b) => a.year - b.year);
      bab3.push(
        table(
          '3',
          L('Hasil Evaluasi AKIP', 'AKIP Evaluation Results'),
          [
            col(L('Tahun', 'Year'), 1.2, 'center'),
            col(L('Nilai', 'Score'), 1.6, 'right'),
            col(L('Predikat', 'Grade'), 1.4, 'center'),
            col(L('Interpretasi', 'Meaning'), 3),
            col(L('Evaluator', 'Evaluator'), 4),
          ],
          evals.map((ev) => {
            const g = akipGrade(ev.score);
            return {
              cells: [
                textCell(String(ev.year)),
                valueCell(ev.score, locale),
                textCell(g.predikat),
                textCell(g.interpretasi),
                textCell(ev.evaluator ?? DASH),
              ],
            };
          }),
          {
            note: L(
              'Predikat menurut PermenPANRB 88/2021, dihitung dari nilai.',
              'Grade per PANRB Regulation 88/2021, computed from the score.',
            ),
          },
        ),
      );
      const latest = evals[evals.length - 1]!;
      if (latest.recommendations.length > 0)
        bab3.push(
          table(
            '3',
            L(
              `Rekomendasi Evaluasi AKIP ${latest.year} dan Tindak Lanjut`,
              `AKIP ${latest.year} Recommendations and Follow-up`,
            ),
            [
              col('No', 0.7, 'center'),
              col(L('Rekomendasi', 'Recommendation'), 8),
              col(L('Tindak Lanjut', 'Follow-up'), 8),
            ],
            latest.recommendations.map((r, i) => ({
              cells: [
                textCell(String(i + 1)),
                textCell(r.text),
                textCell(r.followUp ?? L('belum dicatat', 'not recorded')),
              ],
            })),
            { landscape: true },
          ),
        );
    }
  }
  return bab3;
}

function ikmKinerjaEn(k: string): string {
  return (
    (
      { 'Sangat Baik': 'Very Good', Baik: 'Good', 'Kurang Baik': 'Poor', 'Tidak Baik': 'Bad' } as Record<
        string,
        string
      >
    )[k] ?? k
  );
}
