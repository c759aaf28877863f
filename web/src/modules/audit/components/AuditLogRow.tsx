import { ActionIcon, SimpleGrid, Table } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogRowFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { JsonPanel } from './JsonPanel';

export const AUDIT_COLUMNS = 7;

/** One entry; expands to its before/after snapshots side by side. */
export function AuditLogRow({ entry }: { entry: AuditLogRowFragment }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const [open, setOpen] = useState(false);
  const detailsId = `audit-details-${entry.id}`;
  return (
    <>
      <Table.Tr data-testid="audit-row">
        <Table.Td>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={open ? t('audit.hideDetails') : t('audit.showDetails')}
            data-testid="audit-row-toggle"
          >
            {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        </Table.Td>
        <Table.Td>{formatDateTime(entry.at)}</Table.Td>
        <Table.Td>{entry.actorEmail ?? t('audit.system')}</Table.Td>
        <Table.Td>{entry.actorRole ? t(`enums.Role.${entry.actorRole}`) : '—'}</Table.Td>
        <Table.Td>{entry.action}</Table.Td>
        <Table.Td>{entry.entityType}</Table.Td>
        <Table.Td style={{ wordBreak: 'break-all' }}>{entry.entityId ?? '—'}</Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={detailsId} data-testid="audit-row-details">
          <Table.Td colSpan={AUDIT_COLUMNS}>
            <SimpleGrid cols={{ base: 1, md: 2 }} py="xs">
              <JsonPanel title={t('audit.before')} value={entry.before} />
              <JsonPanel title={t('audit.after')} value={entry.after} />
            </SimpleGrid>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}
