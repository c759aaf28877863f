import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDetailFragment, PartnerStatus } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { ChangePartnerStatusMutation } from '../graphql/partners';
import { PartnerStatusBadge } from './PartnerStatusBadge';

const REASON_MAX = 1000;

/** One legal step of the lifecycle (only what `allowedTransitions` offers), with a required reason. */
export function ChangeStatusModal({ partner, onClose }: { partner: PartnerDetailFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const allowed = partner.allowedTransitions;
  const [status, setStatus] = useState<PartnerStatus | null>(allowed.length === 1 ? allowed[0] : null);
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  const [change, { loading }] = useMutation(ChangePartnerStatusMutation, {
    refetchQueries: ['Partner', 'Partners'],
    awaitRefetchQueries: true,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!status) found.status = t('validation.required');
    if (!reason.trim()) found.reason = t('validation.required');
    else if (reason.trim().length > REASON_MAX) found.reason = t('validation.maxLength', { max: REASON_MAX });
    if (Object.keys(found).length > 0 || !status) {
      errors.setFieldErrors(found);
      return;
    }
    try {
      const { data } = await change({ variables: { input: { partnerId: partner.id, status, reason: reason.trim() } } });
      const result = data?.changePartnerStatus;
      if (!result) return;
      if (result.__typename === 'Partner') {
        notifySuccess(
          t('partner.notify.statusChanged', { name: result.name, status: t(`enums.PartnerStatus.${result.status}`) }),
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
    <Modal opened onClose={onClose} title={t('partner.changeStatus.title')}>
      <form onSubmit={onSubmit} noValidate data-testid="change-status-form">
        <Stack>
          <FormError message={errors.formError} />
          <Group gap="xs">
            <Text size="sm">{t('partner.changeStatus.current')}</Text>
            <PartnerStatusBadge status={partner.status} />
          </Group>
          {allowed.length === 0 ? (
            <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="change-status-none">
              {t('partner.changeStatus.noTransitions', { status: t(`enums.PartnerStatus.${partner.status}`) })}
            </Alert>
          ) : (
            <>
              <Select
                label={t('partner.changeStatus.newStatus')}
                required
                data={allowed.map((value) => ({ value, label: t(`enums.PartnerStatus.${value}`) }))}
                value={status}
                onChange={(value) => setStatus(value as PartnerStatus | null)}
                error={errors.fieldErrors.status}
                comboboxProps={{ withinPortal: true }}
                data-testid="change-status-select"
              />
              <Textarea
                label={t('partner.changeStatus.reason')}
                description={t('partner.changeStatus.reasonDescription')}
                required
                autosize
                minRows={3}
                maxLength={REASON_MAX}
                data-autofocus
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={errors.fieldErrors.reason}
                data-testid="change-status-reason"
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={allowed.length === 0} data-testid="change-status-submit">
              {t('partner.changeStatus.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
