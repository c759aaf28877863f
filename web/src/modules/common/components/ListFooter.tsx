import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** "1–25 of 130" and the page picker under a list. */
export function ListFooter({ page, pageSize, total, onPage }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const controlLabels = {
    first: t('list.first'),
    previous: t('list.previous'),
    next: t('list.next'),
    last: t('list.last'),
  };
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed" data-testid="list-range">
        {t('list.range', { from, to, total })}
      </Text>
      <Pagination
        total={pages}
        value={page}
        onChange={onPage}
        size="sm"
        getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
      />
    </Group>
  );
}
