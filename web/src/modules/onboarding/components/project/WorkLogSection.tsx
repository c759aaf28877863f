import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconClockPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProjectPageDetailFragment } from '../../../../gql/graphql';
import { EmptyRows } from '../../../common/components/EmptyRows';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { localDay } from '../../project-dates';
import { hoursByKind, WORK_KINDS } from '../../project-work';
import { Section } from './Section';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

interface Props {
  workLogs: ProjectPageDetailFragment['workLogs'];
  /** Given when the user may log work. */
  onAdd?: () => void;
}

/** The sessions held (newest first) and the hours per kind of work. */
export function WorkLogSection({ workLogs, onAdd }: Props) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useFormatters();
  const { byKind, total } = hoursByKind(workLogs);

  return (
    <Section
      title={t('onboarding.worklog.sectionTitle')}
      testId="project-worklog"
      actions={
        onAdd ? (
          <Button
            size="xs"
            leftSection={<IconClockPlus size={14} aria-hidden />}
            onClick={onAdd}
            data-testid="worklog-add"
          >
            {t('onboarding.worklog.add')}
          </Button>
        ) : null
      }
    >
      <Group gap="xs" mb="sm" wrap="wrap" data-testid="worklog-totals">
        {WORK_KINDS.map((kind) => (
          <Badge
            key={kind}
            variant="light"
            color="gray"
            style={{ textTransform: 'none' }}
            data-testid="worklog-total"
            data-kind={kind}
            data-hours={byKind[kind]}
          >
            {t('onboarding.worklog.kindHours', {
              kind: t(`onboarding.workKind.${kind}`),
              hours: formatNumber(byKind[kind]),
            })}
          </Badge>
        ))}
        <Badge
          variant="filled"
          color="dark"
          style={{ textTransform: 'none' }}
          data-testid="worklog-total"
          data-kind="ALL"
          data-hours={total}
        >
          {t('onboarding.worklog.totalHours', { hours: formatNumber(total) })}
        </Badge>
      </Group>
      <Table.ScrollContainer minWidth={620}>
        <Table striped aria-label={t('onboarding.worklog.sectionTitle')} data-testid="worklog-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('onboarding.worklog.date')}</Table.Th>
              <Table.Th>{t('onboarding.worklog.kind')}</Table.Th>
              <Table.Th ta="right">{t('onboarding.worklog.hours')}</Table.Th>
              <Table.Th>{t('onboarding.worklog.notes')}</Table.Th>
              <Table.Th>{t('onboarding.worklog.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workLogs.length === 0 ? (
              <EmptyRows colSpan={5} message={t('onboarding.worklog.empty')} />
            ) : (
              workLogs.map((log) => (
                <Table.Tr key={log.id} data-testid="worklog-row" data-kind={log.kind} data-hours={log.hours}>
                  <Table.Td style={NOWRAP}>{formatDate(localDay(log.date))}</Table.Td>
                  <Table.Td>{t(`onboarding.workKind.${log.kind}`)}</Table.Td>
                  <Table.Td ta="right" style={NOWRAP}>
                    {formatNumber(log.hours)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {log.notes ?? t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {log.loggedByEmail ?? t('common.none')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
