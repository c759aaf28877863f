import { Alert, Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { PartnerQuery } from '../../partners/graphql/partners';
import { PartnerDetailView } from '../../partners/components/PartnerDetailView';

/** "My firm" in the partner portal: the own firm's page, editable by its partner admin. */
export default function MyFirmPage() {
  const { t } = useTranslation();
  const user = useSession();
  const firmId = user.partner?.id;
  const { data, loading, error } = useQuery(PartnerQuery, {
    variables: { id: firmId ?? '' },
    skip: !firmId,
  });
  const admin = user.role === 'PARTNER_ADMIN';

  if (!firmId || (!loading && !error && !data?.partner)) {
    return (
      <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="my-firm-missing">
        {t('partner.firm.noFirm')}
      </Alert>
    );
  }
  if (loading && !data) {
    return (
      <Stack data-testid="partner-page-loading">
        <Skeleton height={32} width="40%" aria-label={t('list.loading')} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (error) return <ErrorAlert error={error} />;
  return (
    <div data-testid="my-firm-page">
      <PartnerDetailView
        partner={data!.partner!}
        canChangeStatus={false}
        canEdit={admin}
        note={admin ? undefined : t('partner.firm.readOnly')}
      />
    </div>
  );
}
