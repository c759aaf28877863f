import { KpiDashboardView } from './KpiDashboardView';

/** The vendor console's dashboard (lazy chunk: the charts load with it). */
export default function KpiDashboardPage() {
  return <KpiDashboardView experience="vendor" />;
}
