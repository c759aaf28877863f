import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TierAdminTierFieldsFragment } from '../../../gql/graphql';
import { rewardRateValue, thresholdText, tierName } from './tier-display';
import { THRESHOLDS } from './tier-form';

interface Props {
  tiers: readonly TierAdminTierFieldsFragment[];
  /** Below the table: which version this is. */
  caption: string;
  testId: string;
  /** Each row gets `data-testid="<rowTestId>-<tier>"`. */
  rowTestId: string;
}

/** Five tiers side by side: name, every threshold ("—" when not required), reward rate. */
export function TierDefinitionsTable({ tiers, caption, testId, rowTestId }: Props) {
  const { t, i18n } = useTranslation();
  const rows = [...tiers].sort((a, b) => a.tier - b.tier);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped captionSide="bottom" data-testid={testId}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tierAdmin.col.tier')}</Table.Th>
            <Table.Th>{t('tierAdmin.col.name')}</Table.Th>
            {THRESHOLDS.map(({ field }) => (
              <Table.Th key={field}>{t(`tierAdmin.field.${field}`)}</Table.Th>
            ))}
            <Table.Th>{t('tierAdmin.field.rewardRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.tier} data-testid={`${rowTestId}-${d.tier}`}>
              <Table.Td>{t('tierAdmin.tierNumber', { tier: d.tier })}</Table.Td>
              <Table.Td>{tierName(d, i18n.language)}</Table.Td>
              {THRESHOLDS.map(({ field }) => {
                const text = thresholdText(field, d[field]);
                return (
                  <Table.Td key={field} data-field={field}>
                    {text ? t(text.key, text.values) : t('common.none')}
                  </Table.Td>
                );
              })}
              <Table.Td data-field="rewardRate">
                {t('tierAdmin.format.rate', { value: rewardRateValue(d.rewardRate) })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
