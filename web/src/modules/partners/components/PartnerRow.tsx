import { Anchor, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type CSSProperties, memo } from 'react';
import { Link } from 'react-router';
import type { PartnerRowFragment } from '../../../gql/graphql';
import type { useFormatters } from '../../common/hooks/useFormatters';
import { CELL_CONTENT, CELL_LINES, NAME_LINE_HEIGHT, ROW_HEIGHT } from '../table-layout';
import { vocabLabel } from '../vocabulary';
import { CellBadge } from './CellBadge';
import { STATUS_COLORS } from './PartnerStatusBadge';

/** Regions listed in a row before "+N". */
const SHOWN_REGIONS = 3;

/** Mantine's `<Anchor>`: its classes and those of the `<Text>` it is made of. */
const ANCHOR = `mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root}`;
/** Text past CELL_LINES lines ends in an ellipsis (the whole of it is in the cell's title). */
const CLAMPED: CSSProperties = {
  display: '-webkit-box',
  WebkitLineClamp: CELL_LINES,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  overflowWrap: 'anywhere',
  maxHeight: CELL_CONTENT,
};
const NAME: CSSProperties = { fontWeight: 500, lineHeight: NAME_LINE_HEIGHT };
/** Badges wrap onto CELL_LINES lines at most; the cell's title lists them all. */
const CODES: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 4, maxHeight: CELL_CONTENT, overflow: 'hidden' };
const ROW: CSSProperties = { height: ROW_HEIGHT };
const NOWRAP: CSSProperties = { whiteSpace: 'nowrap' };
const DIMMED: CSSProperties = { color: 'var(--mantine-color-dimmed)' };
const MORE: CSSProperties = { ...DIMMED, fontSize: 'var(--mantine-font-size-xs)' };

interface Props {
  partner: PartnerRowFragment;
  /** Position in the whole list (0-based). */
  index: number;
  /** The firm's page. */
  href: string;
  /** The table's translation, shared by all rows (a new one when the language changes). */
  t: TFunction;
  /** The table's formatters, made once for all rows. */
  formatters: ReturnType<typeof useFormatters>;
}

/**
 * One firm of the directory, as plain elements styled with Mantine's table, anchor and badge
 * classes: rows mount as the list scrolls, so each costs as little as a row can, always has the
 * same height (ROW_HEIGHT) and is not rendered again while it stays in view.
 */
export const PartnerRow = memo(function PartnerRow({ partner, index, href, t, formatters }: Props) {
  const { formatDate, formatNumber } = formatters;
  const kind = t(`enums.PartnerKind.${partner.kind}`);
  const regions = partner.regions.map((code) => vocabLabel(t, 'region', code));
  const modules = partner.productModules.map((code) => vocabLabel(t, 'productModule', code));
  return (
    <tr
      className={Table.classes.tr}
      data-with-row-border
      // The rendered rows start at an even index, after a spacer row: the even rows are striped.
      data-striped="even"
      data-hover
      data-index={index}
      // Row 1 is the header: screen readers announce "row n of total" for the whole list.
      aria-rowindex={index + 2}
      data-testid="partner-row"
      style={ROW}
    >
      <td className={Table.classes.td}>
        <div style={CLAMPED} title={partner.name}>
          <Link to={href} className={ANCHOR} data-underline="hover" style={NAME} data-testid="partner-link">
            {partner.name}
          </Link>
        </div>
      </td>
      <td className={Table.classes.td}>
        <div style={CLAMPED} title={kind}>
          {kind}
        </div>
      </td>
      <td className={Table.classes.td}>
        <CellBadge size="md" variant="light" color={STATUS_COLORS[partner.status]} upperCase>
          {t(`enums.PartnerStatus.${partner.status}`)}
        </CellBadge>
      </td>
      <td className={Table.classes.td} style={NOWRAP}>
        {partner.tier == null ? (
          <span style={DIMMED} aria-label={t('partner.noTier')}>
            {t('common.none')}
          </span>
        ) : (
          <CellBadge size="sm" variant="light" color="indigo">
            {t('partners.tierValue', { tier: partner.tier })}
          </CellBadge>
        )}
      </td>
      <td className={Table.classes.td}>
        <CodeList
          labels={regions.slice(0, SHOWN_REGIONS)}
          more={regions.length > SHOWN_REGIONS ? t('partners.more', { n: regions.length - SHOWN_REGIONS }) : null}
          title={regions.join(', ')}
          none={t('common.none')}
        />
      </td>
      <td className={Table.classes.td}>
        <CodeList labels={modules} more={null} title={modules.join(', ')} none={t('common.none')} />
      </td>
      <td className={Table.classes.td} style={NOWRAP}>
        {partner.headcountAtStart == null ? t('common.none') : formatNumber(partner.headcountAtStart)}
      </td>
      <td className={Table.classes.td} style={NOWRAP}>
        {formatDate(partner.createdAt)}
      </td>
    </tr>
  );
});

interface CodeListProps {
  labels: readonly string[];
  /** "+N" after the labels shown, when some are left out. */
  more: string | null;
  /** Every label, for the cell's title. */
  title: string;
  none: string;
}

function CodeList({ labels, more, title, none }: CodeListProps) {
  if (labels.length === 0) return <span style={DIMMED}>{none}</span>;
  return (
    <div style={CODES} title={title}>
      {labels.map((label) => (
        <CellBadge key={label} size="sm" variant="outline" color="gray">
          {label}
        </CellBadge>
      ))}
      {more ? <span style={MORE}>{more}</span> : null}
    </div>
  );
}
