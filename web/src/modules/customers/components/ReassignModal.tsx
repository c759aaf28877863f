import { Button, Group, Loader, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerPageAssignmentFragment } from '../../../gql/graphql';
import { useCapacityLabels } from '../../capacity/hooks';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import {
  CUSTOMER_QUERIES,
  CustomerReassignMutation,
  CustomerRecommendationsQuery as RecommendationsQuery,
} from '../graphql/customers';
import { defaultLead, formatPoints, recommendationMonths } from '../recommendations';
import { REASON_MAX } from './CancelAssignmentModal';

interface Props {
  customer: { id: string; companyName: string };
  assignment: CustomerPageAssignmentFragment;
  onClose: () => void;
}

/** Moves the active assignment to another firm, month or lead, picked from that month's recommendations. */
export function ReassignModal({ customer, assignment, onClose }: Props) {
  const { t } = useTranslation();
  const { monthLabel } = useCapacityLabels();
  const monthValues = recommendationMonths(new Date());
  const [month, setMonth] = useState(monthValues.includes(assignment.month) ? assignment.month : monthValues[0]);
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [lead, setLead] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  const recommendations = useQuery(RecommendationsQuery, {
    variables: { customerId: customer.id, month },
    fetchPolicy: 'cache-and-network',
  });
  const eligible = recommendations.data?.recommendations?.eligible ?? [];
  const chosen = eligible.find((r) => r.partner.id === partnerId) ?? null;
  const [reassign, { loading }] = useMutation(CustomerReassignMutation, {
    refetchQueries: CUSTOMER_QUERIES,
    awaitRefetchQueries: true,
  });

  function pickMonth(value: string) {
    setMonth(value);
    setPartnerId(null);
    setLead(null);
  }

  function pickFirm(value: string | null) {
    setPartnerId(value);
    setLead(defaultLead(eligible.find((r) => r.partner.id === value)?.certifiedConsultants ?? []));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!partnerId) found.partnerId = t('validation.required');
    if (!lead) found.leadConsultantId = t('validation.required');
    if (!reason.trim()) found.reason = t('validation.required');
    if (Object.keys(found).length > 0 || !partnerId || !lead) {
      errors.setFieldErrors(found);
      return;
    }
    try {
      const { data } = await reassign({
        variables: {
          input: { assignmentId: assignment.id, partnerId, month, leadConsultantId: lead, reason: reason.trim() },
        },
      });
      const result = data?.reassignAssignment;
      if (!result) return;
      if (result.__typename === 'Assignment') {
        notifySuccess(
          t('customers.reassign.notify', {
            customer: customer.companyName,
            firm: result.partner?.name ?? chosen?.partner.name ?? '',
            month: monthLabel(result.month),
          }),
        );
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  const firmOptions = eligible.map((r) => ({
    value: r.partner.id,
    label: t('customers.reassign.firmOption', {
      firm: r.partner.name,
      score: formatPoints(r.score),
      free: r.freeSlots,
    }),
  }));

  return (
    <Modal opened onClose={onClose} title={t('customers.reassign.title')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="reassign-form">
        <Stack>
          <FormError message={errors.formError} />
          <Text size="sm">
            {t('customers.reassign.intro', {
              firm: assignment.partner?.name ?? t('common.none'),
              month: monthLabel(assignment.month),
            })}
          </Text>
          <Select
            label={t('customers.recommendations.month')}
            required
            data={monthValues.map((value) => ({ value, label: monthLabel(value) }))}
            value={month}
            onChange={(value) => value && pickMonth(value)}
            allowDeselect={false}
            error={errors.fieldErrors.month}
            comboboxProps={{ withinPortal: true }}
            data-testid="reassign-month"
          />
          <Select
            label={t('customers.reassign.firm')}
            description={t('customers.reassign.firmHint')}
            required
            data-autofocus
            data={firmOptions}
            value={partnerId}
            onChange={pickFirm}
            searchable
            nothingFoundMessage={t('customers.reassign.noFirm')}
            placeholder={
              recommendations.loading && eligible.length === 0
                ? t('list.loading')
                : eligible.length === 0
                  ? t('customers.reassign.noFirm')
                  : undefined
            }
            rightSection={recommendations.loading ? <Loader size="xs" /> : undefined}
            error={errors.fieldErrors.partnerId}
            comboboxProps={{ withinPortal: true }}
            data-testid="reassign-firm"
          />
          <Select
            label={t('customers.assign.lead')}
            description={t('customers.assign.leadHint')}
            required
            data={(chosen?.certifiedConsultants ?? []).map((c) => ({ value: c.id, label: c.displayName }))}
            value={lead}
            onChange={setLead}
            allowDeselect={false}
            disabled={!chosen}
            error={errors.fieldErrors.leadConsultantId}
            comboboxProps={{ withinPortal: true }}
            data-testid="reassign-lead"
          />
          <Textarea
            label={t('customers.reassign.reason')}
            required
            autosize
            minRows={2}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.fieldErrors.reason}
            data-testid="end-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.back')}
            </Button>
            <Button type="submit" loading={loading} data-testid="reassign-submit">
              {t('customers.reassign.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
