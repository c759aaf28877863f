import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/hooks/useSession';
import { PageHeader } from '../../../common/components/PageHeader';
import { ConsultantsPanel } from './ConsultantsPanel';

/** "Consultants" in the partner portal: the firm's people; its partner admin invites and deactivates. */
export default function ConsultantsPage() {
  const { t } = useTranslation();
  const user = useSession();
  const admin = user.role === 'PARTNER_ADMIN';
  return (
    <div data-testid="consultants-page">
      <PageHeader title={t('training.consultants.title')} />
      <Text size="sm" c="dimmed" mb="md">
        {admin ? t('training.consultants.intro') : t('training.consultants.readOnly')}
      </Text>
      <ConsultantsPanel canManage={admin} />
    </div>
  );
}
