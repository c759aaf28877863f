import { Button, Group, Paper, Select } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload, IconTemplate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { faultMessage } from '../../common/fault-message';
import { notifyError, notifySuccess } from '../../common/notify';
import { ProjectsListQuery } from '../graphql/projects';
import { PAGE_SIZES } from '../project-list-query';
import { ProjectsFilters } from './project/list/ProjectsFilters';
import { ProjectsHealthSummary } from './project/list/ProjectsHealthSummary';
import { ProjectsTable } from './project/list/ProjectsTable';
import { useProjectList } from './project/list/useProjectList';
import { useProjectsCsv } from './project/list/useProjectsCsv';

/** Every firm's onboarding projects (newest start first): filters and pages in the URL, health counts, CSV. */
export default function ProjectsPage() {
  const { t } = useTranslation();
  const user = useSession();
  const list = useProjectList();
  const { query, filter, variables } = list;
  const { exportCsv, exporting } = useProjectsCsv();
  const { data, previousData, loading, error } = useQuery(ProjectsListQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.onboardingProjects;

  async function onExport() {
    try {
      const count = await exportCsv(filter);
      notifySuccess(t('onboarding.notify.exported', { count }));
    } catch (exportError) {
      notifyError(faultMessage(exportError, t));
    }
  }

  return (
    <div data-testid="projects-page">
      <PageHeader
        title={t('onboarding.title')}
        actions={
          user.role === 'VENDOR_ADMIN' ? (
            <Button
              component={Link}
              to="/vendor/projects/template"
              variant="default"
              leftSection={<IconTemplate size={16} aria-hidden />}
              data-testid="projects-template-link"
            >
              {t('onboarding.templateLink')}
            </Button>
          ) : undefined
        }
      />
      <ProjectsFilters
        query={query}
        onChange={list.changeFilter}
        filtered={list.filtered}
        onReset={list.reset}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={exporting}
            disabled={!page || page.totalItems === 0}
            onClick={() => void onExport()}
            data-testid="projects-csv"
          >
            {t('onboarding.exportCsv')}
          </Button>
        }
      />
      <ProjectsHealthSummary
        filter={filter}
        selected={query.health}
        onSelect={(health) => list.changeFilter({ health })}
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md">
        <ProjectsTable projects={page?.items ?? []} loading={loading} filtered={list.filtered} onReset={list.reset} />
      </Paper>
      <ListFooter page={query.page} pageSize={query.take} total={page?.totalItems ?? 0} onPage={list.setPage} />
      <Group justify="flex-end" mt="xs">
        <Select
          label={t('onboarding.pageSize')}
          data={PAGE_SIZES.map(String)}
          value={String(query.take)}
          onChange={(value) => value && list.changeFilter({ take: Number(value) })}
          allowDeselect={false}
          w={120}
          size="xs"
          data-testid="projects-page-size"
        />
      </Group>
    </div>
  );
}
