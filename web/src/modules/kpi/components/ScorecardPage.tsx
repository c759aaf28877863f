import { KpiDashboardView } from './KpiDashboardView';

/** A firm's own scorecard in the partner portal (lazy chunk). */
export default function ScorecardPage() {
  return <KpiDashboardView experience="partner" />;
}
