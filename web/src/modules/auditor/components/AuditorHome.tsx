import { lazy } from 'react';
import { HomeHeading } from '../../shell/components/HomeHeading';

const ReviewQueue = lazy(() => import('../../tiers/components/ReviewQueue'));

/** The auditor's home: the tier reviews awaiting a decision. */
export function AuditorHome() {
  return (
    <div data-testid="home-auditor">
      <HomeHeading />
      <ReviewQueue />
    </div>
  );
}
