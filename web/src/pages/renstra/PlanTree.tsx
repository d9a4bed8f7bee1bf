/**
 * The plan as a tree: visi → misi → tujuan → sasaran → indikator, each with
 * its code, foldable; each sasaran with its indicators (the chosen year's
 * target and the end target) and the programs that deliver it. Tujuan
 * without a misi and sasaran without a tujuan are listed after the tree.
 */
import { Badge, Box, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTexts } from '../../i18n/i18n.ts';
import { cascadeCounts, IndicatorLines, ProgramNode } from './Cascade.tsx';
import { FoldContext, FoldToggle, useFold, useFoldContext } from './Fold.tsx';
import { IndicatorTable } from './IndicatorTable.tsx';
import type { TreeMisi, TreeSasaran, TreeTujuan } from './renstra-api.ts';
import { useRenstraView } from './renstra-context.ts';
import { texts } from './texts.ts';

function Actions({ children }: { children: ReactNode }) {
  const { canEdit } = useRenstraView();
  if (!canEdit) return null;
  return (
    <Group gap={4} wrap="wrap">
      {children}
    </Group>
  );
}

function SasaranPrograms({ sasaran }: { sasaran: TreeSasaran }) {
  const { t } = useTexts('renstra', texts);
  const { index } = useRenstraView();
  const programs = sasaran.programIds
    .flatMap((id) => index.programs.get(id) ?? [])
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  const fold = useFold(programs.map((p) => p.id));
  if (programs.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('empty.programs')}
      </Text>
    );
  }
  return (
    <FoldContext.Provider value={fold}>
      <Stack gap={0}>
        {programs.map((p) => {
          const counts = cascadeCounts(p);
          return (
            <Box key={p.id}>
              <ProgramNode program={p} inSasaran />
              {!fold.isOpen(p.id) && (
                <Text size="xs" c="dimmed" pl={30} mt={-4} mb={4}>
                  {t('cascade.counts', counts)}
                </Text>
              )}
            </Box>
          );
        })}
      </Stack>
    </FoldContext.Provider>
  );
}

function SasaranNode({ sasaran }: { sasaran: TreeSasaran }) {
  const { t } = useTexts('renstra', texts);
  const { edit } = useRenstraView();
  const fold = useFoldContext();
  const bodyId = `sasaran-${sasaran.id}`;
  return (
    <Paper withBorder p="sm" radius="sm" data-sasaran={sasaran.code}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <FoldToggle id={sasaran.id} label={`${t('sasaran.label')} ${sasaran.code}`} controls={bodyId} />
        <Badge variant="filled" color="teal" radius="sm" style={{ flexShrink: 0 }} ff="monospace">
          {sasaran.code}
        </Badge>
        <Stack gap={0} style={{ flex: 1 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('sasaran.label')}
          </Text>
          <Text fw={600}>{sasaran.statement}</Text>
        </Stack>
      </Group>
      <Collapse in={fold.isOpen(sasaran.id)} id={bodyId}>
        <Stack gap="xs" mt="xs" pl={30}>
          <Actions>
            <Button size="compact-xs" variant="light" onClick={() => edit({ kind: 'editSasaran', sasaran })}>
              {t('sasaran.editButton')}
            </Button>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() =>
                edit({ kind: 'indicator', owner: { kind: 'sasaran', id: sasaran.id, code: sasaran.code } })
              }
            >
              {t('indicator.add')}
            </Button>
            <Button size="compact-xs" variant="light" onClick={() => edit({ kind: 'link', sasaran })}>
              {t('cascade.link')}
            </Button>
          </Actions>
          <IndicatorTable indicators={sasaran.indicators} />
          <Text size="sm" fw={600} mt={4}>
            {t('cascade.supporting', { count: sasaran.programIds.length })}
          </Text>
          <SasaranPrograms sasaran={sasaran} />
        </Stack>
      </Collapse>
    </Paper>
  );
}

function TujuanNode({ tujuan }: { tujuan: TreeTujuan }) {
  const { t } = useTexts('renstra', texts);
  const { edit } = useRenstraView();
  const fold = useFoldContext();
  const bodyId = `tujuan-${tujuan.id}`;
  return (
    <Box pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-teal-2)' }} data-tujuan={tujuan.code}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <FoldToggle id={tujuan.id} label={`${t('tujuan.label')} ${tujuan.code}`} controls={bodyId} />
        <Badge variant="outline" radius="sm" style={{ flexShrink: 0 }} ff="monospace">
          {tujuan.code}
        </Badge>
        <Stack gap={0} style={{ flex: 1 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('tujuan.label')}
          </Text>
          <Text fw={500}>{tujuan.statement}</Text>
        </Stack>
      </Group>
      <Collapse in={fold.isOpen(tujuan.id)} id={bodyId}>
        <Stack gap="xs" mt="xs" pl={30}>
          <Actions>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => edit({ kind: 'sasaran', tujuanId: tujuan.id })}
            >
              {t('sasaran.add')}
            </Button>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() =>
                edit({ kind: 'indicator', owner: { kind: 'tujuan', id: tujuan.id, code: tujuan.code } })
              }
            >
              {t('indicator.add')}
            </Button>
          </Actions>
          {tujuan.indicators.length > 0 && <IndicatorLines indicators={tujuan.indicators} />}
          {tujuan.sasaran.map((s) => (
            <SasaranNode key={s.id} sasaran={s} />
          ))}
          {tujuan.sasaran.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('empty.sasaran')}
            </Text>
          )}
        </Stack>
      </Collapse>
    </Box>
  );
}

function MisiNode({ misi }: { misi: TreeMisi }) {
  const { t } = useTexts('renstra', texts);
  const { edit } = useRenstraView();
  const fold = useFoldContext();
  const bodyId = `misi-${misi.id}`;
  const label = t('misi.label', { number: misi.number });
  return (
    <Paper withBorder px="sm" py="xs" radius="sm" data-misi={misi.number}>
      <Group gap="xs" wrap="wrap" align="flex-start">
        <Group gap="xs" wrap="nowrap" align="flex-start" style={{ flex: '1 1 260px' }}>
          {misi.tujuan.length > 0 ? (
            <FoldToggle id={misi.id} label={label} controls={bodyId} />
          ) : (
            <Box w={22} />
          )}
          <Badge variant="light" radius="sm" style={{ flexShrink: 0 }} mt={2}>
            {label}
          </Badge>
          <Stack gap={0} style={{ flex: 1 }}>
            <Text size="sm" fw={500}>
              {misi.statement}
            </Text>
            {misi.tujuan.length === 0 && (
              <Text size="xs" c="dimmed">
                {t('empty.tujuan')}
              </Text>
            )}
          </Stack>
        </Group>
        <Actions>
          <Button size="compact-xs" variant="light" onClick={() => edit({ kind: 'tujuan', misiId: misi.id })}>
            {t('tujuan.add')}
          </Button>
        </Actions>
      </Group>
      {misi.tujuan.length > 0 && (
        <Collapse in={fold.isOpen(misi.id)} id={bodyId}>
          <Stack gap="xs" mt="xs" pl={30}>
            {misi.tujuan.map((tj) => (
              <TujuanNode key={tj.id} tujuan={tj} />
            ))}
          </Stack>
        </Collapse>
      )}
    </Paper>
  );
}

function Loose({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      {children}
    </Stack>
  );
}

export function PlanTree() {
  const { t } = useTexts('renstra', texts);
  const { tree, index, edit } = useRenstraView();
  const fold = useFold();
  const all = [
    ...tree.misi.map((m) => m.id),
    ...index.tujuan.map((x) => x.id),
    ...index.sasaran.map((s) => s.id),
  ];
  return (
    <FoldContext.Provider value={fold}>
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Actions>
            <Button size="xs" onClick={() => edit({ kind: 'misi' })}>
              {t('misi.add')}
            </Button>
            <Button size="xs" variant="light" onClick={() => edit({ kind: 'tujuan' })}>
              {t('tujuan.add')}
            </Button>
            <Button size="xs" variant="light" onClick={() => edit({ kind: 'sasaran' })}>
              {t('sasaran.add')}
            </Button>
          </Actions>
          <Group gap={4} ml="auto">
            <Button size="xs" variant="subtle" onClick={() => fold.setAll(true)}>
              {t('fold.openAll')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => fold.setAll(false, all)}>
              {t('fold.closeAll')}
            </Button>
          </Group>
        </Group>
        <Paper p="md" radius="sm" bg="teal.0" data-testid="visi">
          <Text size="xs" c="teal.9" tt="uppercase" fw={700}>
            {t('visi')}
          </Text>
          <Text size="lg" fw={600}>
            {tree.period.visi}
          </Text>
          {tree.period.legalBasis && (
            <Text size="sm" c="dimmed">
              {tree.period.legalBasis}
            </Text>
          )}
        </Paper>
        {tree.misi.map((m) => (
          <MisiNode key={m.id} misi={m} />
        ))}
        {tree.misi.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('empty.misi')}
          </Text>
        )}
        {tree.tujuanWithoutMisi.length > 0 && (
          <Loose title={t('loose.tujuan')} hint={t('loose.tujuanHint')}>
            {tree.tujuanWithoutMisi.map((tj) => (
              <TujuanNode key={tj.id} tujuan={tj} />
            ))}
          </Loose>
        )}
        {tree.sasaranWithoutTujuan.length > 0 && (
          <Loose title={t('loose.sasaran')} hint={t('loose.sasaranHint')}>
            {tree.sasaranWithoutTujuan.map((s) => (
              <SasaranNode key={s.id} sasaran={s} />
            ))}
          </Loose>
        )}
      </Stack>
    </FoldContext.Provider>
  );
}
