import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerRowFragment } from '../../../gql/graphql';
import type { useFormatters } from '../../common/hooks/useFormatters';
import { vocabLabel } from '../vocabulary';
import { PartnerStatusBadge } from './PartnerStatusBadge';
import { PartnerTierBadge } from './PartnerTierBadge';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
/** Regions listed in a row before "+N". */
const SHOWN_REGIONS = 3;

interface Props {
  partner: PartnerRowFragment;
  /** Position in the whole list (0-based): the virtual list measures the row by it. */
  index: number;
  measure: (row: HTMLTableRowElement | null) => void;
  /** The firm's page. */
  href: string;
  /** The table's formatters, made once for all rows. */
  formatters: ReturnType<typeof useFormatters>;
}

/** One firm of the directory; rows that scroll by without changing are not rendered again. */
export const PartnerRow = memo(function PartnerRow({ partner, index, measure, href, formatters }: Props) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = formatters;
  return (
    // Row 1 is the header: screen readers announce "row n of total" for the whole list.
    <Table.Tr ref={measure} data-index={index} aria-rowindex={index + 2} data-testid="partner-row">
      <Table.Td>
        <Anchor component={Link} to={href} fw={500} data-testid="partner-link">
          {partner.name}
        </Anchor>
      </Table.Td>
      <Table.Td>{t(`enums.PartnerKind.${partner.kind}`)}</Table.Td>
      <Table.Td>
        <PartnerStatusBadge status={partner.status} />
      </Table.Td>
      <Table.Td style={NOWRAP}>
        <PartnerTierBadge tier={partner.tier} />
      </Table.Td>
      <Table.Td>
        <CodeList
          codes={partner.regions.slice(0, SHOWN_REGIONS).map((code) => vocabLabel(t, 'region', code))}
          more={Math.max(0, partner.regions.length - SHOWN_REGIONS)}
        />
      </Table.Td>
      <Table.Td>
        <CodeList codes={partner.productModules.map((code) => vocabLabel(t, 'productModule', code))} />
      </Table.Td>
      <Table.Td style={NOWRAP}>
        {partner.headcountAtStart == null ? t('common.none') : formatNumber(partner.headcountAtStart)}
      </Table.Td>
      <Table.Td style={NOWRAP}>{formatDate(partner.createdAt)}</Table.Td>
    </Table.Tr>
  );
});

function CodeList({ codes, more = 0 }: { codes: readonly string[]; more?: number }) {
  const { t } = useTranslation();
  if (codes.length === 0) return <Text c="dimmed">{t('common.none')}</Text>;
  return (
    <Group gap={4} wrap="wrap">
      {codes.map((label) => (
        <Badge key={label} variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
          {label}
        </Badge>
      ))}
      {more > 0 ? (
        <Text size="xs" c="dimmed">
          {t('partners.more', { n: more })}
        </Text>
      ) : null}
    </Group>
  );
}
