/**
 * What is late for the agency (deadlines of the region's calendar that have
 * passed with the work not done: realisations not submitted, PK not signed,
 * LKjIP not final) and what is still outstanding in the measurement
 * (indicators without a realisation, no signed PK), each with a link to the
 * page where it is done.
 */
import { Anchor, Badge, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'react-router';
import { agencyPath } from '../../app/nav.ts';
import { Loading } from '../../components/PageState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { useDeadlines, useLate, type Deadline, type Measurement } from './measurement.ts';
import { texts } from './texts.ts';

const ROMAN = ['I', 'II', 'III', 'IV'];

const PAGE_OF: Record<Deadline['kind'], string> = {
  realisation_quarter: 'realisasi',
  pk: 'pk',
  lkjip: 'laporan',
};

type Item = { key: string; text: string; detail?: string; link: string; late: boolean; locked?: boolean };

export function LateWork({ m }: { m: Measurement }) {
  const { t, i18n } = useTexts('dashboard', texts);
  const late = useLate(m.agency.regionId, m.year);
  const deadlines = useDeadlines(m.agency.regionId, m.year);
  if (late.isPending || deadlines.isPending) return <Loading />;
  if (late.isError) return <ProblemAlert error={late.error} onRetry={() => void late.refetch()} />;
  if (deadlines.isError)
    return <ProblemAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />;
  const period = (no: number | null) => (i18n.language === 'en' ? String(no) : (ROMAN[(no ?? 1) - 1] ?? no));
  const link = (page: string) => agencyPath(m.agency.id, page, m.year);

  const items: Item[] = [];
  const mine = late.data.find((a) => a.agencyId === m.agency.id)?.late ?? [];
  for (const item of mine) {
    const base = {
      key: item.deadlineId,
      link: link(PAGE_OF[item.kind]),
      late: true,
      locked: item.locked,
    };
    const due = t('late.dueSince', { date: show.date(item.dueDate) });
    if (item.kind === 'realisation_quarter')
      items.push({
        ...base,
        text: t('late.realisation_quarter', { period: period(item.periodNo) }),
        detail:
          item.missingIndicators !== null
            ? `${t('late.realisationMissing', { count: item.missingIndicators })} · ${due}`
            : due,
      });
    else items.push({ ...base, text: t(`late.${item.kind}`, { year: m.year }), detail: due });
  }
  const missing = m.sasaran.flatMap((s) => s.indicators).filter((i) => i.realisasi === null);
  if (missing.length > 0)
    items.push({
      key: 'missing',
      text: t('late.outstandingRealisations', {
        count: missing.length,
        year: m.year,
        codes: missing.map((i) => i.code).join(', '),
      }),
      link: link('realisasi'),
      late: false,
    });
  if (m.renstra && m.pk === null && !mine.some((i) => i.kind === 'pk'))
    items.push({ key: 'pk', text: t('late.outstandingPk', { year: m.year }), link: link('pk'), late: false });

  const now = Date.now();
  const next = deadlines.data.find((d) => new Date(d.dueAt).getTime() > now);
  return (
    <Stack gap="sm">
      {mine.length === 0 && (
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon color="teal" variant="light" radius="xl" size="sm" aria-hidden>
            ✓
          </ThemeIcon>
          <Text size="sm">
            {deadlines.data.length === 0 ? t('late.noDeadlines', { year: m.year }) : t('late.none')}
          </Text>
        </Group>
      )}
      {items.length > 0 && (
        <List spacing="xs" size="sm" listStyleType="none" data-testid="late-items">
          {items.map((item) => (
            <List.Item
              key={item.key}
              icon={
                <ThemeIcon
                  color={item.late ? 'red' : 'orange'}
                  variant="light"
                  radius="xl"
                  size="sm"
                  aria-hidden
                >
                  !
                </ThemeIcon>
              }
            >
              <Text size="sm" fw={item.late ? 600 : 400}>
                {item.text}{' '}
                <Anchor component={Link} to={item.link} size="sm">
                  {t('late.open')} →
                </Anchor>
              </Text>
              {item.detail && (
                <Text size="xs" c="dimmed">
                  {item.detail}
                </Text>
              )}
              {item.locked && (
                <Badge size="xs" color="gray" variant="light">
                  {t('late.locked')}
                </Badge>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {next && (
        <Text size="xs" c="dimmed">
          {t('late.next', {
            what: t(`late.deadline.${next.kind}`, { period: period(next.periodNo), year: next.year }),
            date: show.date(next.dueDate),
          })}
        </Text>
      )}
    </Stack>
  );
}
