import { Button, Tabs } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../common/components/PageHeader';
import { useAssignmentList } from '../hooks/useAssignmentList';
import type { AssignmentsTab } from '../list-query';
import { AssignmentSettingsPanel } from './AssignmentSettingsPanel';
import { AssignmentsListPanel } from './AssignmentsListPanel';

/** The vendor's assignments: the list (filters, pages, CSV) and the matching settings, tab kept in the URL. */
export default function AssignmentsPage() {
  const { t } = useTranslation();
  const list = useAssignmentList();

  return (
    <div data-testid="assignments-page">
      <PageHeader
        title={t('assignments.title')}
        actions={
          <Button
            component={Link}
            to="/vendor/assignments/auto"
            leftSection={<IconWand size={16} aria-hidden />}
            data-testid="assignments-auto"
          >
            {t('assignments.autoAssignment')}
          </Button>
        }
      />
      <Tabs value={list.tab} onChange={(value) => value && list.setTab(value as AssignmentsTab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list" data-testid="assignments-tab-list">
            {t('assignments.tabs.list')}
          </Tabs.Tab>
          <Tabs.Tab value="settings" data-testid="assignments-tab-settings">
            {t('assignments.tabs.settings')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <AssignmentsListPanel list={list} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <AssignmentSettingsPanel />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
