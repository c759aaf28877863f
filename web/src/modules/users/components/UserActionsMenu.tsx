import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../gql/graphql';

export type UserAction = 'edit' | 'resetPassword' | 'toggleActive';

interface Props {
  user: UserRowFragment;
  onAction: (action: UserAction, user: UserRowFragment) => void;
}

export function UserActionsMenu({ user, onAction }: Props) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('users.actions.menu', { name: user.displayName })}
          data-testid={`user-actions-${user.email}`}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onAction('edit', user)}>
          {t('users.actions.edit')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => onAction('resetPassword', user)}>
          {t('users.actions.resetPassword')}
        </Menu.Item>
        <Menu.Item
          color={user.active ? 'red' : undefined}
          leftSection={user.active ? <IconUserOff size={16} aria-hidden /> : <IconUserCheck size={16} aria-hidden />}
          onClick={() => onAction('toggleActive', user)}
        >
          {user.active ? t('users.actions.deactivate') : t('users.actions.reactivate')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
