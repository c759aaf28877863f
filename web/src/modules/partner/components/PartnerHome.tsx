import { lazy } from 'react';
import { HomeHeading } from '../../shell/components/HomeHeading';

const ScorecardPage = lazy(() => import('../../kpi/components/ScorecardPage'));

/** The portal's home: the firm's own scorecard. */
export function PartnerHome() {
  return (
    <div data-testid="home-partner">
      <HomeHeading />
      <ScorecardPage />
    </div>
  );
}
