import { lazy } from 'react';
import { HomeHeading } from '../../shell/components/HomeHeading';

const KpiDashboardPage = lazy(() => import('../../kpi/components/KpiDashboardPage'));

/** The console's home: the program's KPIs. */
export function VendorHome() {
  return (
    <div data-testid="home-vendor">
      <HomeHeading />
      <KpiDashboardPage />
    </div>
  );
}
