import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Pretty-prints a JSON snapshot; shows the raw text if it is not JSON. */
function pretty(value: string): string {
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

export function JsonPanel({ title, value }: { title: string; value: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {value ? (
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {pretty(value)}
        </Code>
      ) : (
        <Text size="sm" c="dimmed">
          {t('audit.noSnapshot')}
        </Text>
      )}
    </Stack>
  );
}
