import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { PageHeader } from '../../common/components/PageHeader';
import { TierStandingView } from './TierStandingView';

/** The partner portal's tier page: the firm's own standing. */
export default function PartnerTierPage() {
  const { t } = useTranslation();
  const user = useSession();
  return (
    <div data-testid="partner-tier-page">
      <PageHeader title={t('tiers.partnerTitle')} />
      {user.partner ? <TierStandingView partnerId={user.partner.id} /> : null}
    </div>
  );
}
