/** Loading, error and empty states, designed once and used by every page. */
import { Center, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" />
        <Text c="dimmed" size="sm">
          {label ?? t('state.loading')}
        </Text>
      </Stack>
    </Center>
  );
}

export function Empty({ children, action }: { children?: ReactNode; action?: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <Center py="xl" data-testid="empty">
      <Stack align="center" gap="xs" maw={480}>
        <ThemeIcon variant="light" size="xl" radius="xl" color="gray" aria-hidden>
          ∅
        </ThemeIcon>
        <Text c="dimmed" ta="center">
          {children ?? t('state.empty')}
        </Text>
        {action}
      </Stack>
    </Center>
  );
}

/** Renders the query's data, or its loading/error state. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
