import { Button, Paper } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { faultMessage } from '../../common/fault-message';
import { notifyError, notifySuccess } from '../../common/notify';
import { UsersQuery } from '../graphql/users';
import { CSV_LIMIT, useUsersCsv } from '../hooks/useUsersCsv';
import { PAGE_SIZE, useUserQueryState } from '../hooks/useUserQueryState';
import { ConfirmActiveModal } from './ConfirmActiveModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import type { UserAction } from './UserActionsMenu';
import { UserFormModal } from './UserFormModal';
import { UsersFilters } from './UsersFilters';
import { UsersTable } from './UsersTable';

type Dialog = { kind: 'create' } | { kind: UserAction; user: UserRowFragment } | null;

export default function UsersPage() {
  const { t } = useTranslation();
  const state = useUserQueryState();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { exportCsv, exporting } = useUsersCsv();
  const { data, previousData, loading, error } = useQuery(UsersQuery, {
    variables: { filter: state.filter, sort: state.sort, skip: state.skip, take: state.take },
  });
  const list = (data ?? previousData)?.users;
  const close = () => setDialog(null);

  async function onExport() {
    try {
      const count = await exportCsv(state.filter, state.sort);
      notifySuccess(t('users.notify.exported', { count, limit: CSV_LIMIT }));
    } catch (exportError) {
      notifyError(faultMessage(exportError, t));
    }
  }

  return (
    <div data-testid="users-page">
      <PageHeader
        title={t('users.title')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={exporting}
              onClick={() => void onExport()}
              data-testid="users-export"
            >
              {t('users.exportCsv')}
            </Button>
            <Button
              leftSection={<IconUserPlus size={16} aria-hidden />}
              onClick={() => setDialog({ kind: 'create' })}
              data-testid="users-create"
            >
              {t('users.create')}
            </Button>
          </>
        }
      />
      <UsersFilters values={state.values} onChange={state.changeFilter} />
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md" mt="sm">
        <UsersTable
          users={list?.items ?? []}
          loading={loading}
          directionOf={state.directionOf}
          onSort={state.toggleSort}
          onAction={(kind, user) => setDialog({ kind, user })}
        />
      </Paper>
      <ListFooter page={state.page} pageSize={PAGE_SIZE} total={list?.totalItems ?? 0} onPage={state.setPage} />
      {dialog?.kind === 'create' ? <UserFormModal onClose={close} /> : null}
      {dialog?.kind === 'edit' ? <UserFormModal user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'resetPassword' ? <ResetPasswordModal user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'toggleActive' ? <ConfirmActiveModal user={dialog.user} onClose={close} /> : null}
    </div>
  );
}
