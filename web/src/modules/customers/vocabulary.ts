import { CUSTOMER_SEGMENTS } from '@baton/shared';
import type { TFunction } from 'i18next';

/** The CRM segments of a customer (libs/shared), translated under `customers.segment.<code>`. */
export const SEGMENTS: readonly string[] = CUSTOMER_SEGMENTS;

/** The label of a segment code; an unknown code (newer API) is shown as is. */
export function segmentLabel(t: TFunction, code: string): string {
  return t(`customers.segment.${code}`, { defaultValue: code });
}

export function segmentOptions(t: TFunction): { value: string; label: string }[] {
  return SEGMENTS.map((code) => ({ value: code, label: segmentLabel(t, code) }));
}
