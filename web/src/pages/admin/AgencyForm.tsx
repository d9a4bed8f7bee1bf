/** A new agency (perangkat daerah) of the region, by its Permendagri 90/2019 code. */
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemAlert, fieldError } from '../../components/ProblemAlert.tsx';
import { useAdminTexts } from './admin-texts.ts';
import { useCreateAgency } from './admin-api.ts';

const FIELDS = ['code', 'name', 'shortName', 'address'];

export function AgencyForm({
  regionId,
  opened,
  onClose,
  onCreated,
}: {
  regionId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string, name: string) => void;
}) {
  const { t } = useAdminTexts();
  const create = useCreateAgency();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [address, setAddress] = useState('');
  const close = () => {
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        regionId,
        code: code.trim(),
        name: name.trim(),
        shortName: shortName.trim() === '' ? null : shortName.trim(),
        address: address.trim() === '' ? null : address.trim(),
      },
      {
        onSuccess: (agency) => {
          onCreated(agency.id, agency.shortName ?? agency.name);
          setCode('');
          setName('');
          setShortName('');
          setAddress('');
          close();
        },
      },
    );
  };
  const error = create.error;
  return (
    <Modal opened={opened} onClose={close} title={t('agencies.addTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('agencies.code')}
            description={t('agencies.codeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldError(error, 'code')}
            required
            data-autofocus
          />
          <TextInput
            label={t('agencies.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(error, 'name')}
            required
          />
          <TextInput
            label={t('agencies.shortName')}
            description={t('agencies.shortNameHint')}
            value={shortName}
            onChange={(e) => setShortName(e.currentTarget.value)}
            error={fieldError(error, 'shortName')}
          />
          <TextInput
            label={t('agencies.address')}
            value={address}
            onChange={(e) => setAddress(e.currentTarget.value)}
            error={fieldError(error, 'address')}
          />
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
