import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { PageHeader } from '../../common/components/PageHeader';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';

export default function ProfilePage() {
  const { t } = useTranslation();
  const user = useSession();
  const role = t(`enums.Role.${user.role}`);
  return (
    <div data-testid="profile-page">
      <PageHeader title={t('profile.title')} />
      <Text c="dimmed" mb="md">
        {user.partner ? t('home.roleAtFirm', { role, firm: user.partner.name }) : role}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="lg" radius="md">
          <Title order={3} size="h4" mb="md">
            {t('profile.details')}
          </Title>
          <ProfileForm />
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Title order={3} size="h4" mb="md">
            {t('profile.changePassword')}
          </Title>
          <ChangePasswordForm />
        </Paper>
      </SimpleGrid>
    </div>
  );
}
