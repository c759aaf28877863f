import { Badge, Table, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TierDefinitionFieldsFragment, TierEvidenceFieldsFragment } from '../../../gql/graphql';
import { COMPONENTS, judge, thresholdOf, tierName, valueOf } from '../tier-model';
import { useTierFormat } from './useTierFormat';

interface Props {
  evidence: TierEvidenceFieldsFragment;
  definitions: readonly TierDefinitionFieldsFragment[];
  /** The tier to emphasize (the proposed or the next one). */
  highlight?: number | null;
  testId?: string;
}

/** Each measured component against every tier's threshold: met, unmet or not required. */
export function TierEvidenceTable({ evidence, definitions, highlight, testId = 'tier-evidence' }: Props) {
  const { t, i18n } = useTranslation();
  const f = useTierFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tiers.evidence.component')}</Table.Th>
            <Table.Th>{t('tiers.evidence.value')}</Table.Th>
            {definitions.map((d) => (
              <Table.Th key={d.tier} bg={d.tier === highlight ? 'var(--mantine-color-indigo-light)' : undefined}>
                {t('tiers.tierHeading', { tier: d.tier, name: tierName(d, i18n.language) })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {COMPONENTS.map((c) => {
            const actual = valueOf(evidence, c);
            return (
              <Table.Tr key={c} data-testid={`evidence-row-${c}`}>
                <Table.Td>
                  <Text size="sm">{t(`tiers.components.${c}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {t(
                      `tiers.axes.${c === 'onTimeRate' || c === 'escalationsPerProject' || c === 'autonomousShare' ? 'autonomy' : 'value'}`,
                    )}
                  </Text>
                </Table.Td>
                <Table.Td data-testid={`evidence-value-${c}`}>{f.value(c, actual)}</Table.Td>
                {definitions.map((d) => {
                  const required = thresholdOf(d, c);
                  const verdict = judge(c, actual, required);
                  return (
                    <Table.Td key={d.tier} bg={d.tier === highlight ? 'var(--mantine-color-indigo-light)' : undefined}>
                      {verdict === 'none' ? (
                        <Text size="sm" c="dimmed">
                          {f.threshold(c, required)}
                        </Text>
                      ) : (
                        <Badge
                          variant="light"
                          color={verdict === 'met' ? 'teal' : 'red'}
                          leftSection={
                            verdict === 'met' ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />
                          }
                          style={{ textTransform: 'none' }}
                          aria-label={t(`tiers.verdict.${verdict}`)}
                        >
                          {f.threshold(c, required)}
                        </Badge>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
          <Table.Tr>
            <Table.Td>{t('tiers.evidence.rewardRate')}</Table.Td>
            <Table.Td />
            {definitions.map((d) => (
              <Table.Td key={d.tier}>{f.rate(d.rewardRate)}</Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        {t('tiers.evidence.counts', {
          started: evidence.projectsStarted,
          finished: evidence.projectsFinished,
          phases: evidence.phasesDecided,
        })}
      </Text>
    </Table.ScrollContainer>
  );
}
