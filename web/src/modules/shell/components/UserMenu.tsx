import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { useSignOut } from '../../auth/hooks/useSignOut';

export function UserMenu() {
  const { t } = useTranslation();
  const user = useSession();
  const navigate = useNavigate();
  const { signOut } = useSignOut();

  async function onSignOut() {
    await signOut();
    navigate('/sign-in', { replace: true });
  }

  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.userMenu')} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" radius="xl" color="indigo" name={user.displayName} />
            <Text size="sm" visibleFrom="sm" maw={180} truncate>
              {user.displayName}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item
          leftSection={<IconUserCircle size={16} aria-hidden />}
          onClick={() => navigate(`/${experienceOfRole(user.role)}/profile`)}
          data-testid="user-menu-profile"
        >
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void onSignOut()}
          data-testid="sign-out"
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
