/**
 * Program → kegiatan → sub kegiatan with their Permendagri 90/2019 codes, the
 * sasaran each program delivers and each level's own indicators. Used whole
 * (its own tab) and per sasaran (the programs linked to it).
 */
import { Anchor, Badge, Box, Button, Collapse, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTexts } from '../../i18n/i18n.ts';
import { FoldToggle, useFoldContext } from './Fold.tsx';
import type { TreeIndicator, TreeKegiatan, TreeProgram, TreeSubKegiatan } from './renstra-api.ts';
import { useRenstraView } from './renstra-context.ts';
import { showTarget } from './stored-values.ts';
import { texts } from './texts.ts';

/** Indicators as short lines: code, name (opens the definition), the chosen year's target. */
export function IndicatorLines({ indicators }: { indicators: readonly TreeIndicator[] }) {
  const { year, openIndicator } = useRenstraView();
  return (
    <Stack gap={2}>
      {indicators.map((indicator) => (
        <Group key={indicator.id} gap="xs" wrap="nowrap" align="baseline" data-indicator={indicator.code}>
          <Text size="xs" ff="monospace" c="dimmed" style={{ flexShrink: 0 }}>
            {indicator.code.split('.').slice(-1)[0]}
          </Text>
          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="left"
            onClick={() => openIndicator(indicator.id)}
          >
            {indicator.name}
          </Anchor>
          <Text size="sm" className="num" ml="auto" style={{ flexShrink: 0 }}>
            {showTarget(indicator.targets.find((x) => x.year === year))} {indicator.unit}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function NodeLine({
  id,
  code,
  name,
  extra,
  actions,
  foldable,
  children,
  level,
}: {
  id: string;
  code: string;
  name: string;
  extra?: ReactNode;
  actions?: ReactNode;
  foldable: boolean;
  children?: ReactNode;
  level: 0 | 1 | 2;
}) {
  const fold = useFoldContext();
  const bodyId = `cascade-${id}`;
  return (
    <Box
      pl={level === 0 ? 0 : 'md'}
      style={level === 0 ? undefined : { borderLeft: '2px solid var(--mantine-color-gray-3)' }}
      data-code={code}
    >
      <Group gap="xs" wrap="wrap" align="flex-start" py={4}>
        <Group gap="xs" wrap="nowrap" align="flex-start" style={{ flex: '1 1 320px' }}>
          {foldable ? <FoldToggle id={id} label={`${code} ${name}`} controls={bodyId} /> : <Box w={22} />}
          <Text ff="monospace" size="sm" fw={level === 0 ? 700 : 500} style={{ flexShrink: 0 }}>
            {code}
          </Text>
          <Text size="sm" fw={level === 0 ? 600 : 400} style={{ flex: 1 }}>
            {name}
          </Text>
        </Group>
        {extra}
        {actions && (
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {actions}
          </Group>
        )}
      </Group>
      {children && (
        <Collapse in={!foldable || fold.isOpen(id)} id={bodyId}>
          <Stack gap={0} pl="sm">
            {children}
          </Stack>
        </Collapse>
      )}
    </Box>
  );
}

function Indicators({ owner }: { owner: TreeProgram | TreeKegiatan | TreeSubKegiatan }) {
  if (owner.indicators.length === 0) return null;
  return (
    <Box pl={30} pb={4}>
      <IndicatorLines indicators={owner.indicators} />
    </Box>
  );
}

function AddIndicator({
  kind,
  node,
}: {
  kind: 'program' | 'kegiatan' | 'subKegiatan';
  node: { id: string; code: string };
}) {
  const { t } = useTexts('renstra', texts);
  const { canEdit, edit } = useRenstraView();
  if (!canEdit) return null;
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      onClick={() => edit({ kind: 'indicator', owner: { kind, id: node.id, code: node.code } })}
      aria-label={t('indicator.addTo', { code: node.code })}
    >
      {t('cascade.plusIndicator')}
    </Button>
  );
}

function SubKegiatanNode({ sub, readOnly }: { sub: TreeSubKegiatan; readOnly: boolean }) {
  const { t } = useTexts('renstra', texts);
  return (
    <NodeLine
      id={sub.id}
      code={sub.code}
      name={sub.name}
      level={2}
      foldable={false}
      extra={
        sub.indicators.length > 0 ? (
          <Badge size="sm" variant="light" color="gray" style={{ flexShrink: 0 }}>
            {t('cascade.indicatorCount', { count: sub.indicators.length })}
          </Badge>
        ) : undefined
      }
      actions={readOnly ? undefined : <AddIndicator kind="subKegiatan" node={sub} />}
    >
      <Indicators owner={sub} />
    </NodeLine>
  );
}

function KegiatanNode({ kegiatan, readOnly }: { kegiatan: TreeKegiatan; readOnly: boolean }) {
  const { t } = useTexts('renstra', texts);
  const { canEdit, edit } = useRenstraView();
  return (
    <NodeLine
      id={kegiatan.id}
      code={kegiatan.code}
      name={kegiatan.name}
      level={1}
      foldable
      actions={
        canEdit && !readOnly ? (
          <>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => edit({ kind: 'subKegiatan', kegiatan })}
              aria-label={t('cascade.addSubKegiatanTo', { code: kegiatan.code })}
            >
              {t('cascade.plusSubKegiatan')}
            </Button>
            <AddIndicator kind="kegiatan" node={kegiatan} />
          </>
        ) : undefined
      }
    >
      <Indicators owner={kegiatan} />
      {kegiatan.subKegiatan.map((sub) => (
        <SubKegiatanNode key={sub.id} sub={sub} readOnly={readOnly} />
      ))}
      {kegiatan.subKegiatan.length === 0 && (
        <Text size="sm" c="dimmed" pl={30} py={4}>
          {t('empty.subKegiatan')}
        </Text>
      )}
    </NodeLine>
  );
}

/** A program with its kegiatan; `inSasaran`: listed under a sasaran (no sasaran labels, no edit buttons). */
export function ProgramNode({ program, inSasaran = false }: { program: TreeProgram; inSasaran?: boolean }) {
  const { t } = useTexts('renstra', texts);
  const { canEdit, edit, index } = useRenstraView();
  const sasaran = index.sasaran.filter((s) => program.sasaranIds.includes(s.id));
  return (
    <NodeLine
      id={program.id}
      code={program.code}
      name={program.name}
      level={0}
      foldable
      extra={
        !inSasaran ? (
          <Group gap={4} style={{ flexShrink: 0 }}>
            {sasaran.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('cascade.noSasaran')}
              </Text>
            ) : (
              sasaran.map((s) => (
                <Badge key={s.id} size="sm" variant="outline" title={s.statement}>
                  {s.code}
                </Badge>
              ))
            )}
          </Group>
        ) : undefined
      }
      actions={
        canEdit && !inSasaran ? (
          <>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => edit({ kind: 'kegiatan', program })}
              aria-label={t('cascade.addKegiatanTo', { code: program.code })}
            >
              {t('cascade.plusKegiatan')}
            </Button>
            <AddIndicator kind="program" node={program} />
          </>
        ) : undefined
      }
    >
      <Indicators owner={program} />
      {program.kegiatan.map((k) => (
        <KegiatanNode key={k.id} kegiatan={k} readOnly={inSasaran} />
      ))}
      {program.kegiatan.length === 0 && (
        <Text size="sm" c="dimmed" pl={30} py={4}>
          {t('empty.kegiatan')}
        </Text>
      )}
    </NodeLine>
  );
}

/** Counts for a program's line: its kegiatan and sub kegiatan. */
export function cascadeCounts(program: TreeProgram): { kegiatan: number; subKegiatan: number } {
  return {
    kegiatan: program.kegiatan.length,
    subKegiatan: program.kegiatan.reduce((n, k) => n + k.subKegiatan.length, 0),
  };
}
