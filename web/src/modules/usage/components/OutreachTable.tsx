import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutreachFlag } from '../../../gql/graphql';
import { EmptyRows } from '../../common/components/EmptyRows';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { SortableTh } from '../../common/components/SortableTh';
import { downloadText } from '../../common/csv';
import { ActivationOutreachQuery } from '../graphql/usage';
import { filterOutreach, outreachCsv, sortOutreach, type OutreachSort, type OutreachSortKey } from '../outreach-list';

const COLUMNS: OutreachSortKey[] = ['customerName', 'partnerName', 'startDate', 'day', 'latestUtilization'];

/** Customers below the activation threshold on day 30 / 60 of their project: who to call. */
export function OutreachTable() {
  const { t } = useTranslation();
  const [flag, setFlag] = useState<'ALL' | OutreachFlag>('ALL');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<OutreachSort>({ key: 'day', direction: 'DESC' });
  const { data, error } = useQuery(ActivationOutreachQuery, {
    variables: { flag: flag === 'ALL' ? null : flag },
    fetchPolicy: 'cache-and-network',
  });
  const rows = sortOutreach(filterOutreach(data?.activationOutreach ?? [], search), sort);
  const toggle = (key: OutreachSortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ASC' ? 'DESC' : 'ASC' }));
  const header = [...COLUMNS.slice(0, 4), 'flag', 'latestUtilization', 'latestOn'].map((c) =>
    t(`usage.outreach.col.${c}`),
  );
  return (
    <Paper withBorder radius="md" p="md" data-testid="outreach">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {t('usage.outreach.title')}
          </Title>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={rows.length === 0}
            onClick={() => downloadText('activation-outreach.csv', outreachCsv(rows, header))}
            data-testid="outreach-csv"
          >
            {t('usage.outreach.csv')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('usage.outreach.intro')}
        </Text>
        <Group>
          <SegmentedControl
            value={flag}
            onChange={(v) => setFlag(v as 'ALL' | OutreachFlag)}
            data={[
              { value: 'ALL', label: t('usage.outreach.all') },
              { value: 'DAY_30', label: t('usage.flag.DAY_30') },
              { value: 'DAY_60', label: t('usage.flag.DAY_60') },
            ]}
            data-testid="outreach-flag"
          />
          <TextInput
            aria-label={t('usage.outreach.search')}
            placeholder={t('usage.outreach.search')}
            leftSection={<IconSearch size={14} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            data-testid="outreach-search"
          />
        </Group>
        {error ? <ErrorAlert error={error} /> : null}
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {COLUMNS.map((c) => (
                  <SortableTh key={c} direction={sort.key === c ? sort.direction : null} onSort={() => toggle(c)}>
                    {t(`usage.outreach.col.${c}`)}
                  </SortableTh>
                ))}
                <Table.Th>{t('usage.outreach.col.flag')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 ? <EmptyRows colSpan={6} message={t('usage.outreach.empty')} /> : null}
              {rows.map((r) => (
                <Table.Tr
                  key={r.projectId}
                  data-testid="outreach-row"
                  data-project={r.projectId}
                  data-company={r.customerName}
                >
                  <Table.Td>
                    <Anchor component={Link} to={`/vendor/projects/${r.projectId}`} size="sm">
                      {r.customerName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.partnerName}</Table.Td>
                  <Table.Td>{r.startDate}</Table.Td>
                  <Table.Td>{r.day}</Table.Td>
                  <Table.Td>
                    {r.latestUtilization === null
                      ? t('usage.markers.none')
                      : t('usage.markers.percent', { value: r.latestUtilization })}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={r.flag === 'DAY_60' ? 'red' : 'orange'} variant="light">
                      {t(`usage.flag.${r.flag}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
