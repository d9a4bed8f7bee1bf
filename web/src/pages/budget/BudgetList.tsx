/** The budget for reading on a phone: each program and kegiatan with its pagu, realisasi and serapan bar; sub kegiatan on request. */
import { Button, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { show } from '../../format.ts';
import { AbsorptionBar } from './AbsorptionBar.tsx';
import type { BudgetTree, BudgetTreeKegiatan } from './budget-api.ts';
import type { Amounts, LiveBudget } from './live-amounts.ts';

function Line({
  code,
  name,
  amounts,
  strong,
}: {
  code: string;
  name: string;
  amounts: Amounts | undefined;
  strong?: boolean;
}) {
  const { t } = useTranslation('budget');
  return (
    <Stack gap={2}>
      <Text size="xs" ff="monospace" c="dimmed">
        {code}
      </Text>
      <Text size="sm" fw={strong ? 700 : 500}>
        {name}
      </Text>
      <Text size="xs" className="num" ta="left">
        {t('column.pagu')} {show.rupiah(amounts?.pagu)} · {t('column.realisasi')}{' '}
        {show.rupiah(amounts?.realisasi)}
      </Text>
      <AbsorptionBar
        persen={amounts?.persen}
        label={`${t('column.serapan')} ${code}`}
        width={160}
        align="start"
      />
    </Stack>
  );
}

function KegiatanBlock({ kegiatan, live }: { kegiatan: BudgetTreeKegiatan; live: LiveBudget }) {
  const { t } = useTranslation('budget');
  const [open, setOpen] = useState(false);
  return (
    <Stack gap={6} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
      <Line code={kegiatan.code} name={kegiatan.name} amounts={live.amounts.get(kegiatan.id)} />
      {kegiatan.subKegiatan.length > 0 && (
        <Button
          variant="subtle"
          size="compact-xs"
          w="fit-content"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t('list.hideSubs') : t('list.showSubs', { count: kegiatan.subKegiatan.length })}
        </Button>
      )}
      {open &&
        kegiatan.subKegiatan.map((s) => (
          <Stack key={s.id} pl="sm" gap={2}>
            <Line code={s.code} name={s.name} amounts={live.amounts.get(s.id)} />
          </Stack>
        ))}
    </Stack>
  );
}

export function BudgetList({ tree, live }: { tree: BudgetTree; live: LiveBudget }) {
  return (
    <Stack gap="sm" data-testid="budget-list">
      {tree.programs.map((p) => (
        <Paper key={p.id} withBorder p="sm">
          <Stack gap="sm">
            <Line code={p.code} name={p.name} amounts={live.amounts.get(p.id)} strong />
            {p.kegiatan.map((k) => (
              <KegiatanBlock key={k.id} kegiatan={k} live={live} />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
