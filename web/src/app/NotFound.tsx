import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation('common');
  return (
    <Stack align="center" py="xl">
      <Title order={1} size="h2">
        404
      </Title>
      <Text>{t('notFoundPage')}</Text>
      <Button component={Link} to="/">
        {t('backHome')}
      </Button>
    </Stack>
  );
}
