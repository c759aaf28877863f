import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerImportCheckQuery } from '../../../gql/graphql';
import { downloadText } from '../../common/csv';
import { useFormatters } from '../../common/hooks/useFormatters';
import { vocabLabel } from '../../partners/vocabulary';
import { issuesCsv } from '../import-file';
import { segmentLabel } from '../vocabulary';
import { ProductBadges } from './ProductBadges';

type Preview = CustomerImportCheckQuery['customerImportPreview'];

/** Issues shown per page: a file with thousands of bad rows stays responsive. */
const ISSUES_PER_PAGE = 100;

/** The result of checking a file: totals, every issue, and a sample of the valid rows. */
export function ImportPreviewView({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const invalidRows = new Set(preview.issues.map((issue) => issue.row)).size;
  const totals = [
    { key: 'total', label: t('customers.import.totals.rows'), value: preview.totalRows },
    { key: 'valid', label: t('customers.import.totals.valid'), value: preview.validRows },
    { key: 'create', label: t('customers.import.totals.toCreate'), value: preview.toCreate },
    { key: 'update', label: t('customers.import.totals.toUpdate'), value: preview.toUpdate },
  ];
  return (
    <Stack
      gap="md"
      data-testid="import-preview"
      data-total={preview.totalRows}
      data-valid={preview.validRows}
      data-to-create={preview.toCreate}
      data-to-update={preview.toUpdate}
      data-issues={preview.issues.length}
    >
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {totals.map((total) => (
          <Paper key={total.key} withBorder radius="md" p="sm" data-testid={`import-total-${total.key}`}>
            <Text size="xs" c="dimmed">
              {total.label}
            </Text>
            <Text fw={700} size="xl">
              {formatNumber(total.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {preview.issues.length > 0 ? (
        <IssuesTable issues={preview.issues} invalidRows={invalidRows} />
      ) : preview.validRows > 0 ? (
        <Alert color="green" icon={<IconCircleCheck size={18} />} data-testid="import-ready">
          {t('customers.import.ready', { n: preview.validRows })}
        </Alert>
      ) : (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} data-testid="import-no-rows">
          {t('customers.import.noRows')}
        </Alert>
      )}
      {preview.sample.length > 0 ? <SampleTable rows={preview.sample} validRows={preview.validRows} /> : null}
    </Stack>
  );
}

function IssuesTable({ issues, invalidRows }: { issues: Preview['issues']; invalidRows: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.ceil(issues.length / ISSUES_PER_PAGE);
  const shown = issues.slice((page - 1) * ISSUES_PER_PAGE, page * ISSUES_PER_PAGE);
  const header = [
    t('customers.import.issue.row'),
    t('customers.import.issue.column'),
    t('customers.import.issue.reason'),
  ];
  return (
    <Stack gap="xs">
      <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="import-invalid">
        {t('customers.import.invalid', { rows: invalidRows, issues: issues.length })}
      </Alert>
      <Group justify="space-between" wrap="wrap">
        <Title order={5}>{t('customers.import.issuesTitle')}</Title>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() => downloadText('customer-import-issues.csv', issuesCsv(header, issues))}
          data-testid="import-issues-csv"
        >
          {t('customers.import.issuesCsv')}
        </Button>
      </Group>
      <Paper withBorder radius="md">
        <Table striped aria-label={t('customers.import.issuesTitle')} data-testid="import-issues">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{header[0]}</Table.Th>
              <Table.Th w={160}>{header[1]}</Table.Th>
              <Table.Th>{header[2]}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((issue, index) => (
              <Table.Tr
                key={`${issue.row}-${issue.column ?? ''}-${index}`}
                data-testid="import-issue"
                data-row={issue.row}
                data-column={issue.column ?? ''}
              >
                <Table.Td>{issue.row}</Table.Td>
                <Table.Td>
                  {issue.column ? (
                    <Code>{issue.column}</Code>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {t('customers.import.issue.wholeFile')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{issue.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {pages > 1 ? (
        <Group justify="flex-end">
          <Pagination total={pages} value={page} onChange={setPage} size="sm" />
        </Group>
      ) : null}
    </Stack>
  );
}

function SampleTable({ rows, validRows }: { rows: Preview['sample']; validRows: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Title order={5}>{t('customers.import.sampleTitle')}</Title>
        <Badge variant="light" color="gray">
          {t('customers.import.sampleCount', { shown: rows.length, total: validRows })}
        </Badge>
      </Group>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label={t('customers.import.sampleTitle')} data-testid="import-sample">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('customers.import.issue.row')}</Table.Th>
                <Table.Th>{t('customers.columns.externalId')}</Table.Th>
                <Table.Th>{t('customers.columns.company')}</Table.Th>
                <Table.Th>{t('customers.columns.industry')}</Table.Th>
                <Table.Th>{t('customers.columns.employees')}</Table.Th>
                <Table.Th>{t('customers.columns.prefecture')}</Table.Th>
                <Table.Th>{t('customers.columns.products')}</Table.Th>
                <Table.Th>{t('customers.columns.contractDate')}</Table.Th>
                <Table.Th>{t('customers.columns.segment')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.row} data-testid="import-sample-row" data-row={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>{row.externalId}</Table.Td>
                  <Table.Td>{row.companyName}</Table.Td>
                  <Table.Td>{vocabLabel(t, 'industry', row.industry)}</Table.Td>
                  <Table.Td>{vocabLabel(t, 'sizeBand', row.employeeBand)}</Table.Td>
                  <Table.Td>{vocabLabel(t, 'region', row.prefecture)}</Table.Td>
                  <Table.Td>
                    <ProductBadges products={row.products} />
                  </Table.Td>
                  <Table.Td>{row.contractDate}</Table.Td>
                  <Table.Td>{segmentLabel(t, row.segment)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
