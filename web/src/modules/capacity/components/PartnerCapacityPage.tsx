import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { PageHeader } from '../../common/components/PageHeader';
import { CapacityView } from './CapacityView';

/** "Capacity" in the partner portal: the own firm's slots; its partner admin offers them. */
export default function PartnerCapacityPage() {
  const { t } = useTranslation();
  const user = useSession();
  const firmId = user.partner?.id;
  return (
    <div data-testid="partner-capacity-page">
      <PageHeader title={t('capacity.title')} />
      {firmId ? (
        <CapacityView partnerId={firmId} canOffer={user.role === 'PARTNER_ADMIN'} />
      ) : (
        <Alert color="gray" icon={<IconInfoCircle size={18} />}>
          {t('partner.firm.noFirm')}
        </Alert>
      )}
    </div>
  );
}
