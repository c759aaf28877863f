import { Alert, Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { FaultCode } from '@baton/shared';
import { IconArrowLeft, IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CustomerPageAssignmentFragment } from '../../../gql/graphql';
import { faultCodeOf } from '../../../apollo/errors';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { CustomerPageQuery } from '../graphql/customers';
import { activeAssignment, recommendationMonths } from '../recommendations';
import { AssignModal } from './AssignModal';
import { AssignmentHistory } from './AssignmentHistory';
import { CancelAssignmentModal } from './CancelAssignmentModal';
import { CurrentAssignment } from './CurrentAssignment';
import { CustomerDetails } from './CustomerDetails';
import { CustomerFormModal } from './CustomerFormModal';
import { ReassignModal } from './ReassignModal';
import { RecommendationsPanel, type Recommendation } from './RecommendationsPanel';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'assign'; recommendation: Recommendation; month: string }
  | { kind: 'cancel'; assignment: CustomerPageAssignmentFragment }
  | { kind: 'reassign'; assignment: CustomerPageAssignmentFragment }
  | null;

/** One customer account: its facts, the firm holding it (or recommendations while queued), its history. */
export default function CustomerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, loading, error } = useQuery(CustomerPageQuery, { variables: { id } });
  const months = recommendationMonths(new Date());
  const month = months.find((m) => m === params.get('month')) ?? months[0];
  const close = () => setDialog(null);

  const back = (
    <Anchor component={Link} to="/vendor/customers" size="sm" data-testid="customer-back">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('customers.back')}
      </Group>
    </Anchor>
  );

  if (loading && !data) {
    return (
      <Stack data-testid="customer-page-loading">
        <Skeleton height={32} width="40%" aria-label={t('list.loading')} />
        <Skeleton height={160} />
      </Stack>
    );
  }
  // A malformed id in the address is refused as bad input: for the user it is a customer that does not exist.
  const malformedId = faultCodeOf(error) === FaultCode.BAD_USER_INPUT;
  if (error && !malformedId) return <ErrorAlert error={error} />;
  const customer = data?.customer;
  if (!customer) {
    return (
      <Stack>
        <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="customer-not-found">
          {t('customers.notFound')}
        </Alert>
        {back}
      </Stack>
    );
  }

  const active = activeAssignment(customer.assignments);
  const queued = !customer.partnerId;

  return (
    <Stack gap="md" data-testid="customer-page" data-id={customer.id} data-queued={queued ? 'true' : 'false'}>
      {back}
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={6}>
          <Title order={2} data-testid="customer-name">
            {customer.companyName}
          </Title>
          <Group gap="xs">
            {queued ? (
              <Badge color="orange" variant="light" data-testid="customer-queued">
                {t('customers.inQueue')}
              </Badge>
            ) : (
              <Badge color="green" variant="light" data-testid="customer-assigned">
                {t('customers.assigned', { firm: customer.partner?.name ?? t('common.none') })}
              </Badge>
            )}
          </Group>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => setDialog({ kind: 'edit' })}
          data-testid="customer-edit"
        >
          {t('customers.edit')}
        </Button>
      </Group>
      <CustomerDetails customer={customer} />
      {active ? (
        <CurrentAssignment
          assignment={active}
          onCancel={() => setDialog({ kind: 'cancel', assignment: active })}
          onReassign={() => setDialog({ kind: 'reassign', assignment: active })}
        />
      ) : queued ? (
        <RecommendationsPanel
          customerId={customer.id}
          month={month}
          onMonth={(value) => setParams({ month: value }, { replace: true })}
          onAssign={(recommendation) => setDialog({ kind: 'assign', recommendation, month })}
        />
      ) : (
        <Paper withBorder radius="md" p="md" data-testid="current-assignment">
          <Text size="sm">{t('customers.assigned', { firm: customer.partner?.name ?? t('common.none') })}</Text>
        </Paper>
      )}
      <AssignmentHistory assignments={customer.assignments} />
      {dialog?.kind === 'edit' ? <CustomerFormModal customer={customer} onClose={close} /> : null}
      {dialog?.kind === 'assign' ? (
        <AssignModal customer={customer} recommendation={dialog.recommendation} month={dialog.month} onClose={close} />
      ) : null}
      {dialog?.kind === 'cancel' ? <CancelAssignmentModal assignment={dialog.assignment} onClose={close} /> : null}
      {dialog?.kind === 'reassign' ? (
        <ReassignModal customer={customer} assignment={dialog.assignment} onClose={close} />
      ) : null}
    </Stack>
  );
}
