/**
 * The components of a computed indicator (e.g. `dilayani` and `total` of a
 * percentage served), typed when the indicator is added, and what the
 * engine reads from its formula: whether the realisation will be computed
 * from the components or typed in as it is.
 */
import { ActionIcon, Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { derivationFromFormula } from '@domain/formula-derivation.ts';
import type { Derivation } from '@domain/derived-realisasi.ts';
import { fieldError } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { ComponentSourceSelect } from '../social/ComponentSourceSelect.tsx';
import { sourceTexts } from '../social/source-texts.ts';
import type { ComponentDraft } from './indicator-draft.ts';
import { texts } from './texts.ts';

export function ComponentsField({
  components,
  editable,
  onChange,
  error,
}: {
  components: ComponentDraft[];
  editable: boolean;
  onChange: (components: ComponentDraft[]) => void;
  error: unknown;
}) {
  const { t } = useTexts('renstra', texts);
  const { t: sourceT } = useTexts('socialSource', sourceTexts);
  const setSource = (i: number, source: ComponentDraft['source']) =>
    onChange(components.map((c, j) => (j === i ? { ...c, source } : c)));
  // the Data Sosial source stays changeable after the components are fixed
  const sources = components.map((c, i) => (
    <ComponentSourceSelect
      key={`source-${i}`}
      n={i + 1}
      source={c.source}
      onChange={(source) => setSource(i, source)}
      error={fieldError(error, `components[${i}].source`) ?? fieldError(error, `componentSources.${c.code}`)}
    />
  ));
  if (!editable) {
    if (components.length === 0) return null;
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('field.components')}
        </Text>
        <ComponentTable components={components} />
        <Text size="xs" c="dimmed">
          {t('indicator.componentsFixed')}
        </Text>
        {sources}
        <Text size="xs" c="dimmed">
          {sourceT('hint')}
        </Text>
      </Stack>
    );
  }
  const change = (i: number, key: 'code' | 'name' | 'unit', value: string) =>
    onChange(components.map((c, j) => (j === i ? { ...c, [key]: value } : c)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('field.components')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('indicator.componentsHint')}
      </Text>
      {components.map((c, i) => (
        <Group key={i} align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            label={t('component.code', { n: i + 1 })}
            value={c.code}
            onChange={(e) => change(i, 'code', e.currentTarget.value)}
            error={fieldError(error, `components[${i}].code`)}
            w={150}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            required
          />
          <TextInput
            label={t('component.name', { n: i + 1 })}
            value={c.name}
            onChange={(e) => change(i, 'name', e.currentTarget.value)}
            error={fieldError(error, `components[${i}].name`)}
            style={{ flex: 1, minWidth: 200 }}
            required
          />
          <TextInput
            label={t('component.unit', { n: i + 1 })}
            value={c.unit}
            onChange={(e) => change(i, 'unit', e.currentTarget.value)}
            error={fieldError(error, `components[${i}].unit`)}
            w={150}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            aria-label={t('component.remove', { n: i + 1 })}
            onClick={() => onChange(components.filter((_, j) => j !== i))}
          >
            ✕
          </ActionIcon>
          {sources[i]}
        </Group>
      ))}
      {components.length > 0 && (
        <Text size="xs" c="dimmed">
          {sourceT('hint')}
        </Text>
      )}
      {fieldError(error, 'components') &&
        !components.some((_, i) => fieldError(error, `components[${i}]`)) && (
          <Text size="sm" c="red">
            {fieldError(error, 'components')}
          </Text>
        )}
      <div>
        <Button
          size="xs"
          variant="light"
          onClick={() => onChange([...components, { code: '', name: '', unit: '', source: null }])}
        >
          {t('component.add')}
        </Button>
      </div>
    </Stack>
  );
}

export function ComponentTable({
  components,
}: {
  components: readonly { code: string; name: string; unit: string | null }[];
}) {
  const { t } = useTexts('renstra', texts);
  return (
    <Table fz="sm" withTableBorder verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('component.codeHead')}</Table.Th>
          <Table.Th>{t('component.nameHead')}</Table.Th>
          <Table.Th>{t('component.unitHead')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {components.map((c) => (
          <Table.Tr key={c.code}>
            <Table.Td ff="monospace">{c.code}</Table.Td>
            <Table.Td>{c.name}</Table.Td>
            <Table.Td>{c.unit || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** How the formula is read, in words: "dilayani / total × 100". */
export function derivationText(derivation: Derivation): string {
  switch (derivation.kind) {
    case 'ratio':
      return `${derivation.numerator} / ${derivation.denominator}${derivation.factor && derivation.factor !== 1 ? ` × ${derivation.factor}` : ''}`;
    case 'growth':
      return `(${derivation.current} − ${derivation.previous}) / ${derivation.previous} × 100`;
    case 'change-share':
      return `(${derivation.current} − ${derivation.previous}) / ${derivation.total} × 100`;
    case 'sum':
      return derivation.parts.join(' + ');
  }
}

/** Whether the realisation will be computed from the components (the engine's reading of the formula). */
export function FormulaNote({
  formula,
  components,
}: {
  formula: string | null;
  components: readonly { code: string }[];
}) {
  const { t } = useTexts('renstra', texts);
  const codes = components.map((c) => c.code.trim()).filter((c) => c !== '');
  if (!formula?.trim() || codes.length === 0) return null;
  const derivation = derivationFromFormula(formula, codes);
  return derivation ? (
    <Alert color="teal" variant="light" p="xs" data-testid="formula-note">
      {t('indicator.formulaComputed', { formula: derivationText(derivation) })}
    </Alert>
  ) : (
    <Alert color="yellow" variant="light" p="xs" data-testid="formula-note">
      {t('indicator.formulaText')}
    </Alert>
  );
}
