import { Table, Text } from '@mantine/core';

/** One full-width row saying the list has nothing to show. */
export function EmptyRows({ colSpan, message }: { colSpan: number; message: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" ta="center" py="lg" data-testid="empty-state">
          {message}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
