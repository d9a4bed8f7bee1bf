/** The pagu the PK commits (programs for the head of agency; kegiatan and sub kegiatan for a unit), read or edited. */
import { Table, Text } from '@mantine/core';
import { NumberField } from '../../components/NumberField.tsx';
import { fieldError } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import type { Diff, PkBudget } from './pk-api.ts';
import type { BudgetDraft } from './pk-draft.ts';
import { texts } from './texts.ts';

type Row = Pick<PkBudget, 'level' | 'id' | 'code' | 'name'>;

export function PkBudgetTable({
  budgets,
  diff,
  edit,
}: {
  budgets: (Row & { amount: number })[];
  diff: Diff | null;
  /** Present while a draft is edited: the typed amounts. */
  edit?: {
    rows: BudgetDraft[];
    onChange: (index: number, amount: string) => void;
    error: unknown;
  };
}) {
  const { t } = useTexts('pk', texts);
  const rows: Row[] = edit ? edit.rows : budgets;
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('budget.none')}
      </Text>
    );
  const changed = new Set((diff?.budgets ?? []).map((b) => `${b.level}:${b.id}`));
  const programTotal = budgets.filter((b) => b.level === 'program').reduce((sum, b) => sum + b.amount, 0);
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table verticalSpacing="xs" data-testid="pk-budgets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('budget.code')}</Table.Th>
            <Table.Th>{t('budget.name')}</Table.Th>
            <Table.Th className="num">{t('budget.pagu')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr
              key={`${row.level}:${row.id}`}
              bg={changed.has(`${row.level}:${row.id}`) ? 'yellow.0' : undefined}
            >
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {row.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <Text span size="xs" c="dimmed">
                    {t(`budget.level.${row.level}`)}
                  </Text>{' '}
                  {row.name}
                </Text>
              </Table.Td>
              <Table.Td className="num">
                {edit ? (
                  <NumberField
                    size="xs"
                    w={190}
                    ml="auto"
                    label={t('budget.paguOf', { code: row.code })}
                    value={edit.rows[i]!.amount}
                    onChange={(text) => edit.onChange(i, text)}
                    serverError={fieldError(edit.error, `budgets[${i}]`)}
                    styles={{ input: { textAlign: 'right' } }}
                  />
                ) : (
                  show.rupiah(budgets[i]!.amount)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
          {!edit && programTotal > 0 && (
            <Table.Tr>
              <Table.Td />
              <Table.Td>
                <Text size="sm" fw={600}>
                  {t('budget.total')}
                </Text>
              </Table.Td>
              <Table.Td className="num" fw={600}>
                {show.rupiah(programTotal)}
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
