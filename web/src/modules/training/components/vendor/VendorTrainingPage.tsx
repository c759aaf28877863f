import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../auth/hooks/useSession';
import { PageHeader } from '../../../common/components/PageHeader';
import { CatalogPanel } from '../catalog/CatalogPanel';
import { ConfirmationQueue } from './ConfirmationQueue';
import { TrainingOverviewPanel } from './TrainingOverviewPanel';

const TABS = ['overview', 'confirmations', 'catalog'] as const;
type Tab = (typeof TABS)[number];

/** "Training" in the vendor console: overview, confirmations queue and the catalog (tab kept in the URL). */
export default function VendorTrainingPage() {
  const { t } = useTranslation();
  const user = useSession();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = TABS.includes(requested as Tab) ? (requested as Tab) : 'overview';
  const admin = user.role === 'VENDOR_ADMIN';

  return (
    <div data-testid="vendor-training-page">
      <PageHeader title={t('training.vendor.title')} />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="overview" data-testid="training-tab-overview">
            {t('training.vendor.tabs.overview')}
          </Tabs.Tab>
          <Tabs.Tab value="confirmations" data-testid="training-tab-confirmations">
            {t('training.vendor.tabs.confirmations')}
          </Tabs.Tab>
          <Tabs.Tab value="catalog" data-testid="training-tab-catalog">
            {t('training.vendor.tabs.catalog')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <TrainingOverviewPanel partnerLinks />
        </Tabs.Panel>
        <Tabs.Panel value="confirmations" pt="md">
          <ConfirmationQueue />
        </Tabs.Panel>
        <Tabs.Panel value="catalog" pt="md">
          <CatalogPanel canManage={admin} />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
