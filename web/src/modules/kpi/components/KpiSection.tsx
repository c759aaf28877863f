import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One measure of the dashboard: its title, what it counts, a chart and the table behind it. */
export function KpiSection({
  testId,
  title,
  description,
  chart,
  children,
}: {
  testId: string;
  title: string;
  description: string;
  chart?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Stack gap="sm">
        <div>
          <Title order={4}>{title}</Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {chart}
        {children}
      </Stack>
    </Card>
  );
}
