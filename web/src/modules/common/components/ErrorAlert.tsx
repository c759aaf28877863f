import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FaultCode } from '@baton/shared';
import { faultCodeOf, faultMessageOf } from '../../../apollo/errors';

/** A failed request explained to the user: forbidden, throttled, or a generic failure. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = faultCodeOf(error);
  if (code === FaultCode.FORBIDDEN) {
    return (
      <Alert color="orange" icon={<IconLock size={18} />} title={t('errors.forbiddenTitle')} role="alert">
        {t('errors.forbidden')}
      </Alert>
    );
  }
  const message =
    code === FaultCode.TOO_MANY_REQUESTS || code === FaultCode.BAD_USER_INPUT
      ? (faultMessageOf(error) ?? t('errors.generic'))
      : t('errors.generic');
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('errors.title')} role="alert">
      {message}
    </Alert>
  );
}
