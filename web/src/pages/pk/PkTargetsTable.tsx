/**
 * The PK's rows grouped under their sasaran (or the tujuan, program … that an
 * indicator of a unit belongs to): indicator, target, unit. Read as signed, with
 * a perubahan's changes highlighted (old → new); or edited in a draft, with
 * Indonesian number entry, rows removed and Renstra indicators added.
 */
import { ActionIcon, Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { NumberField } from '../../components/NumberField.tsx';
import { fieldError } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import type { IndicatorPlace } from './indicator-places.ts';
import type { Diff, PkTarget } from './pk-api.ts';
import { targetFields, type PkDraft, type RowDraft } from './pk-draft.ts';
import { showTarget } from './target-text.ts';
import { texts } from './texts.ts';

type Group<T> = { key: string; place: IndicatorPlace | null; rows: T[] };

function groupRows<T extends { indicatorId: string }>(
  rows: T[],
  places: Map<string, IndicatorPlace>,
): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const row of rows) {
    const place = places.get(row.indicatorId) ?? null;
    const key = place?.ownerId ?? 'other';
    const group = groups.get(key) ?? { key, place, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.place?.order ?? 1e9) - (b.place?.order ?? 1e9));
}

function GroupHeader({ place, columns }: { place: IndicatorPlace | null; columns: number }) {
  const { t } = useTexts('pk', texts);
  return (
    <Table.Tr bg="gray.0">
      <Table.Td colSpan={columns}>
        <Text size="sm" fw={600}>
          {place ? `${t(`rows.kind.${place.kind}`)} ${place.code} — ${place.text}` : t('rows.other')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

function Indicator({ code, name, extra }: { code: string; name: string; extra?: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text size="sm">
        <b>{code}</b> {name}
      </Text>
      {extra}
    </Group>
  );
}

export function PkTargetsView({
  targets,
  places,
  diff,
}: {
  targets: PkTarget[];
  places: Map<string, IndicatorPlace>;
  diff: Diff | null;
}) {
  const { t } = useTexts('pk', texts);
  const changes = new Map((diff?.targets ?? []).map((c) => [c.indicatorId, c]));
  if (targets.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('rows.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table verticalSpacing="xs" data-testid="pk-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rows.indicator')}</Table.Th>
            <Table.Th className="num">{t('rows.target')}</Table.Th>
            <Table.Th>{t('rows.unit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupRows(targets, places).map((group) => (
            <Fragment key={group.key}>
              <GroupHeader place={group.place} columns={3} />
              {group.rows.map((row) => {
                const change = changes.get(row.indicatorId);
                const added = change !== undefined && change.oldTarget === null;
                return (
                  <Table.Tr
                    key={row.indicatorId}
                    bg={added ? 'teal.0' : change ? 'yellow.0' : undefined}
                    data-testid="pk-row"
                    data-code={row.indicatorCode}
                  >
                    <Table.Td>
                      <Indicator
                        code={row.indicatorCode}
                        name={row.indicatorName}
                        extra={
                          added ? (
                            <Badge size="xs" color="teal" variant="light">
                              {t('diff.added')}
                            </Badge>
                          ) : null
                        }
                      />
                    </Table.Td>
                    <Table.Td className="num" data-testid="pk-target">
                      {change?.oldTarget ? (
                        <>
                          <Text span size="sm" td="line-through" c="red.8">
                            {showTarget(change.oldTarget)}
                          </Text>
                          {' → '}
                          <Text span size="sm" fw={700} c="teal.8">
                            {showTarget(row)}
                          </Text>
                        </>
                      ) : (
                        showTarget(row)
                      )}
                    </Table.Td>
                    <Table.Td>{row.unit}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TargetInputs({
  row,
  index,
  error,
  onChange,
}: {
  row: RowDraft;
  index: number | undefined;
  error: unknown;
  onChange: (patch: Partial<RowDraft>) => void;
}) {
  const { t } = useTexts('pk', texts);
  const at = (field: string) =>
    index === undefined ? undefined : fieldError(error, `targets[${index}].${field}`);
  const labelOf = {
    value: 'rows.targetOf',
    low: 'rows.lowOf',
    high: 'rows.highOf',
    grade: 'rows.gradeOf',
  } as const;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      {targetFields(row.polarity).map((field) =>
        field === 'grade' ? (
          <Select
            key={field}
            size="xs"
            w={140}
            label={t(labelOf[field], { code: row.code })}
            data={row.grades ?? (row.grade ? [row.grade] : [])}
            value={row.grade || null}
            onChange={(value) => onChange({ grade: value ?? '' })}
            error={at('grade')}
          />
        ) : (
          <NumberField
            key={field}
            size="xs"
            w={140}
            label={t(labelOf[field], { code: row.code })}
            value={row[field]}
            onChange={(text) => onChange({ [field]: text })}
            serverError={at(field) ?? (field === 'value' ? at('indicatorId') : undefined)}
            styles={{ input: { textAlign: 'right' } }}
            data-testid={`target-input-${row.code}`}
          />
        ),
      )}
    </Group>
  );
}

export function PkTargetsEditor({
  draft,
  onChange,
  places,
  candidates,
  onAdd,
  error,
  targetIndex,
}: {
  draft: PkDraft;
  onChange: (indicatorId: string, patch: Partial<RowDraft>) => void;
  places: Map<string, IndicatorPlace>;
  /** Renstra indicators that can be added (not in the draft yet). */
  candidates: { value: string; label: string }[];
  onAdd: (indicatorId: string) => void;
  error: unknown;
  targetIndex: Map<string, number>;
}) {
  const { t } = useTexts('pk', texts);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" data-testid="pk-rows-editor">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rows.indicator')}</Table.Th>
              <Table.Th>{t('rows.target')}</Table.Th>
              <Table.Th>{t('rows.unit')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groupRows(draft.rows, places).map((group) => (
              <Fragment key={group.key}>
                <GroupHeader place={group.place} columns={4} />
                {group.rows.map((row) => (
                  <Table.Tr key={row.indicatorId} opacity={row.removed ? 0.55 : 1}>
                    <Table.Td>
                      <Indicator
                        code={row.code}
                        name={row.name}
                        extra={
                          row.removed ? (
                            <Badge size="xs" color="red" variant="light">
                              {t('rows.removed')}
                            </Badge>
                          ) : row.added ? (
                            <Badge size="xs" color="teal" variant="light">
                              {t('diff.added')}
                            </Badge>
                          ) : null
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      {!row.removed && (
                        <TargetInputs
                          row={row}
                          index={targetIndex.get(row.indicatorId)}
                          error={error}
                          onChange={(patch) => onChange(row.indicatorId, patch)}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>{row.unit}</Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color={row.removed ? 'gray' : 'red'}
                        aria-label={t(row.removed ? 'rows.restore' : 'rows.remove', { code: row.code })}
                        onClick={() => onChange(row.indicatorId, { removed: !row.removed })}
                      >
                        {row.removed ? '↺' : '✕'}
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {candidates.length > 0 && (
        <Select
          label={t('rows.add')}
          placeholder={t('rows.addPlaceholder')}
          data={candidates}
          value={null}
          onChange={(value) => value && onAdd(value)}
          searchable
          maw={520}
        />
      )}
    </Stack>
  );
}
