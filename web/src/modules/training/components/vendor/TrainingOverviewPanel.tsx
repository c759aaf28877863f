import { Alert, Anchor, Card, Group, Progress, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { vocabLabel } from '../../../partners/vocabulary';
import { TrainingOverviewQuery } from '../../graphql/training';
import { groupByArea, PRODUCT_AREAS } from '../../vocabulary';
import { ModuleKindBadge } from '../TrainingBadges';

function Bar({
  label,
  rate,
  detail,
  testId,
}: {
  label: React.ReactNode;
  rate: number;
  detail: string;
  testId: string;
}) {
  const percent = Math.round(rate * 100);
  return (
    <div data-testid={testId}>
      <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
        <div style={{ minWidth: 0 }}>{label}</div>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {detail}
        </Text>
      </Group>
      <Progress value={percent} color={percent >= 80 ? 'green' : percent >= 40 ? 'yellow' : 'red'} size="lg" />
    </div>
  );
}

/** Program-wide completion: per module and per firm, with Progress bars. */
export function TrainingOverviewPanel({ partnerLinks }: { partnerLinks: boolean }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const [productArea, setProductArea] = useState<string | null>(null);
  const { data, previousData, loading, error } = useQuery(TrainingOverviewQuery, {
    variables: { productArea },
    // A dashboard: always checked against the server (records change elsewhere).
    fetchPolicy: 'cache-and-network',
  });
  const overview = (data ?? previousData)?.trainingOverview;
  const percent = (rate: number) => `${formatNumber(Math.round(rate * 100))}%`;

  return (
    <Stack gap="md" data-testid="training-overview">
      <Group justify="space-between" wrap="wrap">
        <Select
          placeholder={t('training.matrix.allAreas')}
          aria-label={t('training.matrix.productArea')}
          clearable
          data={PRODUCT_AREAS.map((a) => ({ value: a, label: vocabLabel(t, 'productModule', a) }))}
          value={productArea}
          onChange={setProductArea}
          data-testid="overview-area-filter"
        />
        {overview ? (
          <Text size="sm" c="dimmed" data-testid="overview-summary">
            {t('training.overview.summary', {
              consultants: formatNumber(overview.activeConsultants),
              modules: formatNumber(overview.requiredModules),
            })}
          </Text>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {loading && !overview ? <Skeleton height={200} aria-label={t('list.loading')} /> : null}
      {overview ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Card withBorder radius="md" padding="lg">
            <Title order={4} mb="sm">
              {t('training.overview.byModule')}
            </Title>
            {overview.byModule.length === 0 ? (
              <Alert color="gray" icon={<IconInfoCircle size={18} />}>
                {t('training.matrix.noModules')}
              </Alert>
            ) : (
              <Stack gap="md">
                {groupByArea(overview.byModule.map((row) => ({ ...row, productArea: row.module.productArea }))).map(
                  (group) => (
                    <Stack key={group.area} gap="xs">
                      <Text fw={600} size="sm">
                        {vocabLabel(t, 'productModule', group.area)}
                      </Text>
                      {group.items.map((row) => (
                        <Bar
                          key={row.module.id}
                          testId="overview-module"
                          rate={row.rate}
                          label={
                            <Group gap={6} wrap="nowrap">
                              <Text size="sm" truncate>
                                {row.module.title}
                              </Text>
                              <ModuleKindBadge kind={row.module.kind} />
                            </Group>
                          }
                          detail={t('training.overview.passedOf', {
                            passed: formatNumber(row.passedConsultants),
                            total: formatNumber(row.activeConsultants),
                            percent: percent(row.rate),
                          })}
                        />
                      ))}
                    </Stack>
                  ),
                )}
              </Stack>
            )}
          </Card>
          <Card withBorder radius="md" padding="lg">
            <Title order={4} mb="sm">
              {t('training.overview.byPartner')}
            </Title>
            {overview.byPartner.length === 0 ? (
              <Alert color="gray" icon={<IconInfoCircle size={18} />}>
                {t('training.overview.noConsultants')}
              </Alert>
            ) : (
              <Stack gap="md">
                {overview.byPartner.map((row) => (
                  <Bar
                    key={row.partnerId}
                    testId="overview-partner"
                    rate={row.rate}
                    label={
                      partnerLinks && row.partner ? (
                        <Anchor component={Link} to={`/vendor/partners/${row.partnerId}`} size="sm">
                          {row.partner.name}
                        </Anchor>
                      ) : (
                        <Text size="sm">{row.partner?.name ?? t('common.none')}</Text>
                      )
                    }
                    detail={t('training.overview.fullyTrained', {
                      trained: formatNumber(row.fullyTrainedConsultants),
                      total: formatNumber(row.activeConsultants),
                      percent: percent(row.rate),
                    })}
                  />
                ))}
              </Stack>
            )}
          </Card>
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
