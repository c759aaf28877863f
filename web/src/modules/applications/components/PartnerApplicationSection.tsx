import { Alert, Anchor, Skeleton, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { PartnerOriginApplicationQuery } from '../graphql/applications';
import { DecisionCard } from './DecisionCard';
import { Scorecard } from './Scorecard';

/** The partner page's "Application" tab: the scorecard and decision that created the firm (vendor/auditor). */
interface Props {
  partnerId: string;
  /** Where partner pages live for this viewer, e.g. `/vendor/partners`. */
  partnersRoot: string;
  /** Where application pages live for this viewer, e.g. `/vendor/applications`. */
  applicationsRoot: string;
}

export function PartnerApplicationSection({ partnerId, partnersRoot, applicationsRoot }: Props) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PartnerOriginApplicationQuery, { variables: { id: partnerId } });
  if (loading && !data) return <Skeleton height={200} aria-label={t('list.loading')} />;
  if (error) return <ErrorAlert error={error} />;
  const application = data?.partner?.application;
  if (!application) {
    return (
      <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="partner-application-none">
        {t('applications.partnerTab.none')}
      </Alert>
    );
  }
  return (
    <Stack gap="md" data-testid="partner-application">
      <Anchor
        component={Link}
        to={`${applicationsRoot}/${application.id}`}
        size="sm"
        data-testid="partner-application-open"
      >
        {t('applications.partnerTab.open', { reference: application.reference })}
      </Anchor>
      <DecisionCard application={application} partnersRoot={partnersRoot} />
      <Scorecard application={application} editable={false} />
    </Stack>
  );
}
