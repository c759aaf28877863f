import { AppShell, Badge, Burger, Center, Group, Loader, ScrollArea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { ExperienceNav } from './ExperienceNav';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserMenu } from './UserMenu';

const EXPERIENCE_LABEL_KEYS = {
  vendor: 'experience.vendor',
  partner: 'experience.partner',
  auditor: 'experience.auditor',
} as const;

export function AppLayout() {
  const { t } = useTranslation();
  const user = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const experience = experienceOfRole(user.role);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
            />
            <Title order={1} size="h3">
              Baton
            </Title>
            <Badge variant="light" visibleFrom="xs" data-testid="experience-badge">
              {t(EXPERIENCE_LABEL_KEYS[experience])}
            </Badge>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {/* A long navigation scrolls within the bar rather than past the window's bottom. */}
        <AppShell.Section grow component={ScrollArea} data-testid="navbar-scroll">
          <ExperienceNav onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense
          fallback={
            <Center py="xl">
              <Loader aria-hidden />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
