/** A workflow's states in order (draft → submitted → signed), the current one marked, the passed ones ticked. */
import { Badge, Group, Text } from '@mantine/core';
import { Fragment } from 'react';

export function StatusSteps({
  steps,
  current,
  label,
}: {
  steps: readonly { key: string; label: string }[];
  current: string;
  /** What the steps are (for screen readers), e.g. "Status PK". */
  label: string;
}) {
  const at = steps.findIndex((s) => s.key === current);
  return (
    <Group
      gap={6}
      wrap="wrap"
      role="list"
      aria-label={label}
      data-testid="status-steps"
      data-status={current}
    >
      {steps.map((step, i) => (
        <Fragment key={step.key}>
          {i > 0 && (
            <Text span c="dimmed" aria-hidden>
              →
            </Text>
          )}
          <Badge
            role="listitem"
            aria-current={i === at ? 'step' : undefined}
            variant={i === at ? 'filled' : i < at ? 'light' : 'outline'}
            color={i === at ? (i === steps.length - 1 ? 'teal' : 'blue') : i < at ? 'teal' : 'gray'}
          >
            {i < at ? '✓ ' : ''}
            {step.label}
          </Badge>
        </Fragment>
      ))}
    </Group>
  );
}
