import { Alert, Anchor, Button, FileInput, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { IconArrowLeft, IconCircleCheck, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerImportCheckQuery } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { faultMessage } from '../../common/fault-message';
import { notifySuccess } from '../../common/notify';
import { CUSTOMER_QUERIES, CustomerImportCheckQuery as CheckQuery, CustomerImportMutation } from '../graphql/customers';
import { checkImportFile, formatFileSize, IMPORT_MAX_BYTES, readFileAsText } from '../import-file';
import { ImportColumnsHelp } from './ImportColumnsHelp';
import { ImportPreviewView } from './ImportPreviewView';

type Preview = CustomerImportCheckQuery['customerImportPreview'];

/** The hidden file input Mantine's FileInput renders: the one a browser test sets files on. */
const FILE_INPUT_PROPS = { 'data-testid': 'import-file' } as ComponentPropsWithoutRef<'input'>;

/** Imports customers from a CSV: pick a file, see every problem, then import all rows at once. */
export default function CustomerImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<{ created: number; updated: number } | null>(null);
  const resetRef = useRef<() => void>(null);
  const [check, checking] = useLazyQuery(CheckQuery, { fetchPolicy: 'no-cache' });
  const [importCustomers, importing] = useMutation(CustomerImportMutation, { refetchQueries: CUSTOMER_QUERIES });
  const busy = reading || checking.loading || importing.loading;

  async function onPick(picked: File | null) {
    setFile(picked);
    setCsv(null);
    setPreview(null);
    setSummary(null);
    setError(null);
    if (!picked) return;
    // The same file, corrected on disk, may be picked again: the native input must not keep it.
    resetRef.current?.();
    const problem = checkImportFile(picked);
    if (problem) {
      setError(
        t(`customers.import.fileErrors.${problem}`, {
          size: formatFileSize(picked.size),
          max: formatFileSize(IMPORT_MAX_BYTES),
        }),
      );
      return;
    }
    setReading(true);
    try {
      const text = await readFileAsText(picked);
      setReading(false);
      const { data, error: checkError } = await check({ variables: { input: { csv: text } } });
      if (checkError) throw checkError;
      if (data) {
        setCsv(text);
        setPreview(data.customerImportPreview);
      }
    } catch (caught) {
      setError(caught instanceof DOMException ? t('customers.import.fileErrors.unreadable') : faultMessage(caught, t));
    } finally {
      setReading(false);
    }
  }

  async function onImport() {
    if (!csv) return;
    setError(null);
    try {
      const { data } = await importCustomers({ variables: { input: { csv } } });
      const result = data?.importCustomers;
      if (!result) return;
      if (result.__typename === 'CustomerImportSummary') {
        setSummary({ created: result.created, updated: result.updated });
        notifySuccess(t('customers.import.notify.imported', { created: result.created, updated: result.updated }));
      } else {
        setError(result.message);
      }
    } catch (caught) {
      setError(faultMessage(caught, t));
    }
  }

  const canImport = !!preview && !!csv && preview.issues.length === 0 && preview.validRows > 0 && !summary;

  return (
    <Stack gap="md" data-testid="customer-import-page">
      <Anchor component={Link} to="/vendor/customers" size="sm" data-testid="import-back">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('customers.back')}
        </Group>
      </Anchor>
      <Title order={2}>{t('customers.import.title')}</Title>
      <ImportColumnsHelp />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Title order={4}>{t('customers.import.fileTitle')}</Title>
          <FileInput
            label={t('customers.import.file')}
            description={t('customers.import.fileHint', { max: formatFileSize(IMPORT_MAX_BYTES) })}
            placeholder={t('customers.import.filePlaceholder')}
            accept=".csv,text/csv"
            leftSection={<IconFileTypeCsv size={16} aria-hidden />}
            value={file}
            onChange={(picked) => void onPick(picked)}
            resetRef={resetRef}
            disabled={importing.loading}
            clearable
            maw={480}
            fileInputProps={FILE_INPUT_PROPS}
            data-testid="import-file-button"
          />
          {reading || checking.loading ? (
            <Group gap="xs" data-testid="import-checking">
              <Loader size="sm" />
              <Text size="sm">{t('customers.import.checking')}</Text>
            </Group>
          ) : null}
          <FormError message={error} />
          {preview && !busy ? <ImportPreviewView preview={preview} /> : null}
          {summary ? (
            <Alert
              color="green"
              icon={<IconCircleCheck size={18} />}
              title={t('customers.import.doneTitle')}
              data-testid="import-done"
              data-created={summary.created}
              data-updated={summary.updated}
            >
              <Stack gap="xs">
                <Text size="sm">
                  {t('customers.import.done', { created: summary.created, updated: summary.updated })}
                </Text>
                <Anchor component={Link} to="/vendor/customers" size="sm" data-testid="import-to-queue">
                  {t('customers.import.toQueue')}
                </Anchor>
              </Stack>
            </Alert>
          ) : null}
          {preview && !summary ? (
            <Group justify="flex-end">
              {preview.issues.length > 0 ? (
                <Text size="sm" c="dimmed">
                  {t('customers.import.fixFirst')}
                </Text>
              ) : null}
              <Button
                leftSection={<IconUpload size={16} aria-hidden />}
                disabled={!canImport || busy}
                loading={importing.loading}
                onClick={() => void onImport()}
                data-testid="import-submit"
              >
                {t('customers.import.submit', { n: preview.validRows })}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
