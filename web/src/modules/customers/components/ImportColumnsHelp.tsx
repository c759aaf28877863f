import { CUSTOMER_IMPORT_COLUMNS } from '@baton/shared';
import { Accordion, Button, Code, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../common/csv';
import { vocabOptions, type Vocabulary } from '../../partners/vocabulary';
import { IMPORT_MAX_BYTES, formatFileSize, templateCsv } from '../import-file';
import { segmentOptions } from '../vocabulary';

const CODE_LISTS: { column: string; vocabulary: Vocabulary | 'segment' }[] = [
  { column: 'industry', vocabulary: 'industry' },
  { column: 'employee_band', vocabulary: 'sizeBand' },
  { column: 'products', vocabulary: 'productModule' },
  { column: 'segment', vocabulary: 'segment' },
];

/** What the import file must look like: the columns, their formats, the codes and a template. */
export function ImportColumnsHelp() {
  const { t } = useTranslation();
  const prefectures = vocabOptions(t, 'region');
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={4}>{t('customers.import.columnsTitle')}</Title>
          <Button
            variant="light"
            leftSection={<IconFileDownload size={16} aria-hidden />}
            onClick={() => downloadText('customers-template.csv', templateCsv())}
            data-testid="import-template"
          >
            {t('customers.import.template')}
          </Button>
        </Group>
        <Text size="sm">{t('customers.import.intro', { max: formatFileSize(IMPORT_MAX_BYTES) })}</Text>
        <Table withTableBorder verticalSpacing={6} data-testid="import-columns">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customers.import.column')}</Table.Th>
              <Table.Th>{t('customers.import.content')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {CUSTOMER_IMPORT_COLUMNS.map((column) => (
              <Table.Tr key={column}>
                <Table.Td>
                  <Code>{column}</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`customers.import.columns.${column}`)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Accordion variant="separated" chevronPosition="left">
          {CODE_LISTS.map(({ column, vocabulary }) => (
            <Accordion.Item key={column} value={column}>
              <Accordion.Control>{t('customers.import.codesOf', { column })}</Accordion.Control>
              <Accordion.Panel>
                <List size="sm" spacing={2}>
                  {(vocabulary === 'segment' ? segmentOptions(t) : vocabOptions(t, vocabulary)).map((option) => (
                    <List.Item key={option.value}>
                      <Code>{option.value}</Code> {option.label}
                    </List.Item>
                  ))}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
          <Accordion.Item value="prefecture">
            <Accordion.Control>{t('customers.import.codesOf', { column: 'prefecture' })}</Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" mb="xs">
                {t('customers.import.prefectureNote')}
              </Text>
              <Group gap="xs" wrap="wrap">
                {prefectures.map((option) => (
                  <Text key={option.value} size="xs" span>
                    <Code>{option.value}</Code> {option.label}
                  </Text>
                ))}
              </Group>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Paper>
  );
}
