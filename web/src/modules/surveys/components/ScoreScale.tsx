import { Group, Radio, SimpleGrid, Stack, Text, type SimpleGridProps } from '@mantine/core';

interface Props {
  /** Also the group's `name` and the prefix of each choice's test id (`<name>-<score>`). */
  name: string;
  label: string;
  description?: string;
  required?: boolean;
  scores: readonly number[];
  value: number | null;
  onChange: (score: number) => void;
  error?: string;
  /** Text under a score (e.g. "Satisfied"), if any. */
  captionOf?: (score: number) => string | undefined;
  /** Shown under the first and the last choice (what the ends of the scale mean). */
  ends?: { low: string; high: string };
  cols: SimpleGridProps['cols'];
  autoFocus?: boolean;
}

/**
 * A row of score buttons that behaves as one radio group: one Tab stop (the chosen score, else the
 * first), arrow keys move and choose, Space/Enter chooses, and the label and error belong to the group.
 */
export function ScoreScale({
  name,
  label,
  description,
  required,
  scores,
  value,
  onChange,
  error,
  captionOf,
  ends,
  cols,
  autoFocus,
}: Props) {
  const tabbable = value !== null && scores.includes(value) ? value : scores[0];
  return (
    <Radio.Group
      name={name}
      label={label}
      description={description}
      required={required}
      value={value === null ? '' : String(value)}
      onChange={(next) => onChange(Number(next))}
      error={error}
      data-testid={name}
      data-field={name.replace(/^survey-/, '')}
      data-value={value ?? undefined}
    >
      <Stack gap={6} mt="xs">
        <SimpleGrid cols={cols} spacing={6}>
          {scores.map((score) => {
            const checked = score === value;
            const caption = captionOf?.(score);
            return (
              <Radio.Card
                key={score}
                value={String(score)}
                tabIndex={score === tabbable ? 0 : -1}
                autoFocus={autoFocus && score === tabbable}
                radius="md"
                p={caption ? 'xs' : 6}
                bg={checked ? 'var(--mantine-primary-color-light)' : undefined}
                style={{
                  borderColor: checked ? 'var(--mantine-primary-color-filled)' : undefined,
                  borderWidth: checked ? 2 : undefined,
                  textAlign: 'center',
                }}
                data-testid={`${name}-${score}`}
                data-checked={checked || undefined}
              >
                <Text fw={700} size="lg" c={checked ? 'var(--mantine-primary-color-filled)' : undefined}>
                  {score}
                </Text>
                {caption ? (
                  <Text size="xs" c={checked ? undefined : 'dimmed'} lh={1.2}>
                    {caption}
                  </Text>
                ) : null}
              </Radio.Card>
            );
          })}
        </SimpleGrid>
        {ends ? (
          <Group justify="space-between" gap="xs" wrap="nowrap" aria-hidden>
            <Text size="xs" c="dimmed">
              {ends.low}
            </Text>
            <Text size="xs" c="dimmed" ta="right">
              {ends.high}
            </Text>
          </Group>
        ) : null}
      </Stack>
    </Radio.Group>
  );
}
