import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The statement month, a native month picker ("YYYY-MM"). */
export function StatementMonthInput({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="month"
      label={t('statements.month')}
      value={month}
      onChange={(e) => onChange(e.currentTarget.value)}
      w={200}
      data-testid="statements-month"
    />
  );
}
