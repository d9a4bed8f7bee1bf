/** A new organisation unit: the agency's top unit, or a unit under one of its units. */
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { NumberField, readNumber } from '../../components/NumberField.tsx';
import { ProblemAlert, fieldError } from '../../components/ProblemAlert.tsx';
import { useAdminTexts } from './admin-texts.ts';
import { useCreateOrgUnit, type OrgUnit } from './admin-api.ts';

const ECHELONS = ['II', 'III', 'IV', 'V', 'non_eselon', 'I'] as const;
/** The echelon a unit usually has one level below its parent's. */
const NEXT_ECHELON: Record<string, string> = { I: 'II', II: 'III', III: 'IV', IV: 'V' };
const FIELDS = ['parentId', 'name', 'echelon', 'sortOrder'];

export function OrgUnitForm({
  agencyId,
  units,
  opened,
  onClose,
  onCreated,
}: {
  agencyId: string;
  units: OrgUnit[];
  opened: boolean;
  onClose: () => void;
  onCreated: (name: string) => void;
}) {
  const { t } = useAdminTexts();
  const create = useCreateOrgUnit();
  const top = units.find((u) => u.depth === 0);
  const [parentId, setParentId] = useState<string | null>(top?.id ?? null);
  const [name, setName] = useState('');
  const [echelon, setEchelon] = useState<string>(top ? 'III' : 'II');
  const [sortOrder, setSortOrder] = useState('');
  const order = readNumber(sortOrder);
  const close = () => {
    create.reset();
    onClose();
  };
  const chooseParent = (id: string | null) => {
    setParentId(id);
    const parent = units.find((u) => u.id === id);
    setEchelon(parent ? (NEXT_ECHELON[parent.echelon] ?? 'non_eselon') : 'II');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (order.error) return;
    create.mutate(
      {
        agencyId,
        parentId,
        name: name.trim(),
        echelon,
        ...(order.value === null ? {} : { sortOrder: order.value }),
      },
      {
        onSuccess: (unit) => {
          onCreated(unit.name);
          setName('');
          setSortOrder('');
          close();
        },
      },
    );
  };
  const error = create.error;
  return (
    <Modal opened={opened} onClose={close} title={t('units.addTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('units.parent')}
            data={[
              ...(top ? [] : [{ value: '', label: t('units.top') }]),
              ...units.map((u) => ({ value: u.id, label: `${'— '.repeat(u.depth)}${u.name}` })),
            ]}
            value={parentId ?? ''}
            onChange={(value) => chooseParent(value === '' || value === null ? null : value)}
            error={fieldError(error, 'parentId')}
            allowDeselect={false}
            searchable
          />
          <TextInput
            label={t('units.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(error, 'name')}
            required
            data-autofocus
          />
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('units.echelon')}
              data={ECHELONS.map((e) => ({ value: e, label: t(`units.echelons.${e}`) }))}
              value={echelon}
              onChange={(value) => value && setEchelon(value)}
              error={fieldError(error, 'echelon')}
              allowDeselect={false}
              miw={200}
            />
            <NumberField
              label={t('units.sortOrder')}
              description={t('units.sortOrderHint')}
              value={sortOrder}
              onChange={setSortOrder}
              serverError={fieldError(error, 'sortOrder')}
              miw={200}
            />
          </Group>
          {error && !FIELDS.some((f) => fieldError(error, f)) && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
