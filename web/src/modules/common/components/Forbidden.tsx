import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown in place of a page the user's role may not open. */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      icon={<IconLock size={18} />}
      title={t('errors.forbiddenTitle')}
      role="alert"
      data-testid="forbidden"
    >
      {t('errors.forbidden')}
    </Alert>
  );
}
