import { Alert, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { PageHeader } from '../../common/components/PageHeader';
import { TrainingMatrixView } from './matrix/TrainingMatrixView';

/** "Training" in the partner portal: the firm's consultant × module matrix (a member: their own row). */
export default function PartnerTrainingPage() {
  const { t } = useTranslation();
  const user = useSession();
  const firmId = user.partner?.id;
  return (
    <div data-testid="partner-training-page">
      <PageHeader title={t('training.matrix.title')} />
      <Text size="sm" c="dimmed" mb="md">
        {user.role === 'PARTNER_ADMIN' ? t('training.matrix.introAdmin') : t('training.matrix.introMember')}
      </Text>
      {firmId ? (
        <TrainingMatrixView partnerId={firmId} mode="record" />
      ) : (
        <Alert color="gray" icon={<IconInfoCircle size={18} />}>
          {t('partner.firm.noFirm')}
        </Alert>
      )}
    </div>
  );
}
