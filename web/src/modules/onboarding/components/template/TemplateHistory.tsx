import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TemplateVersionFieldsFragment } from '../../../../gql/graphql';
import { EmptyRows } from '../../../common/components/EmptyRows';
import { useFormatters } from '../../../common/hooks/useFormatters';

interface Props {
  versions: readonly TemplateVersionFieldsFragment[];
  /** Vendor admins may start a new version from an older one. */
  onStartFrom?: (version: TemplateVersionFieldsFragment) => void;
}

/** Every version, newest first: who wrote it when, and its phases. */
export function TemplateHistory({ versions, onStartFrom }: Props) {
  const { t, i18n } = useTranslation();
  const { formatDateTime } = useFormatters();
  const phaseName = (p: { nameEn: string; nameJa: string }) => (i18n.language === 'ja' ? p.nameJa : p.nameEn);
  const columns = onStartFrom ? 6 : 5;
  return (
    <Paper withBorder p="md" radius="md" data-testid="template-history">
      <Title order={4} mb="xs">
        {t('projectBoard.template.history.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('projectBoard.template.history.intro')}
      </Text>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t('projectBoard.template.history.version')}</Table.Th>
              <Table.Th>{t('projectBoard.template.history.name')}</Table.Th>
              <Table.Th>{t('projectBoard.template.history.createdBy')}</Table.Th>
              <Table.Th>{t('projectBoard.template.history.createdAt')}</Table.Th>
              <Table.Th>{t('projectBoard.template.history.phases')}</Table.Th>
              {onStartFrom ? <Table.Th /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.length === 0 ? (
              <EmptyRows colSpan={columns} message={t('projectBoard.template.history.empty')} />
            ) : null}
            {versions.map((v) => {
              const phases = [...v.phases].sort((a, b) => a.position - b.position);
              return (
                <Table.Tr key={v.id} data-testid="template-version" data-version={v.version} data-current={v.current}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text fw={600}>{t('projectBoard.template.history.versionN', { version: v.version })}</Text>
                      {v.current ? (
                        <Badge
                          size="xs"
                          color="green"
                          variant="light"
                          style={{ textTransform: 'none', flexShrink: 0, overflow: 'visible', maxWidth: 'none' }}
                        >
                          {t('projectBoard.template.history.current')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{v.name}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{v.createdByEmail ?? t('projectBoard.template.history.system')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(v.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {t('projectBoard.template.history.summary', {
                        count: phases.length,
                        last: phases.at(-1)?.dueDay ?? 0,
                      })}
                    </Text>
                    <Text
                      size="xs"
                      c="dimmed"
                      data-testid="template-version-phases"
                      data-survey-phases={phases
                        .filter((p) => p.surveyOnCompletion)
                        .map((p) => p.position)
                        .join(',')}
                    >
                      {phases
                        .map((p) =>
                          t(
                            p.surveyOnCompletion
                              ? 'projectBoard.template.history.phaseWithSurvey'
                              : 'projectBoard.template.history.phase',
                            { name: phaseName(p), day: p.dueDay },
                          ),
                        )
                        .join(t('projectBoard.template.history.separator'))}
                    </Text>
                  </Table.Td>
                  {onStartFrom ? (
                    <Table.Td>
                      {v.current ? null : (
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconCopy size={14} aria-hidden />}
                          onClick={() => onStartFrom(v)}
                          data-testid="template-version-start-from"
                        >
                          {t('projectBoard.template.history.startFrom')}
                        </Button>
                      )}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
