import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../escalation-age';

/** Formats a span as "3 d 4 h" (or "3日4時間") in the UI language. */
export function useDuration(): (ms: number) => string {
  const { t } = useTranslation();
  return (ms) => formatDuration(ms, (key, options) => t(key, options ?? {}));
}
