/** The whole cascade: every program of the Renstra with its kegiatan and sub kegiatan, and totals. */
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Empty } from '../../components/PageState.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { ProgramNode } from './Cascade.tsx';
import { FoldContext, useFold } from './Fold.tsx';
import { useRenstraView } from './renstra-context.ts';
import { texts } from './texts.ts';

export function CascadeTab() {
  const { t } = useTexts('renstra', texts);
  const { tree, index, canEdit, edit } = useRenstraView();
  const fold = useFold();
  const kegiatan = [...index.kegiatan.values()];
  const subCount = kegiatan.reduce((n, k) => n + k.subKegiatan.length, 0);
  const all = [...tree.programs.map((p) => p.id), ...kegiatan.map((k) => k.id)];
  return (
    <FoldContext.Provider value={fold}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {t('cascade.totals', {
              programs: tree.programs.length,
              kegiatan: kegiatan.length,
              sub: subCount,
            })}
          </Text>
          <Group gap={4}>
            {canEdit && (
              <Button size="xs" onClick={() => edit({ kind: 'program' })}>
                {t('cascade.addProgram')}
              </Button>
            )}
            <Button size="xs" variant="subtle" onClick={() => fold.setAll(true)}>
              {t('fold.openAll')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => fold.setAll(false, all)}>
              {t('fold.closeAll')}
            </Button>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('cascade.codesHint')}
        </Text>
        {tree.programs.length === 0 ? (
          <Empty>{t('empty.programs')}</Empty>
        ) : (
          tree.programs.map((p) => (
            <Paper key={p.id} withBorder p="xs" radius="sm">
              <ProgramNode program={p} />
            </Paper>
          ))
        )}
      </Stack>
    </FoldContext.Provider>
  );
}
