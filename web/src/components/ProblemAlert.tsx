/** An API error shown where it happened: the server's message, and the failing fields when there are several. */
import { Alert, Button, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('common');
  if (!error) return null;
  const problem = error instanceof ApiError ? error : null;
  const title =
    problem?.status === 403
      ? t('state.forbidden')
      : problem?.status === 409
        ? problem.title || t('state.error')
        : (problem?.title ?? t('state.error'));
  const detail = problem?.status === 409 && problem.type.endsWith('/conflict') ? t('state.conflict') : null;
  return (
    <Alert
      color={problem?.status === 409 ? 'yellow' : 'red'}
      title={title}
      role="alert"
      data-testid="problem"
    >
      {detail ?? (error instanceof Error ? error.message : String(error))}
      {problem && problem.errors.length > 1 && (
        <List size="sm" mt="xs">
          {problem.errors.map((e) => (
            <List.Item key={`${e.path}:${e.message}`}>
              <code>{e.path}</code>: {e.message}
            </List.Item>
          ))}
        </List>
      )}
      {onRetry && (
        <Button variant="light" size="xs" mt="sm" onClick={onRetry}>
          {t('state.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** The message for one field of a failed request, for the `error` prop of that field. */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(path) : undefined;
}
