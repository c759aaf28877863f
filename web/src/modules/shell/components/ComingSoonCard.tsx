import { Badge, Card, Group, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

interface Props {
  title: string;
  description: string;
  badge: string;
  icon: Icon;
}

/** An area of the product that is planned but not built yet: said plainly, no sample numbers. */
export function ComingSoonCard({ title, description, badge, icon: CardIcon }: Props) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid="coming-soon-card">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <ThemeIcon variant="light" size="lg" radius="md" color="gray">
          <CardIcon size={20} aria-hidden />
        </ThemeIcon>
        <Badge variant="outline" color="gray">
          {badge}
        </Badge>
      </Group>
      <Text fw={600} mb={4}>
        {title}
      </Text>
      <Text size="sm" c="dimmed">
        {description}
      </Text>
    </Card>
  );
}
