/** Every year's LKjIP with its status and review comments; a final one can be downloaded again at any time. */
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { countsText, type ReportSummary } from './lkjip-api.ts';
import type { useReportJobs } from './report-jobs.ts';
import { texts } from './texts.ts';

const STATUS_COLOUR = { draft: 'gray', in_review: 'blue', final: 'teal' } as const;

export function LkjipHistory({
  reports,
  year,
  onOpen,
  jobs,
}: {
  reports: ReportSummary[];
  year: number;
  onOpen: (year: number) => void;
  jobs: ReturnType<typeof useReportJobs>;
}) {
  const { t } = useTexts('reports', texts);
  if (reports.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('history.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="lkjip-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.year')}</Table.Th>
            <Table.Th>{t('history.status')}</Table.Th>
            <Table.Th>{t('history.submitted')}</Table.Th>
            <Table.Th>{t('history.finalised')}</Table.Th>
            <Table.Th>{t('history.comments')}</Table.Th>
            <Table.Th>{t('history.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => (
            <Table.Tr key={report.id} aria-current={report.year === year ? 'true' : undefined}>
              <Table.Td fw={report.year === year ? 700 : undefined}>{report.year}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOUR[report.status]} variant="light">
                  {t(`common:status.${report.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{show.date(report.submittedAt)}</Table.Td>
              <Table.Td>{show.date(report.finalisedAt)}</Table.Td>
              <Table.Td>
                <Text size="sm">{report.comments.total === 0 ? '—' : countsText(report.comments, t)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {report.year !== year && (
                    <Button size="compact-xs" variant="subtle" onClick={() => onOpen(report.year)}>
                      {t('history.open')}
                    </Button>
                  )}
                  {report.status === 'final' &&
                    (['docx', 'pdf'] as const).map((format) => (
                      <Button
                        key={format}
                        size="compact-xs"
                        variant="light"
                        color="teal"
                        onClick={() =>
                          jobs.start.mutate({ kind: 'lkjip', format, year: report.year, lang: 'id' })
                        }
                      >
                        {t('history.download', { format })}
                      </Button>
                    ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
