import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FitComponentName } from '../../../gql/graphql';
import { formatPoints, orderComponents, percentOf } from '../recommendations';

interface Component {
  component: FitComponentName;
  value: number;
  weight: number;
  points: number;
}

/** How a fit score adds up: each component's degree of fit, its weight and the points it earns. */
export function ScoreExplanation({ components, score }: { components: readonly Component[]; score: number }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="recommendation-components">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('customers.recommendations.component')}</Table.Th>
          <Table.Th ta="right">{t('customers.recommendations.value')}</Table.Th>
          <Table.Th ta="right">{t('customers.recommendations.weight')}</Table.Th>
          <Table.Th ta="right">{t('customers.recommendations.points')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {orderComponents(components).map((c) => (
          <Table.Tr key={c.component} data-testid="recommendation-component" data-component={c.component}>
            <Table.Td>
              <Text size="sm">{t(`customers.fit.${c.component}.label`, { defaultValue: c.component })}</Text>
              <Text size="xs" c="dimmed">
                {t(`customers.fit.${c.component}.hint`, { defaultValue: '' })}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{t('customers.recommendations.percent', { value: percentOf(c.value) })}</Table.Td>
            <Table.Td ta="right">{c.weight}</Table.Td>
            <Table.Td ta="right">{formatPoints(c.points)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={3}>{t('customers.recommendations.total')}</Table.Th>
          <Table.Th ta="right">{formatPoints(score)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
