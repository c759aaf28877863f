import { Alert, Button, Center, Group, Loader, ScrollArea, Text } from '@mantine/core';
import { IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../auth/hooks/useSession';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { PageHeader } from '../../../common/components/PageHeader';
import {
  boardFilterFromParams,
  boardFilterToParams,
  boardToday,
  buildColumns,
  dueSoon,
  filterProjects,
  healthCounts,
  leadOptions,
  sameFilter,
  showsChurned,
  type BoardFilter,
} from '../../board-model';
import { BoardColumnView } from './BoardColumnView';
import { BoardFilters } from './BoardFilters';
import { DueSoonList } from './DueSoonList';
import { useBoardData } from './useBoardData';

/**
 * "Projects" in the partner portal: the firm's onboarding projects (a member: those they are
 * staffed on) as a board by current phase, with what is due soon above it. Filters live in the URL.
 */
export default function ProjectBoardPage() {
  const { t } = useTranslation();
  const user = useSession();
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  // Held here so the inputs answer at once; mirrored into the URL (links, reloads, back/forward).
  const [filter, setFilter] = useState<BoardFilter>(() => boardFilterFromParams(params));
  useEffect(() => {
    const fromUrl = boardFilterFromParams(new URLSearchParams(paramsKey));
    setFilter((current) => (sameFilter(current, fromUrl) ? current : fromUrl));
  }, [paramsKey]);
  const { projects, templatePhases, error, loading, reload } = useBoardData();
  const today = boardToday();

  const view = useMemo(() => {
    if (!projects || !templatePhases) return null;
    const shown = filterProjects(projects, filter);
    return {
      columns: buildColumns(templatePhases, shown, showsChurned(filter)),
      dueSoon: dueSoon(shown, today),
      leads: leadOptions(projects),
      counts: healthCounts(projects),
      shown: shown.length,
    };
  }, [projects, templatePhases, filter, today]);

  const onChange = (patch: Partial<BoardFilter>) => {
    const next = { ...filter, ...patch };
    setFilter(next);
    setParams(boardFilterToParams(next), { replace: true });
  };

  const intro = user.role === 'PARTNER_MEMBER' ? t('projectBoard.introMember') : t('projectBoard.introAdmin');

  return (
    <div data-testid="project-board" data-loading={loading ? 'true' : 'false'}>
      <PageHeader
        title={t('projectBoard.title')}
        actions={
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => void reload()}
            loading={loading && !!projects}
            data-testid="board-refresh"
          >
            {t('projectBoard.refresh')}
          </Button>
        }
      />
      <Text c="dimmed" size="sm" mb="md">
        {intro}
      </Text>
      {error ? <ErrorAlert error={error} /> : null}
      {!error && !view ? (
        <Center py="xl" data-testid="board-loading">
          <Loader aria-label={t('projectBoard.loading')} />
        </Center>
      ) : null}
      {view && projects && projects.length === 0 ? (
        <Alert
          color="gray"
          icon={<IconInfoCircle size={18} />}
          title={t('projectBoard.empty.title')}
          data-testid="board-empty"
        >
          {user.role === 'PARTNER_MEMBER' ? t('projectBoard.empty.member') : t('projectBoard.empty.admin')}
        </Alert>
      ) : null}
      {view && projects && projects.length > 0 ? (
        <>
          {/* The filters apply to the due-soon list and the board alike, so they come first. */}
          <BoardFilters filter={filter} leads={view.leads} churnedCount={view.counts.CHURNED} onChange={onChange} />
          <DueSoonList projects={view.dueSoon} today={today} />
          <Group gap="xs" mb="sm">
            <Text size="sm" c="dimmed" data-testid="board-total" data-shown={view.shown} data-total={projects.length}>
              {t('projectBoard.total', { shown: view.shown, total: projects.length })}
            </Text>
          </Group>
          {view.shown === 0 ? (
            <Alert color="gray" icon={<IconInfoCircle size={18} />} mb="md" data-testid="board-no-match">
              {t('projectBoard.noMatch')}
            </Alert>
          ) : null}
          <ScrollArea type="auto" offsetScrollbars>
            <Group align="flex-start" wrap="nowrap" gap="md" pb="sm" data-testid="board-columns">
              {view.columns.map((column) => (
                <BoardColumnView key={String(column.key)} column={column} today={today} />
              ))}
            </Group>
          </ScrollArea>
        </>
      ) : null}
    </div>
  );
}
