import { Button, Group, Paper, SegmentedControl, Skeleton, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconSearch, IconUserCheck, IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultantRowFragment } from '../../../../gql/graphql';
import { EmptyRows } from '../../../common/components/EmptyRows';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { ListFooter } from '../../../common/components/ListFooter';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { usePageParams } from '../../../common/hooks/usePageParams';
import { ConsultantsQuery } from '../../graphql/training';
import { consultantState } from '../../vocabulary';
import { CertificationList } from '../CertificationList';
import { ConsultantStateBadge } from '../TrainingBadges';
import { ConfirmConsultantActiveModal } from './ConfirmConsultantActiveModal';
import { InviteConsultantModal } from './InviteConsultantModal';

const PAGE_SIZE = 25;
const COLUMNS = 6;
const NOWRAP = { whiteSpace: 'nowrap' } as const;

type ActiveFilter = 'all' | 'active' | 'inactive';
type Dialog = { kind: 'invite' } | { kind: 'toggle'; consultant: ConsultantRowFragment } | null;

interface Props {
  /** One firm (vendor console); partner users see their own firm anyway. */
  partnerId?: string;
  /** Invite, deactivate and reactivate (partner admin, vendor staff). */
  canManage: boolean;
}

/** A firm's consultants: search, active filter, invite and (de)activate. */
export function ConsultantsPanel({ partnerId, canManage }: Props) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [activeFilter, setActiveFilter] = useState<ActiveFilter>('all');
  const { page, setPage, skip, take } = usePageParams(PAGE_SIZE);
  const [dialog, setDialog] = useState<Dialog>(null);
  const filter = {
    ...(debounced ? { search: debounced } : {}),
    ...(activeFilter === 'all' ? {} : { active: activeFilter === 'active' }),
  };
  const { data, previousData, loading, error } = useQuery(ConsultantsQuery, {
    variables: { partnerId, filter, skip, take },
    fetchPolicy: 'cache-and-network',
  });
  const list = (data ?? previousData)?.consultants;
  const consultants = list?.items ?? [];
  const close = () => setDialog(null);

  return (
    <div data-testid="consultants-panel">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="sm" wrap="wrap">
          <TextInput
            leftSection={<IconSearch size={16} aria-hidden />}
            placeholder={t('training.consultants.search')}
            aria-label={t('training.consultants.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            data-testid="consultants-search"
          />
          <SegmentedControl
            value={activeFilter}
            onChange={(value) => {
              setActiveFilter(value as ActiveFilter);
              setPage(1);
            }}
            data={[
              { value: 'all', label: t('training.consultants.filter.all') },
              { value: 'active', label: t('training.consultants.filter.active') },
              { value: 'inactive', label: t('training.consultants.filter.inactive') },
            ]}
            data-testid="consultants-active-filter"
          />
        </Group>
        {canManage ? (
          <Button
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'invite' })}
            data-testid="consultants-invite"
          >
            {t('training.consultants.invite.button')}
          </Button>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover aria-label={t('training.consultants.title')} data-testid="consultants-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.consultants.columns.name')}</Table.Th>
                <Table.Th>{t('training.consultants.columns.email')}</Table.Th>
                <Table.Th>{t('training.consultants.columns.state')}</Table.Th>
                <Table.Th>{t('training.consultants.columns.certifications')}</Table.Th>
                <Table.Th>{t('training.consultants.columns.invitedAt')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('training.consultants.columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loading && consultants.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={COLUMNS}>
                    <Skeleton height={24} aria-label={t('list.loading')} />
                  </Table.Td>
                </Table.Tr>
              ) : consultants.length === 0 ? (
                <EmptyRows colSpan={COLUMNS} message={t('training.consultants.empty')} />
              ) : (
                consultants.map((c) => {
                  const state = consultantState(c);
                  return (
                    <Table.Tr key={c.id} data-testid="consultant-row" data-email={c.email} data-state={state}>
                      <Table.Td fw={500}>{c.displayName}</Table.Td>
                      <Table.Td>{c.email}</Table.Td>
                      <Table.Td>
                        <span data-testid="consultant-state">
                          <ConsultantStateBadge state={state} />
                        </span>
                      </Table.Td>
                      <Table.Td>
                        <CertificationList certifications={c.certifications} />
                      </Table.Td>
                      <Table.Td style={NOWRAP}>{formatDate(c.createdAt)}</Table.Td>
                      <Table.Td style={NOWRAP}>
                        {canManage ? (
                          <Button
                            size="xs"
                            variant="subtle"
                            color={c.active ? 'red' : undefined}
                            leftSection={
                              c.active ? <IconUserOff size={14} aria-hidden /> : <IconUserCheck size={14} aria-hidden />
                            }
                            onClick={() => setDialog({ kind: 'toggle', consultant: c })}
                            data-testid="consultant-toggle-active"
                          >
                            {c.active
                              ? t('training.consultants.actions.deactivate')
                              : t('training.consultants.actions.reactivate')}
                          </Button>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <ListFooter page={page} pageSize={PAGE_SIZE} total={list?.totalItems ?? 0} onPage={setPage} />
      {dialog?.kind === 'invite' ? <InviteConsultantModal partnerId={partnerId} onClose={close} /> : null}
      {dialog?.kind === 'toggle' ? (
        <ConfirmConsultantActiveModal consultant={dialog.consultant} onClose={close} />
      ) : null}
    </div>
  );
}
