import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { ConsultantsPanel } from './consultants/ConsultantsPanel';
import { TrainingMatrixView, type MatrixMode } from './matrix/TrainingMatrixView';

const VENDOR = ['VENDOR_ADMIN', 'VENDOR_STAFF'];

/** The "Consultants" tab of a partner's page: vendor staff and the firm's admin manage, others read. */
export function PartnerConsultantsTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const user = useSession();
  const canManage = VENDOR.includes(user.role) || user.role === 'PARTNER_ADMIN';
  if (user.role === 'PARTNER_MEMBER') {
    return (
      <Stack>
        <Text size="sm" c="dimmed">
          {t('training.consultants.readOnly')}
        </Text>
        <ConsultantsPanel partnerId={partnerId} canManage={false} />
      </Stack>
    );
  }
  return <ConsultantsPanel partnerId={partnerId} canManage={canManage} />;
}

/** The "Training" tab of a partner's page: vendor staff confirm and certify, partner users record. */
export function PartnerTrainingTab({ partnerId }: { partnerId: string }) {
  const user = useSession();
  const mode: MatrixMode = VENDOR.includes(user.role)
    ? 'confirm'
    : user.role === 'PARTNER_ADMIN' || user.role === 'PARTNER_MEMBER'
      ? 'record'
      : 'read';
  return <TrainingMatrixView partnerId={partnerId} mode={mode} />;
}
