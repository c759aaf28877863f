import { Box, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timelineMarkers, type PhaseDraft } from '../../template-form';

const COLORS = [
  'blue',
  'teal',
  'grape',
  'orange',
  'cyan',
  'pink',
  'lime',
  'indigo',
  'yellow',
  'violet',
  'green',
  'red',
];
/** Labels near either end of the bar stay inside it. */
const anchor = (percent: number) => (percent > 90 ? '-100%' : percent < 10 ? '0%' : '-50%');
const color = (i: number) => `var(--mantine-color-${COLORS[i % COLORS.length]}-5)`;

/** The deadlines on a bar from day 0 (the project's start) to the last due day. */
export function TemplateTimeline({ phases, language }: { phases: readonly PhaseDraft[]; language: string }) {
  const { t } = useTranslation();
  const { markers, lastDay } = timelineMarkers(phases);
  const nameOf = (position: number) => {
    const phase = phases[position - 1];
    const name = language === 'ja' ? phase?.nameJa : phase?.nameEn;
    return name?.trim() || t('projectBoard.template.phaseN', { position });
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid="template-preview" data-last-day={lastDay}>
      <Title order={4}>{t('projectBoard.template.preview.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('projectBoard.template.preview.intro')}
      </Text>
      {markers.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="template-preview-empty">
          {t('projectBoard.template.preview.empty')}
        </Text>
      ) : (
        <>
          <Box
            pos="relative"
            h={64}
            mx="md"
            role="img"
            aria-label={t('projectBoard.template.preview.aria', { days: lastDay })}
          >
            <Box
              pos="absolute"
              top={26}
              left={0}
              right={0}
              h={12}
              bg="var(--mantine-color-default-border)"
              style={{ borderRadius: 6 }}
            />
            {markers.map((m, i) => (
              <Tooltip
                key={m.key}
                withinPortal
                label={t('projectBoard.template.preview.segment', {
                  position: m.position,
                  name: nameOf(m.position),
                  day: m.dueDay,
                  span: m.span,
                })}
              >
                <Box
                  pos="absolute"
                  top={26}
                  h={12}
                  left={`${m.fromPercent}%`}
                  w={`${m.percent - m.fromPercent}%`}
                  bg={color(i)}
                  style={{ borderRadius: 6, borderRight: '2px solid var(--mantine-color-body)' }}
                />
              </Tooltip>
            ))}
            {markers.map((m, i) => (
              <Box
                key={`${m.key}-label`}
                pos="absolute"
                left={`${m.percent}%`}
                top={i % 2 === 0 ? 0 : 42}
                style={{ transform: `translateX(${anchor(m.percent)})`, whiteSpace: 'nowrap' }}
                data-testid="template-preview-marker"
                data-position={m.position}
                data-day={m.dueDay}
              >
                <Text size="xs" fw={600} c={color(i)}>
                  {t('projectBoard.template.preview.marker', { position: m.position, day: m.dueDay })}
                </Text>
              </Box>
            ))}
            <Text size="xs" c="dimmed" pos="absolute" left={0} top={42}>
              {t('projectBoard.template.preview.start')}
            </Text>
          </Box>
          <Stack gap={2} mt="md">
            {markers.map((m, i) => (
              <Group key={`${m.key}-legend`} gap="xs" wrap="nowrap">
                <Box w={10} h={10} bg={color(i)} style={{ borderRadius: 2, flexShrink: 0 }} />
                <Text size="sm">
                  {t('projectBoard.template.preview.segment', {
                    position: m.position,
                    name: nameOf(m.position),
                    day: m.dueDay,
                    span: m.span,
                  })}
                </Text>
              </Group>
            ))}
          </Stack>
        </>
      )}
    </Paper>
  );
}
