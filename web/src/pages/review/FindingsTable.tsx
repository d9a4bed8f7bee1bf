/** The findings of one review: severity, location, printed and right value, message, the comment's state and answer; the evaluator selects findings and makes them review comments. */
import { Alert, Anchor, Badge, Button, Checkbox, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeLocation } from '@domain/report-data/finding-location.ts';
import { formatNumber } from '@domain/numbers.ts';
import { agencyPath } from '../../app/nav.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { useCommentFindings, type Finding, type Review } from './review-api.ts';
import { texts } from './texts.ts';

/** A printed or right value: a number right-aligned; words (terbilang, a label) wrapped as text. */
function ValueCell({ text }: { text: string }) {
  const isNumber = /^[-+]?[\d.,]+\s*%?$/.test(text.trim()) || text === '—';
  return isNumber ? (
    <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
      {text}
    </Table.Td>
  ) : (
    <Table.Td style={{ minWidth: 160, maxWidth: 240 }}>
      <Text size="xs">{text}</Text>
    </Table.Td>
  );
}

const STATE_COLOUR = { none: 'gray', open: 'orange', answered: 'blue', resolved: 'green' } as const;

function printedText(value: string | number, locale: 'id' | 'en'): string {
  return typeof value === 'number' ? formatNumber(value, { locale }) : value;
}

export function FindingsTable({ review, canComment }: { review: Review; canComment: boolean }) {
  const { t, i18n } = useTexts('review', texts);
  const locale = i18n.language === 'en' ? 'en' : 'id';
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [note, setNote] = useState('');
  const [made, setMade] = useState<number | null>(null);
  const comment = useCommentFindings(review.agencyId);
  const open = review.findings.filter((f) => f.state === 'none');

  if (review.findings.length === 0)
    return (
      <Alert color="green" data-testid="no-findings">
        {t('findings.none')}
      </Alert>
    );

  const toggle = (index: number) =>
    setSelected((now) => {
      const next = new Set(now);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  function submit() {
    const findings = [...selected].sort((a, b) => a - b);
    comment.mutate(
      {
        reviewId: review.id,
        version: review.version,
        findings,
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: () => {
          setMade(findings.length);
          setSelected(new Set());
          setNote('');
        },
      },
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{t('findings.summary', review.counts)}</Text>
      <Table.ScrollContainer minWidth={1000}>
        <Table striped withTableBorder verticalSpacing="xs" data-testid="findings">
          <Table.Thead>
            <Table.Tr>
              {canComment && (
                <Table.Th>
                  <Checkbox
                    aria-label={t('findings.selectAll')}
                    checked={open.length > 0 && open.every((f) => selected.has(f.index))}
                    indeterminate={selected.size > 0 && selected.size < open.length}
                    disabled={open.length === 0}
                    onChange={(e) =>
                      setSelected(e.currentTarget.checked ? new Set(open.map((f) => f.index)) : new Set())
                    }
                  />
                </Table.Th>
              )}
              <Table.Th>{t('findings.severity')}</Table.Th>
              <Table.Th>{t('findings.location')}</Table.Th>
              <Table.Th className="num">{t('findings.printed')}</Table.Th>
              <Table.Th className="num">{t('findings.expected')}</Table.Th>
              <Table.Th>{t('findings.message')}</Table.Th>
              <Table.Th>{t('findings.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {review.findings.map((f: Finding) => (
              <Table.Tr key={f.index} data-testid="finding">
                {canComment && (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('findings.select', { n: f.index + 1 })}
                      checked={selected.has(f.index)}
                      disabled={f.state !== 'none'}
                      onChange={() => toggle(f.index)}
                    />
                  </Table.Td>
                )}
                <Table.Td style={{ minWidth: 120 }}>
                  <Badge
                    color={f.severity === 'error' ? 'red' : 'yellow'}
                    variant="light"
                    style={{ overflow: 'visible' }}
                  >
                    {t(`findings.${f.severity}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ minWidth: 150 }}>
                  <Text size="sm">{describeLocation(f.path, locale)}</Text>
                  {f.lines && f.lines.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('findings.line', { lines: f.lines.join(', ') })}
                    </Text>
                  )}
                </Table.Td>
                <ValueCell text={printedText(f.printed, locale)} />
                <ValueCell text={f.expected ? f.expected[locale] : '—'} />
                <Table.Td style={{ minWidth: 280 }}>
                  <Text size="sm">{f.message[locale]}</Text>
                </Table.Td>
                <Table.Td style={{ minWidth: 200 }}>
                  <Badge color={STATE_COLOUR[f.state]} variant="light" style={{ overflow: 'visible' }}>
                    {t(`findings.state.${f.state}`)}
                  </Badge>
                  {f.comment?.response && (
                    <Text size="xs" mt={4}>
                      {t('findings.answer', { text: f.comment.response })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canComment && (
        <Stack gap="xs">
          <Textarea
            label={t('comment.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={1}
            maxLength={2000}
          />
          <Text size="xs" c="dimmed">
            {t('comment.hint', { year: review.year })}
          </Text>
          <Group>
            <Button
              disabled={selected.size === 0}
              loading={comment.isPending}
              onClick={submit}
              data-testid="make-comments"
            >
              {t('comment.submit', { n: selected.size })}
            </Button>
          </Group>
          {comment.isError && <ProblemAlert error={comment.error} />}
          {made !== null && !comment.isError && (
            <Alert color="green">
              {t('comment.done', { n: made })}{' '}
              <Anchor component={Link} to={agencyPath(review.agencyId, 'laporan', review.year)}>
                {t('comment.toReports')}
              </Anchor>
            </Alert>
          )}
        </Stack>
      )}
    </Stack>
  );
}
