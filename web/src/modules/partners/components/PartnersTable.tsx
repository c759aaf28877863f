import { Anchor, Badge, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerRowFragment, PartnerSortField, SortDirection } from '../../../gql/graphql';
import { SortableTh } from '../../common/components/SortableTh';
import { useFormatters } from '../../common/hooks/useFormatters';
import { vocabLabel } from '../vocabulary';
import { PartnerStatusBadge } from './PartnerStatusBadge';
import { PartnerTierBadge } from './PartnerTierBadge';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
const COLUMNS = 8;
/** Regions listed in a row before "+N". */
const SHOWN_REGIONS = 3;

interface Props {
  partners: readonly PartnerRowFragment[];
  loading: boolean;
  /** Whether any filter is set: an empty list then means "no match", not "no partner yet". */
  filtered: boolean;
  onReset: () => void;
  directionOf: (field: PartnerSortField) => SortDirection | null;
  onSort: (field: PartnerSortField) => void;
  /** Where a partner's page lives, e.g. `/vendor/partners/<id>`. */
  linkTo: (id: string) => string;
}

export function PartnersTable({ partners, loading, filtered, onReset, directionOf, onSort, linkTo }: Props) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table striped highlightOnHover aria-label={t('partners.title')} data-testid="partners-table">
        <Table.Thead>
          <Table.Tr>
            <SortableTh direction={directionOf('NAME')} onSort={() => onSort('NAME')}>
              {t('partners.columns.name')}
            </SortableTh>
            <SortableTh direction={directionOf('KIND')} onSort={() => onSort('KIND')}>
              {t('partners.columns.kind')}
            </SortableTh>
            <SortableTh direction={directionOf('STATUS')} onSort={() => onSort('STATUS')}>
              {t('partners.columns.status')}
            </SortableTh>
            <SortableTh direction={directionOf('TIER')} onSort={() => onSort('TIER')}>
              {t('partners.columns.tier')}
            </SortableTh>
            <Table.Th>{t('partners.columns.regions')}</Table.Th>
            <Table.Th>{t('partners.columns.productModules')}</Table.Th>
            <Table.Th>{t('partners.columns.headcount')}</Table.Th>
            <SortableTh direction={directionOf('CREATED_AT')} onSort={() => onSort('CREATED_AT')}>
              {t('partners.columns.createdAt')}
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && partners.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : partners.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Stack align="center" gap="xs" py="lg" data-testid="empty-state">
                  <Text c="dimmed" ta="center">
                    {filtered ? t('partners.noMatch') : t('partners.empty')}
                  </Text>
                  {filtered ? (
                    <Button variant="light" size="xs" onClick={onReset} data-testid="partners-empty-reset">
                      {t('partners.resetFilters')}
                    </Button>
                  ) : null}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ) : (
            partners.map((partner) => (
              <Table.Tr key={partner.id} data-testid="partner-row">
                <Table.Td>
                  <Anchor component={Link} to={linkTo(partner.id)} fw={500} data-testid="partner-link">
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
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

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
