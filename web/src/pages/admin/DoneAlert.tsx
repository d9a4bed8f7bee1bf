/** The confirmation of a change that just succeeded, until the user closes it or does the next thing. */
import { Alert } from '@mantine/core';
import { useAdminTexts } from './admin-texts.ts';

export function DoneAlert({ message, onClose }: { message: string | null; onClose: () => void }) {
  const { t } = useAdminTexts();
  if (!message) return null;
  return (
    <Alert
      color="teal"
      withCloseButton
      closeButtonLabel={t('dismiss')}
      onClose={onClose}
      role="status"
      data-testid="done"
      mb="sm"
    >
      {message}
    </Alert>
  );
}
