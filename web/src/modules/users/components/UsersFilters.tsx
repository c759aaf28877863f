import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import type { ActiveFilter, UserFilterValues } from '../hooks/useUserQueryState';
import { ROLES } from '../roles';

interface Props {
  values: UserFilterValues;
  onChange: (patch: Partial<UserFilterValues>) => void;
}

export function UsersFilters({ values, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Group align="end" gap="md" mb="md" wrap="wrap" role="search">
      <TextInput
        label={t('users.filters.search')}
        placeholder={t('users.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={values.search}
        onChange={(e) => onChange({ search: e.currentTarget.value })}
        w={260}
        data-testid="users-filter-search"
      />
      <Select
        label={t('users.filters.role')}
        placeholder={t('users.filters.allRoles')}
        data={ROLES.map((role) => ({ value: role, label: t(`enums.Role.${role}`) }))}
        value={values.role}
        onChange={(value) => onChange({ role: (value as Role | null) ?? null })}
        clearable
        w={220}
        data-testid="users-filter-role"
      />
      <SegmentedControl
        aria-label={t('users.filters.active')}
        data={[
          { value: 'all', label: t('users.filters.all') },
          { value: 'active', label: t('users.filters.activeOnly') },
          { value: 'inactive', label: t('users.filters.inactiveOnly') },
        ]}
        value={values.active}
        onChange={(value) => onChange({ active: value as ActiveFilter })}
        data-testid="users-filter-active"
      />
    </Group>
  );
}
