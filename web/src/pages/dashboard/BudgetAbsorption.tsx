/** Budget absorption per program: one bar each (realisasi ÷ pagu, as the server rolled it up). */
import { Group, Progress, Stack, Text } from '@mantine/core';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import type { Measurement } from './measurement.ts';
import { texts } from './texts.ts';

type Budget = NonNullable<Measurement['budget']>;

function colourOf(persen: number | null): string {
  if (persen === null) return 'gray';
  if (persen > 100) return 'red';
  return persen >= 90 ? 'teal' : persen >= 75 ? 'yellow' : 'orange';
}

function Bar({
  code,
  name,
  pagu,
  realisasi,
  persen,
  strong = false,
}: {
  code: string;
  name: string;
  pagu: number | null;
  realisasi: number | null;
  persen: number | null;
  strong?: boolean;
}) {
  const { t } = useTexts('dashboard', texts);
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={strong ? 700 : 500} lineClamp={2}>
          {code && (
            <Text span c="dimmed" size="xs" mr={6}>
              {code}
            </Text>
          )}
          {name}
        </Text>
        <Text size="sm" fw={700} className="num">
          {show.percent(persen)}
        </Text>
      </Group>
      <Progress
        value={Math.min(100, persen ?? 0)}
        color={colourOf(persen)}
        size="md"
        aria-label={`${name}: ${show.percent(persen)}`}
      />
      <Text size="xs" c="dimmed" className="num" ta="left">
        {t('budget.of', { realisasi: show.rupiah(realisasi), pagu: show.rupiah(pagu) })}
      </Text>
    </Stack>
  );
}

export function BudgetAbsorption({ budget }: { budget: Budget }) {
  const { t } = useTexts('dashboard', texts);
  const funded = budget.items.filter((p) => (p.pagu ?? 0) > 0);
  const unfunded = budget.items.length - funded.length;
  return (
    <Stack gap="md">
      {funded.map((p) => (
        <Bar
          key={p.code}
          code={p.code}
          name={p.name}
          pagu={p.pagu}
          realisasi={p.realisasi}
          persen={p.persen}
        />
      ))}
      <Bar
        code=""
        name={t('budget.total')}
        pagu={budget.pagu}
        realisasi={budget.realisasi}
        persen={budget.persen}
        strong
      />
      {unfunded > 0 && (
        <Text size="xs" c="dimmed">
          {t('budget.withoutPagu', { count: unfunded })}
        </Text>
      )}
    </Stack>
  );
}
