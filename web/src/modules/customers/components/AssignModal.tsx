import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCapacityLabels } from '../../capacity/hooks';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { CUSTOMER_QUERIES, CustomerAssignMutation } from '../graphql/customers';
import { defaultLead } from '../recommendations';
import type { Recommendation } from './RecommendationsPanel';

interface Props {
  customer: { id: string; companyName: string };
  recommendation: Recommendation;
  month: string;
  onClose: () => void;
}

/** Gives a queued customer to the chosen firm for the month, with a lead certified for its products. */
export function AssignModal({ customer, recommendation, month, onClose }: Props) {
  const { t } = useTranslation();
  const { monthLabel } = useCapacityLabels();
  const consultants = recommendation.certifiedConsultants;
  const [lead, setLead] = useState<string | null>(() => defaultLead(consultants));
  const errors = useFormErrors();
  const [assign, { loading }] = useMutation(CustomerAssignMutation, {
    refetchQueries: CUSTOMER_QUERIES,
    awaitRefetchQueries: true,
  });
  const partner = recommendation.partner;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!lead) {
      errors.setFieldErrors({ leadConsultantId: t('validation.required') });
      return;
    }
    try {
      const { data } = await assign({
        variables: { input: { customerId: customer.id, partnerId: partner.id, month, leadConsultantId: lead } },
      });
      const result = data?.assignCustomer;
      if (!result) return;
      if (result.__typename === 'Assignment') {
        notifySuccess(
          t('customers.assign.notify', {
            customer: customer.companyName,
            firm: partner.name,
            month: monthLabel(month),
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

  return (
    <Modal opened onClose={onClose} title={t('customers.assign.title')} size="md">
      <form onSubmit={onSubmit} noValidate data-testid="assign-form">
        <Stack>
          <FormError message={errors.formError} />
          <Text size="sm">
            {t('customers.assign.intro', {
              customer: customer.companyName,
              firm: partner.name,
              month: monthLabel(month),
            })}
          </Text>
          <Text size="sm" c="dimmed" data-testid="assign-slots">
            {t('customers.recommendations.slotsValue', {
              free: recommendation.freeSlots,
              offered: recommendation.offeredSlots,
            })}
          </Text>
          <Select
            label={t('customers.assign.lead')}
            description={t('customers.assign.leadHint')}
            required
            data-autofocus
            data={consultants.map((c) => ({ value: c.id, label: c.displayName }))}
            value={lead}
            onChange={setLead}
            allowDeselect={false}
            nothingFoundMessage={t('customers.assign.noLead')}
            error={errors.fieldErrors.leadConsultantId}
            comboboxProps={{ withinPortal: true }}
            data-testid="assign-lead"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="assign-submit">
              {t('customers.assign.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
