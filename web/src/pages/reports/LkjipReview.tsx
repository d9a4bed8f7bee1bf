/**
 * The reviewer's view of an LKjIP: every section with its comments and their
 * state (open → answered → resolved), links to the pages its numbers come
 * from, the evaluator's new comment and resolve, the agency's answer.
 */
import { Accordion, Anchor, Badge, Button, Card, Group, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../api/session.ts';
import { agencyPath } from '../../app/nav.ts';
import { ProblemAlert, fieldError } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import {
  commentState,
  useAddComment,
  useAnswerComment,
  useResolveComment,
  type Comment,
  type Report,
  type ReportSummary,
  type Section,
} from './lkjip-api.ts';
import { sectionSources } from './section-sources.ts';
import { texts } from './texts.ts';

const STATE_COLOUR = { open: 'red', answered: 'yellow', resolved: 'teal' } as const;

type Context = { agencyId: string; year: number; role: Role; report: Report };

function useSectionLabel() {
  const { t } = useTexts('reports', texts);
  return (section: Section) =>
    section.sasaran
      ? t('section.bab3-sasaran', { code: section.sasaran.code, statement: section.sasaran.statement })
      : t(`section.${section.key}`);
}

function AnswerForm({ comment, context }: { comment: Comment; context: Context }) {
  const { t } = useTexts('reports', texts);
  const answer = useAnswerComment(context.agencyId);
  const [text, setText] = useState(comment.responseText ?? '');
  const [open, setOpen] = useState(comment.responseText === null);
  if (!open)
    return (
      <Group>
        <Button size="xs" variant="subtle" onClick={() => setOpen(true)}>
          {t('review.answerAgain')}
        </Button>
      </Group>
    );
  return (
    <Stack gap={6}>
      <Textarea
        label={comment.responseText ? t('review.answerAgain') : t('review.answer')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={2}
        error={fieldError(answer.error, 'response')}
      />
      <Group>
        <Button
          size="xs"
          loading={answer.isPending}
          disabled={text.trim() === ''}
          onClick={() => answer.mutate({ commentId: comment.id, version: comment.version, response: text })}
        >
          {t('review.sendAnswer')}
        </Button>
      </Group>
      {answer.isError && !fieldError(answer.error, 'response') && <ProblemAlert error={answer.error} />}
    </Stack>
  );
}

function CommentCard({ comment, context }: { comment: Comment; context: Context }) {
  const { t } = useTexts('reports', texts);
  const resolve = useResolveComment(context.agencyId);
  const state = commentState(comment);
  const openReport = context.report.status !== 'final';
  const staff = context.role === 'operator' || context.role === 'kepala';
  return (
    <Card withBorder padding="sm" data-testid="review-comment" data-state={state}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {t('review.commentedAt', { date: show.dateTime(comment.createdAt) })}
          </Text>
          <Badge color={STATE_COLOUR[state]} variant="light">
            {t(`review.state.${state}`)}
          </Badge>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {comment.body}
        </Text>
        {comment.responseText && (
          <Stack gap={2} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
            <Text size="xs" c="dimmed">
              {t('review.answeredAt', { date: show.dateTime(comment.respondedAt) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {comment.responseText}
            </Text>
          </Stack>
        )}
        {comment.resolvedAt && (
          <Text size="xs" c="dimmed">
            {t('review.resolvedAt', { date: show.dateTime(comment.resolvedAt) })}
          </Text>
        )}
        {staff && openReport && state !== 'resolved' && <AnswerForm comment={comment} context={context} />}
        {context.role === 'evaluator' && openReport && state !== 'resolved' && (
          <Group>
            <Button
              size="xs"
              variant="light"
              color="teal"
              loading={resolve.isPending}
              onClick={() => resolve.mutate({ commentId: comment.id, version: comment.version })}
            >
              {t('review.resolve')}
            </Button>
          </Group>
        )}
        {resolve.isError && <ProblemAlert error={resolve.error} />}
      </Stack>
    </Card>
  );
}

function NewComment({ section, context }: { section: Section; context: Context }) {
  const { t } = useTexts('reports', texts);
  const add = useAddComment(context.agencyId);
  const [body, setBody] = useState('');
  return (
    <Stack gap={6}>
      <Textarea
        label={t('review.newComment')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={2}
        error={fieldError(add.error, 'body')}
      />
      <Group>
        <Button
          size="xs"
          loading={add.isPending}
          disabled={body.trim() === ''}
          onClick={() =>
            add.mutate(
              { reportId: context.report.id, sectionKey: section.key, body },
              { onSuccess: () => setBody('') },
            )
          }
        >
          {t('review.addComment')}
        </Button>
      </Group>
      {add.isError && !fieldError(add.error, 'body') && <ProblemAlert error={add.error} />}
    </Stack>
  );
}

function Counts({ comments }: { comments: Comment[] }) {
  const { t } = useTexts('reports', texts);
  if (comments.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('review.none')}
      </Text>
    );
  const count = (state: 'open' | 'answered' | 'resolved') =>
    comments.filter((c) => commentState(c) === state).length;
  return (
    <Group gap={4}>
      {(['open', 'answered', 'resolved'] as const).map((state) =>
        count(state) > 0 ? (
          <Badge key={state} size="sm" variant="light" color={STATE_COLOUR[state]}>
            {t(`review.${state}`, { count: count(state) })}
          </Badge>
        ) : null,
      )}
    </Group>
  );
}

export function LkjipReview({
  agencyId,
  year,
  role,
  summary,
  report,
}: {
  agencyId: string;
  year: number;
  role: Role;
  summary: ReportSummary;
  report: Report;
}) {
  const { t } = useTexts('reports', texts);
  const label = useSectionLabel();
  const [onlyOpen, setOnlyOpen] = useState(false);
  const context: Context = { agencyId, year, role, report };
  const commentsOf = (key: string) => report.comments.filter((c) => c.sectionKey === key);
  const unresolved = (key: string) => commentsOf(key).some((c) => c.resolvedAt === null);
  const [expanded, setExpanded] = useState<string[]>(() =>
    summary.sections.filter((s) => unresolved(s.key)).map((s) => s.key),
  );
  const shown = summary.sections.filter((s) => !onlyOpen || unresolved(s.key));
  return (
    <Stack gap="sm">
      <Switch
        label={t('review.filterOpen')}
        checked={onlyOpen}
        onChange={(e) => setOnlyOpen(e.currentTarget.checked)}
      />
      {report.status !== 'in_review' && role === 'evaluator' && (
        <Text size="sm" c="dimmed">
          {t('review.onlyWhenInReview')}
        </Text>
      )}
      <Accordion multiple value={expanded} onChange={setExpanded} variant="separated">
        {shown.map((section) => {
          const comments = commentsOf(section.key);
          return (
            <Accordion.Item key={section.key} value={section.key} data-testid="review-section">
              <Accordion.Control>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text size="sm" fw={500} lineClamp={2} style={{ flex: '1 1 240px' }}>
                    {label(section)}
                  </Text>
                  <Counts comments={comments} />
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <Group gap="xs">
                    <Text size="xs" c="dimmed">
                      {t('review.sources')}
                    </Text>
                    {sectionSources(section.key).map((source) => (
                      <Anchor
                        key={source.page}
                        component={Link}
                        to={agencyPath(agencyId, source.page, year)}
                        size="sm"
                      >
                        {t(`common:nav.${source.nav}`)}
                      </Anchor>
                    ))}
                  </Group>
                  {comments.map((comment) => (
                    <CommentCard key={comment.id} comment={comment} context={context} />
                  ))}
                  {role === 'evaluator' && report.status === 'in_review' && (
                    <NewComment section={section} context={context} />
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
