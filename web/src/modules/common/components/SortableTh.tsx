import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type SortDirection = 'ASC' | 'DESC';

interface Props {
  children: ReactNode;
  /** Direction when this column is the sort key, else null. */
  direction: SortDirection | null;
  onSort: () => void;
}

export function SortableTh({ children, direction, onSort }: Props) {
  const Icon = direction === 'ASC' ? IconChevronUp : direction === 'DESC' ? IconChevronDown : IconSelector;
  const ariaSort = direction === 'ASC' ? 'ascending' : direction === 'DESC' ? 'descending' : 'none';
  return (
    <Table.Th aria-sort={ariaSort}>
      <UnstyledButton onClick={onSort}>
        <Group gap={4} wrap="nowrap">
          <Text fw={600} size="sm">
            {children}
          </Text>
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
