import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../common/csv';
import { statementLinesCsv, type CsvStatement } from '../statement-csv';

/** Downloads every line of the statements shown, one CSV row each. */
export function StatementsCsvButton({
  statements,
  fileName,
}: {
  statements: readonly CsvStatement[];
  fileName: string;
}) {
  const { t } = useTranslation();
  const hasLines = statements.some((s) => s.lines.length > 0);
  const exportCsv = () => {
    const header = ['firm', 'customer', 'completedOn', 'tier', 'rewardRate', 'amount'].map((key) =>
      t(`statements.csvHeader.${key}`),
    );
    downloadText(fileName, statementLinesCsv(statements, header));
  };
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      onClick={exportCsv}
      disabled={!hasLines}
      data-testid="statements-csv"
    >
      {t('statements.csv')}
    </Button>
  );
}
