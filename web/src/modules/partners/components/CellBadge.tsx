import { Badge } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

type Variant = 'light' | 'outline';
type Size = 'sm' | 'md';

const styles = new Map<string, CSSProperties>();

/** Mantine's badge variables for a size, colour and variant, made once for each. */
function styleOf(size: Size, color: string, variant: Variant, upperCase: boolean): CSSProperties {
  const key = `${size}/${color}/${variant}/${upperCase}`;
  let style = styles.get(key);
  if (!style) {
    const light = variant === 'light';
    style = {
      '--badge-height': `var(--badge-height-${size})`,
      '--badge-fz': `var(--badge-fz-${size})`,
      '--badge-padding-x': `var(--badge-padding-x-${size})`,
      '--badge-bg': light ? `var(--mantine-color-${color}-light)` : 'transparent',
      '--badge-color': `var(--mantine-color-${color}-${light ? 'light-color' : 'outline'})`,
      '--badge-bd': `1px solid ${light ? 'transparent' : `var(--mantine-color-${color}-outline)`}`,
      textTransform: upperCase ? undefined : 'none',
    } as CSSProperties;
    styles.set(key, style);
  }
  return style;
}

interface Props {
  size: Size;
  color: string;
  variant: Variant;
  /** Capitals, as Mantine's badges have by default (statuses); codes and tiers read better as written. */
  upperCase?: boolean;
  children: ReactNode;
}

/**
 * A Mantine badge drawn as one plain element with Mantine's own class and variables: it looks the
 * same as `<Badge>` (short labels need no label element of their own to be cut) but costs a table
 * row next to nothing to mount, which matters when rows scroll in by the dozen.
 */
export function CellBadge({ size, color, variant, upperCase = false, children }: Props) {
  return (
    <div className={Badge.classes.root} style={styleOf(size, color, variant, upperCase)}>
      {children}
    </div>
  );
}
