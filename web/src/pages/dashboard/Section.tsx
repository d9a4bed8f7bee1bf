/** A titled card holding one part of a dashboard or analysis page. */
import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <Card withBorder padding="md" radius="md" h="100%" component="section" aria-label={title} id={id}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
