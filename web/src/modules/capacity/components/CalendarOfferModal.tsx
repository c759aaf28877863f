import { Center, Loader, Modal } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { CapacityPlansQuery } from '../graphql/capacity';
import { OfferCapacityModal } from './OfferCapacityModal';

export interface CalendarOfferTarget {
  partnerId: string;
  partnerName: string;
  month: string;
}

interface Props {
  target: CalendarOfferTarget;
  onClose: () => void;
}

/**
 * Sets a firm's offer for every product line in one month, from a calendar cell. The cell shows the
 * sum of all lines, so the dialog starts from the firm’s current all-lines offer (0 when none), read first.
 */
export function CalendarOfferModal({ target, onClose }: Props) {
  const { t } = useTranslation();
  const { data, error } = useQuery(CapacityPlansQuery, {
    variables: { partnerId: target.partnerId, fromMonth: target.month, months: 1 },
    fetchPolicy: 'network-only',
  });
  if (!data) {
    return (
      <Modal opened onClose={onClose} title={t('capacity.offer.titleFor', { partner: target.partnerName })}>
        {error ? (
          <ErrorAlert error={error} />
        ) : (
          <Center py="lg">
            <Loader size="sm" aria-label={t('list.loading')} />
          </Center>
        )}
      </Modal>
    );
  }
  const allLines = data.capacityPlans.find((plan) => plan.month === target.month && plan.productLine == null);
  return (
    <OfferCapacityModal
      partnerId={target.partnerId}
      partnerName={target.partnerName}
      draft={{ month: target.month, productLine: null, slots: allLines?.slotsOffered ?? 0 }}
      onClose={onClose}
    />
  );
}
