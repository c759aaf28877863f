import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';

/** Greets the user by name, with their role and (for partner users) their firm. */
export function HomeHeading() {
  const { t } = useTranslation();
  const user = useSession();
  const role = t(`enums.Role.${user.role}`);
  return (
    <Stack gap={4} mb="xl">
      <Title order={2} data-testid="home-heading">
        {t('home.welcome', { name: user.displayName })}
      </Title>
      <Text c="dimmed" data-testid="home-role">
        {user.partner ? t('home.roleAtFirm', { role, firm: user.partner.name }) : role}
      </Text>
    </Stack>
  );
}
