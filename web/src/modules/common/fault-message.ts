import type { TFunction } from 'i18next';
import { FaultCode } from '@baton/shared';
import { faultCodeOf, faultMessageOf } from '../../apollo/errors';

/** What to tell the user about a failed request that carries no typed result. */
export function faultMessage(error: unknown, t: TFunction): string {
  switch (faultCodeOf(error)) {
    case FaultCode.FORBIDDEN:
      return t('errors.forbidden');
    case FaultCode.TOO_MANY_REQUESTS:
    case FaultCode.BAD_USER_INPUT:
      return faultMessageOf(error) ?? t('errors.generic');
    default:
      return t('errors.generic');
  }
}
