/**
 * The year's LKjIP: where it stands (draft → in review → final) and the step
 * the signed-in role can take now (create, submit, return, finalise).
 */
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Role } from '../../api/session.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { ConfirmAction } from './ConfirmAction.tsx';
import {
  countsText,
  useCreateLkjip,
  useFinalizeLkjip,
  useReturnLkjip,
  useSubmitLkjip,
  type Report,
  type ReportSummary,
} from './lkjip-api.ts';
import { StatusSteps } from './StatusSteps.tsx';
import { texts } from './texts.ts';

const isStaff = (role: Role) => role === 'operator' || role === 'kepala';

/** What happens next, said to the role that reads it. */
function guidance(
  report: ReportSummary,
  role: Role,
  t: (key: string, values?: Record<string, unknown>) => string,
) {
  if (report.status === 'final') return t('lkjip.finalNote');
  if (report.status === 'draft') {
    return report.comments.open > 0 && isStaff(role) ? t('lkjip.returned') : t('lkjip.waitKepala');
  }
  if (role === 'kepala') return t('lkjip.waitFinal', { open: report.comments.open });
  if (role === 'evaluator') return t('lkjip.reviewEvaluator');
  return isStaff(role) ? t('lkjip.waitReview') : t('lkjip.reviewOthers');
}

export function LkjipStatusCard({
  agencyId,
  year,
  role,
  report,
  detail,
}: {
  agencyId: string;
  year: number;
  role: Role;
  report: ReportSummary | undefined;
  /** The report read with its snapshot check, when loaded. */
  detail: Report | undefined;
}) {
  const { t } = useTexts('reports', texts);
  const create = useCreateLkjip(agencyId);
  const submit = useSubmitLkjip(agencyId);
  const giveBack = useReturnLkjip(agencyId);
  const finalize = useFinalizeLkjip(agencyId);
  const steps = (['draft', 'in_review', 'final'] as const).map((key) => ({
    key,
    label: t(`common:status.${key}`),
  }));

  if (!report) {
    return (
      <Card withBorder padding="md" data-testid="lkjip-card">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('lkjip.title', { year })}
          </Title>
          <Text size="sm">{t('lkjip.none', { year })}</Text>
          <Text size="sm" c="dimmed">
            {t('lkjip.noneHint')}
          </Text>
          {isStaff(role) && (
            <Group>
              <Button loading={create.isPending} onClick={() => create.mutate({ year })}>
                {t('lkjip.create', { year })}
              </Button>
            </Group>
          )}
          {create.isError && <ProblemAlert error={create.error} />}
        </Stack>
      </Card>
    );
  }

  const step = { reportId: report.id, version: report.version };
  return (
    <Card withBorder padding="md" data-testid="lkjip-card">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('lkjip.title', { year })}
        </Title>
        <StatusSteps steps={steps} current={report.status} label={t('lkjip.steps')} />
        {report.submittedAt && (
          <Text size="sm" c="dimmed">
            {t('lkjip.submittedAt', { date: show.dateTime(report.submittedAt) })}
          </Text>
        )}
        {report.finalisedAt && (
          <Text size="sm" c="dimmed">
            {t('lkjip.finalisedAt', { date: show.dateTime(report.finalisedAt) })}
          </Text>
        )}
        {report.status === 'final' && detail && detail.snapshotIntact !== null && (
          <Group>
            <Badge color={detail.snapshotIntact ? 'teal' : 'red'} variant="light">
              {detail.snapshotIntact ? t('lkjip.snapshotIntact') : t('lkjip.snapshotBroken')}
            </Badge>
          </Group>
        )}
        {report.comments.total > 0 && (
          <Text size="sm" data-testid="lkjip-comment-counts">
            {t('history.comments')}: {countsText(report.comments, t)}
          </Text>
        )}
        <Text size="sm">{guidance(report, role, t)}</Text>
        <Group gap="xs">
          {report.status === 'draft' && role === 'kepala' && (
            <ConfirmAction
              label={t('lkjip.submit')}
              title={t('lkjip.submitTitle', { year })}
              message={t('lkjip.submitText')}
              onConfirm={() => submit.mutateAsync(step)}
              pending={submit.isPending}
              error={submit.error}
              onReset={submit.reset}
              testId="lkjip-submit"
            />
          )}
          {report.status === 'in_review' && role === 'evaluator' && (
            <ConfirmAction
              label={t('lkjip.returnToDraft')}
              title={t('lkjip.returnTitle', { year })}
              message={t('lkjip.returnText')}
              onConfirm={() => giveBack.mutateAsync(step)}
              pending={giveBack.isPending}
              error={giveBack.error}
              onReset={giveBack.reset}
              color="orange"
              variant="light"
              testId="lkjip-return"
            />
          )}
          {report.status === 'in_review' && role === 'kepala' && (
            <ConfirmAction
              label={t('lkjip.finalize')}
              title={t('lkjip.finalizeTitle', { year })}
              message={t('lkjip.finalizeText')}
              onConfirm={() => finalize.mutateAsync(step)}
              pending={finalize.isPending}
              error={finalize.error}
              onReset={finalize.reset}
              color="teal"
              testId="lkjip-finalize"
            />
          )}
        </Group>
      </Stack>
    </Card>
  );
}
