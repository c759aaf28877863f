import { Alert, Button, FileInput, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { IconCircleCheck, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageImportCheckQuery as Check } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { faultMessage } from '../../common/fault-message';
import { notifySuccess } from '../../common/notify';
import { ImportUsageMutation, USAGE_QUERIES, UsageImportCheckQuery } from '../graphql/usage';

type Preview = Check['usageImportPreview'];
const FILE_INPUT_PROPS = { 'data-testid': 'usage-import-file' } as ComponentPropsWithoutRef<'input'>;
const MAX_BYTES = 1_500_000;

/** Usage CSV: pick a file, see every invalid row, then import all rows in one go. */
export function UsageImportCard() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<{ created: number; updated: number } | null>(null);
  const resetRef = useRef<() => void>(null);
  const [check, checking] = useLazyQuery(UsageImportCheckQuery, { fetchPolicy: 'no-cache' });
  const [importUsage, importing] = useMutation(ImportUsageMutation, { refetchQueries: USAGE_QUERIES });

  async function onPick(picked: File | null) {
    setFile(picked);
    setCsv(null);
    setPreview(null);
    setSummary(null);
    setError(null);
    if (!picked) return;
    resetRef.current?.();
    if (picked.size > MAX_BYTES) return setError(t('usage.import.tooLarge'));
    try {
      const text = await picked.text();
      const { data, error: checkError } = await check({ variables: { input: { csv: text } } });
      if (checkError) throw checkError;
      if (data) {
        setCsv(text);
        setPreview(data.usageImportPreview);
      }
    } catch (caught) {
      setError(faultMessage(caught, t));
    }
  }

  async function onImport() {
    if (!csv) return;
    setError(null);
    try {
      const { data } = await importUsage({ variables: { input: { csv } } });
      const result = data?.importUsage;
      if (result?.__typename === 'UsageWriteSummary') {
        setSummary({ created: result.created, updated: result.updated });
        notifySuccess(t('usage.import.done', { created: result.created, updated: result.updated }));
      } else if (result && 'message' in result) setError(result.message);
    } catch (caught) {
      setError(faultMessage(caught, t));
    }
  }

  const canImport = !!preview && preview.issues.length === 0 && preview.validRows > 0 && !summary;
  return (
    <Paper withBorder radius="md" p="md" data-testid="usage-import">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('usage.import.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('usage.import.columns')}
        </Text>
        <FileInput
          label={t('usage.import.file')}
          placeholder={t('usage.import.placeholder')}
          accept=".csv,text/csv"
          leftSection={<IconFileTypeCsv size={16} aria-hidden />}
          value={file}
          onChange={(picked) => void onPick(picked)}
          resetRef={resetRef}
          clearable
          maw={480}
          fileInputProps={FILE_INPUT_PROPS}
        />
        <FormError message={error} />
        {preview ? (
          <Stack
            gap="xs"
            data-testid="usage-import-preview"
            data-valid={preview.validRows}
            data-issues={preview.issues.length}
          >
            <Text size="sm">
              {t('usage.import.totals', {
                total: preview.totalRows,
                valid: preview.validRows,
                create: preview.toCreate,
                update: preview.toUpdate,
              })}
            </Text>
            {preview.issues.length > 0 ? (
              <Table striped data-testid="usage-import-issues">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('usage.import.row')}</Table.Th>
                    <Table.Th>{t('usage.import.column')}</Table.Th>
                    <Table.Th>{t('usage.import.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.issues.map((issue, i) => (
                    <Table.Tr key={`${issue.row}-${i}`} data-testid="usage-import-issue" data-row={issue.row}>
                      <Table.Td>{issue.row}</Table.Td>
                      <Table.Td>{issue.column ?? t('common.none')}</Table.Td>
                      <Table.Td>{issue.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
          </Stack>
        ) : null}
        {summary ? (
          <Alert color="green" icon={<IconCircleCheck size={18} />} data-testid="usage-import-done">
            {t('usage.import.done', summary)}
          </Alert>
        ) : null}
        {preview && !summary ? (
          <Group justify="flex-end">
            <Button
              leftSection={<IconUpload size={16} aria-hidden />}
              disabled={!canImport}
              loading={importing.loading || checking.loading}
              onClick={() => void onImport()}
              data-testid="usage-import-submit"
            >
              {t('usage.import.submit', { n: preview.validRows })}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
