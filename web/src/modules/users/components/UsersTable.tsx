import { Badge, Skeleton, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SortDirection, UserRowFragment, UserSortField } from '../../../gql/graphql';
import { EmptyRows } from '../../common/components/EmptyRows';
import { SortableTh } from '../../common/components/SortableTh';
import { useFormatters } from '../../common/hooks/useFormatters';
import { UserActionsMenu, type UserAction } from './UserActionsMenu';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

interface Props {
  users: readonly UserRowFragment[];
  loading: boolean;
  directionOf: (field: UserSortField) => SortDirection | null;
  onSort: (field: UserSortField) => void;
  onAction: (action: UserAction, user: UserRowFragment) => void;
}

const COLUMNS = 8;

export function UsersTable({ users, loading, directionOf, onSort, onAction }: Props) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover aria-label={t('users.title')} data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <SortableTh direction={directionOf('EMAIL')} onSort={() => onSort('EMAIL')}>
              {t('users.columns.email')}
            </SortableTh>
            <SortableTh direction={directionOf('DISPLAY_NAME')} onSort={() => onSort('DISPLAY_NAME')}>
              {t('users.columns.displayName')}
            </SortableTh>
            <SortableTh direction={directionOf('ROLE')} onSort={() => onSort('ROLE')}>
              {t('users.columns.role')}
            </SortableTh>
            <Table.Th>{t('users.columns.partner')}</Table.Th>
            <Table.Th>{t('users.columns.locale')}</Table.Th>
            <Table.Th>{t('users.columns.active')}</Table.Th>
            <SortableTh direction={directionOf('CREATED_AT')} onSort={() => onSort('CREATED_AT')}>
              {t('users.columns.createdAt')}
            </SortableTh>
            <Table.Th>
              <VisuallyHidden>{t('users.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && users.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : users.length === 0 ? (
            <EmptyRows colSpan={COLUMNS} message={t('users.empty')} />
          ) : (
            users.map((user) => (
              <Table.Tr key={user.id} data-testid="user-row">
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{user.displayName}</Table.Td>
                <Table.Td>{t(`enums.Role.${user.role}`)}</Table.Td>
                <Table.Td>{user.partner?.name ?? '—'}</Table.Td>
                <Table.Td style={NOWRAP}>{t(`enums.Locale.${user.locale}`)}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={user.active ? 'green' : 'gray'}
                    style={{ overflow: 'visible' }}
                    miw="max-content"
                  >
                    {user.active ? t('users.activeYes') : t('users.activeNo')}
                  </Badge>
                </Table.Td>
                <Table.Td style={NOWRAP}>{formatDateTime(user.createdAt)}</Table.Td>
                <Table.Td>
                  <UserActionsMenu user={user} onAction={onAction} />
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
