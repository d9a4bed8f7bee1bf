/**
 * The year at a glance, from the server's summary (one rule for the whole
 * region: its own row, else the kecamatan added up): assistance per
 * programme with recipients and value in Rupiah, each kecamatan's figures,
 * the PPKS of each kecamatan by category (the rows as entered), and the
 * totals of the five years up to the chosen one.
 */
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/PageState.tsx';
import { show } from '../../format.ts';
import classes from '../budget/budget-grid.module.css';
import {
  PPKS_CATEGORIES,
  useSocialSummary,
  type SocialData,
  type SocialSummaryResult,
} from './social-api.ts';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <div className={classes.scroller}>{children}</div>
    </section>
  );
}

function ProgramTable({ s }: { s: SocialSummaryResult }) {
  const { t } = useTranslation('social');
  if (s.assistance.byProgram.length === 0)
    return (
      <Text c="dimmed" p="xs">
        {t('summary.none')}
      </Text>
    );
  return (
    <table className={classes.grid} data-testid="summary-programs">
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>{t('column.program')}</th>
          <th className="num">{t('column.recipients')}</th>
          <th className="num">{t('column.value')}</th>
        </tr>
      </thead>
      <tbody>
        {s.assistance.byProgram.map((p) => (
          <tr key={p.program}>
            <td>{t(`program.${p.program}`)}</td>
            <td className="num">{show.number(p.recipients)}</td>
            <td className="num">{show.rupiah(p.value)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td>{t('column.total')}</td>
          <td className="num">{show.number(s.assistance.total.recipients)}</td>
          <td className="num">{show.rupiah(s.assistance.total.value)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function KecamatanTable({ s }: { s: SocialSummaryResult }) {
  const { t } = useTranslation('social');
  const rows = s.kecamatan
    .map((k) => ({
      k,
      p: s.ppks.byKecamatan.find((x) => x.kecamatan.id === k.id),
      q: s.psks.byKecamatan.find((x) => x.kecamatan.id === k.id),
      a: s.assistance.byKecamatan.find((x) => x.kecamatan.id === k.id),
    }))
    .filter((r) => r.p ?? r.q ?? r.a);
  if (rows.length === 0)
    return (
      <Text c="dimmed" p="xs">
        {t('summary.noKecamatan')}
      </Text>
    );
  return (
    <table className={classes.grid} data-testid="summary-kecamatan">
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>Kecamatan</th>
          <th className="num">PPKS</th>
          <th className="num">{t('column.served')}</th>
          <th className="num">PSKS</th>
          <th className="num">{t('column.recipients')}</th>
          <th className="num">{t('column.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ k, p, q, a }) => (
          <tr key={k.id}>
            <td>{k.name}</td>
            <td className="num">{show.number(p?.count ?? null)}</td>
            <td className="num">{show.number(p?.served ?? null)}</td>
            <td className="num">{show.number(q?.count ?? null)}</td>
            <td className="num">{show.number(a?.recipients ?? null)}</td>
            <td className="num">{show.rupiah(a?.value ?? null)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** PPKS by kecamatan × category, as entered (categories and kecamatan with a count only). */
function PpksMatrix({ data }: { data: SocialData }) {
  const { t } = useTranslation('social');
  const cells = data.ppks.filter((r) => r.kecamatanId !== null);
  const kecamatan = data.kecamatan.filter((k) => cells.some((r) => r.kecamatanId === k.id));
  const categories = PPKS_CATEGORIES.filter((c) => cells.some((r) => r.category === c));
  if (kecamatan.length === 0)
    return (
      <Text c="dimmed" p="xs">
        {t('summary.noKecamatan')}
      </Text>
    );
  return (
    <table className={classes.grid} data-testid="summary-matrix">
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>{t('column.category')}</th>
          {kecamatan.map((k) => (
            <th key={k.id} className="num">
              {k.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {categories.map((c) => (
          <tr key={c}>
            <td style={{ minWidth: 200 }}>{t(`ppks.${c}`)}</td>
            {kecamatan.map((k) => (
              <td key={k.id} className="num">
                {show.number(cells.find((r) => r.category === c && r.kecamatanId === k.id)?.count ?? null)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HistoryTable({ s }: { s: SocialSummaryResult }) {
  const { t } = useTranslation('social');
  return (
    <table className={classes.grid} data-testid="summary-history">
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>{t('summary.year')}</th>
          <th className="num">PPKS</th>
          <th className="num">{t('column.served')}</th>
          <th className="num">PSKS</th>
          <th className="num">{t('column.recipients')}</th>
          <th className="num">{t('column.value')}</th>
        </tr>
      </thead>
      <tbody>
        {s.history.map((h) => (
          <tr key={h.year} data-current={h.year === s.year ? '' : undefined}>
            <td>{h.year === s.year ? <strong>{h.year}</strong> : h.year}</td>
            <td className="num">{show.number(h.ppks.count)}</td>
            <td className="num">{show.number(h.ppks.served)}</td>
            <td className="num">{show.number(h.psks)}</td>
            <td className="num">{show.number(h.assistance.recipients)}</td>
            <td className="num">{show.rupiah(h.assistance.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SummaryTab({ data, agencyId }: { data: SocialData; agencyId: string }) {
  const { t } = useTranslation('social');
  const summary = useSocialSummary(agencyId, data.year);
  return (
    <QueryState query={summary}>
      {(s) => (
        <Stack gap="lg">
          <Section title={t('summary.programs', { year: s.year })}>
            <ProgramTable s={s} />
          </Section>
          <Section title={t('summary.kecamatan', { year: s.year })}>
            <KecamatanTable s={s} />
          </Section>
          <Section title={t('summary.matrix', { year: s.year })}>
            <PpksMatrix data={data} />
          </Section>
          <Section title={t('summary.history')}>
            <HistoryTable s={s} />
          </Section>
        </Stack>
      )}
    </QueryState>
  );
}
