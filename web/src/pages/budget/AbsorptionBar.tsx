/** Serapan (absorption) as a bar and its percentage; red above 100 %, grey when there is no pagu. */
import { Group, Progress, Text } from '@mantine/core';
import { show } from '../../format.ts';

export function absorptionColour(persen: number | null | undefined): string {
  if (persen === null || persen === undefined) return 'gray';
  return persen > 100 ? 'red' : 'teal';
}

export function AbsorptionBar({
  persen,
  label,
  width = 72,
  testId,
  align = 'end',
}: {
  persen: number | null | undefined;
  label: string;
  width?: number;
  testId?: string;
  align?: 'start' | 'end';
}) {
  return (
    <Group gap={6} wrap="nowrap" justify={align === 'end' ? 'flex-end' : 'flex-start'} data-testid={testId}>
      <Progress
        value={persen === null || persen === undefined ? 0 : Math.min(persen, 100)}
        color={absorptionColour(persen)}
        size="md"
        w={width}
        aria-label={`${label}: ${show.percent(persen)}`}
      />
      <Text span size="sm" className="num" miw={64} data-testid={testId ? `${testId}-text` : undefined}>
        {show.percent(persen)}
      </Text>
    </Group>
  );
}
