import {
  Alert,
  Button,
  Group,
  Indicator,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconCertificate, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ConsultantRowFragment,
  TrainingMatrixQuery as TrainingMatrixData,
  TrainingModuleRowFragment,
  TrainingRecordFieldsFragment,
} from '../../../../gql/graphql';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { ListFooter } from '../../../common/components/ListFooter';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { usePageParams } from '../../../common/hooks/usePageParams';
import { vocabLabel } from '../../../partners/vocabulary';
import { TrainingMatrixQuery } from '../../graphql/training';
import { groupByArea, PRODUCT_AREAS } from '../../vocabulary';
import { CertificationList } from '../CertificationList';
import { ModuleKindBadge, TrainingStatusBadge } from '../TrainingBadges';
import { CertifyModal } from './CertifyModal';
import { ConfirmResultModal } from './ConfirmResultModal';
import { RecordTrainingModal } from './RecordTrainingModal';

const PAGE_SIZE = 25;
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** `record`: partner users report progress; `confirm`: vendor staff confirm and certify; `read`: auditors. */
export type MatrixMode = 'record' | 'confirm' | 'read';

type Cell = TrainingMatrixData['trainingMatrix']['rows'][number]['cells'][number];

type Dialog =
  | {
      kind: 'record' | 'confirm';
      consultant: ConsultantRowFragment;
      module: TrainingModuleRowFragment;
      record: TrainingRecordFieldsFragment | null;
    }
  | { kind: 'certify'; consultant: ConsultantRowFragment }
  | null;

/** A firm's consultants × training modules, grouped by product area, with each person's certifications. */
export function TrainingMatrixView({ partnerId, mode }: { partnerId: string; mode: MatrixMode }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const [productArea, setProductArea] = useState<string | null>(null);
  const { page, setPage, skip, take } = usePageParams(PAGE_SIZE);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, previousData, loading, error } = useQuery(TrainingMatrixQuery, {
    variables: { partnerId, productArea, skip, take },
    // Cells are not normalized: a confirmation made elsewhere must show when coming back.
    fetchPolicy: 'cache-and-network',
  });
  const matrix = (data ?? previousData)?.trainingMatrix;
  const modules = matrix?.modules ?? [];
  const groups = groupByArea(modules);
  const rows = matrix?.rows ?? [];
  const close = () => setDialog(null);

  function onCell(consultant: ConsultantRowFragment, module: TrainingModuleRowFragment, cell: Cell) {
    if (mode === 'record') setDialog({ kind: 'record', consultant, module, record: cell.record ?? null });
    else if (mode === 'confirm' && cell.awaitingConfirmation && cell.record)
      setDialog({ kind: 'confirm', consultant, module, record: cell.record });
  }

  function cellContent(cell: Cell) {
    const record = cell.record;
    const details = [
      record?.date ? formatDate(record.date) : null,
      record?.score != null ? t('training.matrix.score', { score: record.score }) : null,
    ].filter(Boolean);
    return (
      <Stack gap={2} align="center">
        <Indicator
          disabled={!cell.awaitingConfirmation}
          color="orange"
          size={9}
          offset={2}
          processing={mode === 'confirm'}
        >
          <TrainingStatusBadge status={cell.status} />
        </Indicator>
        {details.length > 0 ? (
          <Text size="xs" c="dimmed" style={NOWRAP}>
            {details.join(' · ')}
          </Text>
        ) : null}
        {cell.awaitingConfirmation ? (
          <Text size="xs" c="orange" style={NOWRAP} data-testid="matrix-cell-awaiting">
            {t('training.matrix.awaiting')}
          </Text>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" data-testid="training-matrix">
      <Group justify="space-between" wrap="wrap">
        <Select
          placeholder={t('training.matrix.allAreas')}
          aria-label={t('training.matrix.productArea')}
          clearable
          data={PRODUCT_AREAS.map((a) => ({ value: a, label: vocabLabel(t, 'productModule', a) }))}
          value={productArea}
          onChange={(value) => {
            setProductArea(value);
            setPage(1);
          }}
          data-testid="matrix-area-filter"
        />
        <Text size="sm" c="dimmed">
          {mode === 'record'
            ? t('training.matrix.hintRecord')
            : mode === 'confirm'
              ? t('training.matrix.hintConfirm')
              : t('training.matrix.hintRead')}
        </Text>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {loading && !matrix ? (
        <Skeleton height={160} aria-label={t('list.loading')} />
      ) : modules.length === 0 ? (
        <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="matrix-no-modules">
          {t('training.matrix.noModules')}
        </Alert>
      ) : rows.length === 0 ? (
        <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="matrix-no-consultants">
          {t('training.matrix.noConsultants')}
        </Alert>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={Math.max(720, 260 + modules.length * 140)}>
            <Table withColumnBorders aria-label={t('training.matrix.title')} data-testid="matrix-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th rowSpan={2}>{t('training.matrix.consultant')}</Table.Th>
                  {groups.map((g) => (
                    <Table.Th key={g.area} colSpan={g.items.length} ta="center" data-testid="matrix-area">
                      {vocabLabel(t, 'productModule', g.area)}
                    </Table.Th>
                  ))}
                  <Table.Th rowSpan={2} miw={140}>
                    {t('training.matrix.certifications')}
                  </Table.Th>
                </Table.Tr>
                <Table.Tr>
                  {modules.map((m) => (
                    <Table.Th key={m.id} ta="center" miw={130}>
                      <Tooltip
                        label={`${t('training.catalog.passCriteria')}: ${m.passCriteria}`}
                        multiline
                        w={280}
                        withinPortal
                      >
                        <Stack gap={2} align="center" data-testid="matrix-module">
                          <Text size="sm" fw={600} ta="center">
                            {m.title}
                            {m.required ? '' : ` ${t('training.matrix.optionalMark')}`}
                          </Text>
                          <ModuleKindBadge kind={m.kind} />
                        </Stack>
                      </Tooltip>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ consultant, cells }) => (
                  <Table.Tr key={consultant.id} data-testid="matrix-row" data-email={consultant.email}>
                    <Table.Td>
                      <Text fw={500} style={NOWRAP}>
                        {consultant.displayName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {consultant.email}
                      </Text>
                    </Table.Td>
                    {cells.map((cell, index) => {
                      const module = modules[index];
                      const clickable =
                        mode === 'record' || (mode === 'confirm' && cell.awaitingConfirmation && !!cell.record);
                      const label = t('training.matrix.cellLabel', {
                        name: consultant.displayName,
                        module: module.title,
                        status: t(`training.enums.TrainingStatus.${cell.status}`),
                      });
                      return (
                        <Table.Td
                          key={cell.moduleId}
                          ta="center"
                          data-testid="matrix-cell"
                          data-module={module.title}
                          data-status={cell.status}
                          data-kind={module.kind}
                          data-awaiting={cell.awaitingConfirmation || undefined}
                        >
                          {clickable ? (
                            <UnstyledButton
                              onClick={() => onCell(consultant, module, cell)}
                              aria-label={label}
                              title={label}
                              p={4}
                              style={{ borderRadius: 6 }}
                              data-testid="matrix-cell-button"
                            >
                              {cellContent(cell)}
                            </UnstyledButton>
                          ) : (
                            cellContent(cell)
                          )}
                        </Table.Td>
                      );
                    })}
                    <Table.Td>
                      <Stack gap={6}>
                        <CertificationList certifications={consultant.certifications} />
                        {mode === 'confirm' ? (
                          <Button
                            size="compact-xs"
                            variant="light"
                            leftSection={<IconCertificate size={14} aria-hidden />}
                            onClick={() => setDialog({ kind: 'certify', consultant })}
                            data-testid="matrix-certify"
                            style={{ alignSelf: 'flex-start' }}
                          >
                            {t('training.certify.button')}
                          </Button>
                        ) : null}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {matrix && matrix.totalConsultants > PAGE_SIZE ? (
        <ListFooter page={page} pageSize={PAGE_SIZE} total={matrix.totalConsultants} onPage={setPage} />
      ) : null}
      {dialog?.kind === 'record' ? (
        <RecordTrainingModal
          consultant={dialog.consultant}
          module={dialog.module}
          record={dialog.record}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'confirm' && dialog.record ? (
        <ConfirmResultModal
          consultantName={dialog.consultant.displayName}
          module={dialog.module}
          record={dialog.record}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'certify' ? (
        <CertifyModal
          consultant={dialog.consultant}
          productArea={productArea ?? (groups.length === 1 ? groups[0].area : undefined)}
          onClose={close}
        />
      ) : null}
    </Stack>
  );
}
