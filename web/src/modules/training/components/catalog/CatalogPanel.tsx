import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArchive, IconArrowBackUp, IconInfoCircle, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurriculaQuery as CurriculaData, TrainingModuleRowFragment } from '../../../../gql/graphql';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { vocabLabel } from '../../../partners/vocabulary';
import { CurriculaQuery } from '../../graphql/training';
import { ModuleKindBadge } from '../TrainingBadges';
import { ArchiveModal, type ArchiveTarget } from './ArchiveModal';
import { CurriculumFormModal } from './CurriculumFormModal';
import { ModuleFormModal } from './ModuleFormModal';

type Curriculum = CurriculaData['curricula'][number];

type Dialog =
  | { kind: 'curriculum'; curriculum?: Curriculum }
  | { kind: 'module'; productArea: string; module?: TrainingModuleRowFragment; nextOrder?: number }
  | { kind: 'archive'; target: ArchiveTarget }
  | null;

/** The training catalog: one curriculum per product area and its modules; the vendor admin manages it. */
export function CatalogPanel({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, loading, error } = useQuery(CurriculaQuery, { variables: { includeArchived: canManage } });
  const curricula = data?.curricula ?? [];
  const close = () => setDialog(null);

  return (
    <Stack gap="md" data-testid="catalog-panel">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {canManage ? t('training.catalog.introAdmin') : t('training.catalog.introRead')}
        </Text>
        {canManage ? (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'curriculum' })}
            data-testid="catalog-create-curriculum"
          >
            {t('training.catalog.curriculum.create')}
          </Button>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {loading && !data ? <Skeleton height={160} aria-label={t('list.loading')} /> : null}
      {data && curricula.length === 0 ? (
        <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="catalog-empty">
          {t('training.catalog.empty')}
        </Alert>
      ) : null}
      {curricula.map((c) => {
        const nextOrder = c.modules.reduce((max, m) => Math.max(max, m.sortOrder + 10), 10);
        return (
          <Card key={c.id} withBorder radius="md" padding="lg" data-testid="curriculum" data-area={c.productArea}>
            <Group justify="space-between" align="start" wrap="wrap" mb="sm">
              <Stack gap={2}>
                <Group gap="xs">
                  <Title order={4} data-testid="curriculum-name">
                    {c.name}
                  </Title>
                  <Badge variant="light">{vocabLabel(t, 'productModule', c.productArea)}</Badge>
                  {c.active ? null : (
                    <Badge variant="light" color="gray">
                      {t('training.catalog.archived')}
                    </Badge>
                  )}
                </Group>
                {c.description ? (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    {c.description}
                  </Text>
                ) : null}
              </Stack>
              {canManage ? (
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => setDialog({ kind: 'module', productArea: c.productArea, nextOrder })}
                    disabled={!c.active}
                    data-testid="curriculum-add-module"
                  >
                    {t('training.catalog.module.create')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setDialog({ kind: 'curriculum', curriculum: c })}
                    data-testid="curriculum-edit"
                  >
                    {t('training.catalog.actions.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color={c.active ? 'red' : undefined}
                    leftSection={
                      c.active ? <IconArchive size={14} aria-hidden /> : <IconArrowBackUp size={14} aria-hidden />
                    }
                    onClick={() =>
                      setDialog({
                        kind: 'archive',
                        target: { entity: 'curriculum', id: c.id, name: c.name, archive: c.active },
                      })
                    }
                    data-testid="curriculum-archive"
                  >
                    {c.active ? t('training.catalog.actions.archive') : t('training.catalog.actions.restore')}
                  </Button>
                </Group>
              ) : null}
            </Group>
            {c.modules.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="curriculum-no-modules">
                {t('training.catalog.noModules')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table striped aria-label={c.name}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('training.catalog.module.order')}</Table.Th>
                      <Table.Th>{t('training.catalog.module.title')}</Table.Th>
                      <Table.Th>{t('training.catalog.module.kind')}</Table.Th>
                      <Table.Th>{t('training.catalog.passCriteria')}</Table.Th>
                      <Table.Th>{t('training.catalog.module.required')}</Table.Th>
                      {canManage ? <Table.Th>{t('training.catalog.module.actions')}</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {c.modules.map((m) => (
                      <Table.Tr key={m.id} data-testid="module-row" data-title={m.title} opacity={m.active ? 1 : 0.6}>
                        <Table.Td>{m.sortOrder}</Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {m.title}
                          </Text>
                          {m.active ? null : (
                            <Badge size="xs" variant="light" color="gray">
                              {t('training.catalog.archived')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <ModuleKindBadge kind={m.kind} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                            {m.passCriteria}
                          </Text>
                        </Table.Td>
                        <Table.Td>{m.required ? t('training.catalog.yes') : t('training.catalog.no')}</Table.Td>
                        {canManage ? (
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => setDialog({ kind: 'module', productArea: c.productArea, module: m })}
                              data-testid="module-edit"
                            >
                              {t('training.catalog.actions.edit')}
                            </Button>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color={m.active ? 'red' : undefined}
                              onClick={() =>
                                setDialog({
                                  kind: 'archive',
                                  target: { entity: 'module', id: m.id, name: m.title, archive: m.active },
                                })
                              }
                              data-testid="module-archive"
                            >
                              {m.active ? t('training.catalog.actions.archive') : t('training.catalog.actions.restore')}
                            </Button>
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        );
      })}
      {dialog?.kind === 'curriculum' ? (
        <CurriculumFormModal
          curriculum={dialog.curriculum}
          takenAreas={curricula.map((c) => c.productArea)}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'module' ? (
        <ModuleFormModal
          productArea={dialog.productArea}
          module={dialog.module}
          nextOrder={dialog.nextOrder}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'archive' ? <ArchiveModal target={dialog.target} onClose={close} /> : null}
    </Stack>
  );
}
