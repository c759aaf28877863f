import { NavLink, Stack } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { navigationFor } from '../navigation';

export function ExperienceNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useSession();
  const { pathname } = useLocation();
  const experience = experienceOfRole(user.role);
  const root = `/${experience}`;

  return (
    <Stack gap={2} component="nav" aria-label={t('shell.navigation')}>
      {navigationFor(experience, user.role).map((item) => {
        const to = item.path ? `${root}/${item.path}` : root;
        const active = item.path ? pathname === to || pathname.startsWith(`${to}/`) : pathname === root;
        return (
          <NavLink
            key={item.name}
            component={Link}
            to={to}
            label={t(item.labelKey)}
            leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
            rightSection={
              item.badge ? (
                <Suspense fallback={null}>
                  <item.badge />
                </Suspense>
              ) : undefined
            }
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            data-testid={`nav-${item.name}`}
          />
        );
      })}
    </Stack>
  );
}
