/** A capaian with its predikat, coloured by the predikat's place in the scale (highest = green). */
import { Badge, Group, Text } from '@mantine/core';
import { formatPercent } from '@domain/numbers.ts';
import { useTranslation } from 'react-i18next';

export type PredikatLabel = { label: string; labelEn: string };

const COLOURS = ['teal', 'green', 'lime', 'yellow', 'orange', 'red', 'red'] as const;

/** The colour of a predikat: spread from green (best) to red (worst) over the scale's levels. */
export function predikatColour(label: string | null | undefined, levels: readonly PredikatLabel[]): string {
  if (!label) return 'gray';
  const rank = levels.findIndex((level) => level.label === label);
  if (rank < 0) return 'gray';
  if (levels.length <= 1) return 'teal';
  const last = COLOURS.length - 2;
  return COLOURS[Math.round((rank / (levels.length - 1)) * last)] ?? 'gray';
}

export function PredikatBadge({
  predikat,
  levels,
}: {
  predikat: PredikatLabel | null | undefined;
  levels: readonly PredikatLabel[];
}) {
  const { i18n, t } = useTranslation('common');
  if (!predikat)
    return (
      <Badge color="gray" variant="light">
        {t('state.empty')}
      </Badge>
    );
  return (
    <Badge color={predikatColour(predikat.label, levels)} variant="filled" data-predikat={predikat.label}>
      {i18n.language === 'en' ? predikat.labelEn : predikat.label}
    </Badge>
  );
}

export function CapaianText({ value }: { value: number | null | undefined }) {
  const { i18n } = useTranslation('common');
  return (
    <Text span fw={600} ff="monospace">
      {value === null || value === undefined
        ? '—'
        : formatPercent(value, { locale: i18n.language === 'en' ? 'en' : 'id' })}
    </Text>
  );
}

export function CapaianWithPredikat(props: {
  value: number | null | undefined;
  predikat: PredikatLabel | null | undefined;
  levels: readonly PredikatLabel[];
}) {
  return (
    <Group gap="xs" wrap="nowrap">
      <CapaianText value={props.value} />
      <PredikatBadge predikat={props.predikat} levels={props.levels} />
    </Group>
  );
}
