/** The cells of an indicator's row around its periods: its name, and target, year to date, capaian and predikat. */
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CapaianText, PredikatBadge } from '../../components/Predikat.tsx';
import { PERIODS, type GridRow } from './grid-model.ts';
import { showNumber, type Summary } from './grid-view.ts';
import type { Grid, GridIndicator, PeriodKind } from './realisations-api.ts';

function targetText(indicator: GridIndicator): string {
  const target = indicator.target;
  if (!target) return '—';
  if (target.grade !== null) return target.grade;
  if (target.value !== null) return showNumber(Number(target.value));
  if (target.low !== null && target.high !== null)
    return `${showNumber(Number(target.low))}–${showNumber(Number(target.high))}`;
  return '—';
}

export function SummaryCells({
  indicator,
  summary,
  scale,
  periodLabel,
}: {
  indicator: GridIndicator;
  summary: Summary;
  scale: Grid['policy']['scale'];
  periodLabel: (kind: PeriodKind, periodNo: number) => string;
}) {
  const { t } = useTranslation(['realisations', 'common']);
  const { live } = summary;
  const last = PERIODS[indicator.periodKind];
  const ytd = typeof live.yearToDate === 'string' ? live.yearToDate : showNumber(live.yearToDate, 2);
  const source = summary.server ? 'server' : 'live';
  return (
    <>
      <td className="num" data-col="target">
        {targetText(indicator)}
      </td>
      <td className="num" data-col="year">
        <div>{live.yearToDate === null ? '—' : ytd}</div>
        {live.through !== null && live.through < last && (
          <Text size="xs" c="dimmed">
            {t('through', { period: periodLabel(indicator.periodKind, live.through) })}
          </Text>
        )}
      </td>
      <td
        className={`num${summary.unsaved ? ' rg-live' : ''}`}
        data-col="capaian"
        data-source={source}
        title={summary.unsaved ? t('live') : undefined}
      >
        {summary.capaian === null ? (
          <Text size="xs" c="dimmed" title={summary.reason ? t(`reason.${summary.reason}`) : undefined}>
            {summary.reason ? t(`reason.${summary.reason}`) : '—'}
          </Text>
        ) : (
          <CapaianText value={summary.capaian} />
        )}
      </td>
      <td data-col="predikat" data-source={source}>
        {summary.predikat && <PredikatBadge predikat={summary.predikat} levels={scale.levels} />}
      </td>
    </>
  );
}

export function NameCell({ row }: { row: GridRow }) {
  const { t } = useTranslation(['realisations', 'common']);
  const { indicator, component } = row;
  if (component)
    return (
      <th scope="row" className="rg-name">
        <Text size="xs">
          ↳ {component.name}{' '}
          <Text span size="xs" c="dimmed">
            ({component.code}
            {component.unit ? `, ${component.unit}` : ''})
          </Text>
        </Text>
      </th>
    );
  return (
    <th scope="row" className="rg-name" title={`${indicator.code} ${indicator.name} (${indicator.unit})`}>
      <Text size="xs" c="dimmed" span>
        {indicator.code} · {t('unit', { unit: indicator.unit })}
      </Text>
      {indicator.isIku && (
        <Badge size="xs" variant="light" ml={6}>
          {t('iku')}
        </Badge>
      )}
      <Text size="sm" className="rg-indicator-name">
        {indicator.name}
      </Text>
      {indicator.feed !== null && (
        <Text size="xs" c="dimmed" data-testid="fed-note">
          {t(`fed.${indicator.feed}`)}
        </Text>
      )}
      {row.kind === 'derived' && row.derivation === null && (
        <Text size="xs" c="red.8">
          {t('formulaUnknown', { formula: indicator.formula ?? '' })}
        </Text>
      )}
      {row.kind === 'derived' && row.derivation !== null && (
        <Text size="xs" c="dimmed">
          {indicator.formula}
        </Text>
      )}
    </th>
  );
}
