import { Alert, Anchor, Group, Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { PartnerQuery } from '../graphql/partners';
import { PartnerDetailView } from './PartnerDetailView';

const VENDOR_ROLES = ['VENDOR_ADMIN', 'VENDOR_STAFF'];

/** A partner's page in the vendor console (editable) or the auditor view (read-only). */
export default function PartnerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSession();
  const directory = `/${experienceOfRole(user.role)}/partners`;
  const { data, loading, error } = useQuery(PartnerQuery, { variables: { id } });
  const vendor = VENDOR_ROLES.includes(user.role);

  if (loading && !data) {
    return (
      <Stack data-testid="partner-page-loading">
        <Skeleton height={32} width="40%" aria-label={t('list.loading')} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (error) return <ErrorAlert error={error} />;
  if (!data?.partner) {
    return (
      <Stack>
        <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="partner-not-found">
          {t('partner.notFound')}
        </Alert>
        <Anchor component={Link} to={directory} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            {t('partner.back')}
          </Group>
        </Anchor>
      </Stack>
    );
  }
  return (
    <PartnerDetailView
      partner={data.partner}
      canChangeStatus={vendor}
      canEdit={vendor}
      backTo={directory}
      applicationTab={{ partnersRoot: directory, applicationsRoot: `/${experienceOfRole(user.role)}/applications` }}
    />
  );
}
