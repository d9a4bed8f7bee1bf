/**
 * Where an indicator component's yearly value comes from in the Data Sosial
 * (the Renstra's indicator form uses it): typed in the Realisasi grid, or
 * the whole region's PPKS served or counted, PSKS, or assistance recipients,
 * units or value — of every category/programme or of one. When every
 * component names a source, the server computes the realisation from the
 * data (docs/decisions/social-data-feed.md).
 */
import { Group, NativeSelect } from '@mantine/core';
import type { SocialComponentSource } from '../../../../src/store/schema/enums.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { ASSISTANCE_PROGRAMS, PPKS_CATEGORIES, PSKS_TYPES } from './social-api.ts';
import { sourceTexts } from './source-texts.ts';
import { texts } from './texts.ts';

export type { SocialComponentSource };

const MEASURES = [
  'ppks:served',
  'ppks:total',
  'psks:total',
  'assistance:recipients',
  'assistance:units',
  'assistance:value',
] as const;
type Measure = (typeof MEASURES)[number];

function measureOf(source: SocialComponentSource | null): Measure | '' {
  return source === null ? '' : (`${source.dataset}:${source.measure}` as Measure);
}

function keyOf(source: SocialComponentSource | null): string {
  if (source === null) return '';
  if (source.dataset === 'ppks') return source.category ?? '';
  if (source.dataset === 'psks') return source.type ?? '';
  return source.program ?? '';
}

function sourceOf(measure: Measure | '', key: string): SocialComponentSource | null {
  switch (measure) {
    case '':
      return null;
    case 'ppks:served':
    case 'ppks:total':
      return {
        dataset: 'ppks',
        measure: measure === 'ppks:served' ? 'served' : 'total',
        ...(key !== '' && { category: key as (typeof PPKS_CATEGORIES)[number] }),
      };
    case 'psks:total':
      return {
        dataset: 'psks',
        measure: 'total',
        ...(key !== '' && { type: key as (typeof PSKS_TYPES)[number] }),
      };
    default:
      return {
        dataset: 'assistance',
        measure: measure.slice('assistance:'.length) as 'recipients' | 'units' | 'value',
        ...(key !== '' && { program: key as (typeof ASSISTANCE_PROGRAMS)[number] }),
      };
  }
}

export function ComponentSourceSelect({
  n,
  source,
  onChange,
  error,
  disabled = false,
}: {
  /** The component's number in the form (1, 2 …), for the labels. */
  n: number;
  source: SocialComponentSource | null;
  onChange: (source: SocialComponentSource | null) => void;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const { t } = useTexts('socialSource', sourceTexts);
  const { t: labels } = useTexts('social', texts);
  const measure = measureOf(source);
  const key = keyOf(source);
  const keys =
    source === null
      ? []
      : source.dataset === 'ppks'
        ? PPKS_CATEGORIES.map((k) => ({ value: k, label: labels(`ppks.${k}`) }))
        : source.dataset === 'psks'
          ? PSKS_TYPES.map((k) => ({ value: k, label: labels(`psks.${k}`) }))
          : ASSISTANCE_PROGRAMS.map((k) => ({ value: k, label: labels(`program.${k}`) }));
  return (
    <Group gap="xs" align="flex-start" wrap="wrap" style={{ flexBasis: '100%' }}>
      <NativeSelect
        label={t('source', { n })}
        value={measure}
        onChange={(e) => onChange(sourceOf(e.currentTarget.value as Measure | '', ''))}
        data={[
          { value: '', label: t('typed') },
          ...MEASURES.map((m) => ({ value: m, label: t(`measure.${m.replace(':', '_')}`) })),
        ]}
        error={error}
        disabled={disabled}
        style={{ flex: 1, minWidth: 220 }}
      />
      {source !== null && (
        <NativeSelect
          label={t(`of.${source.dataset}`, { n })}
          value={key}
          onChange={(e) => onChange(sourceOf(measure, e.currentTarget.value))}
          data={[{ value: '', label: t(`all.${source.dataset}`) }, ...keys]}
          disabled={disabled}
          style={{ flex: 1, minWidth: 220 }}
        />
      )}
    </Group>
  );
}
