import { useQuery } from '@apollo/client/react';
import { Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { PageHeader } from '../../common/components/PageHeader';
import { KpiDashboardQuery } from '../graphql/kpi';
import { periodOf } from '../kpi-model';
import { ActivationSection } from './ActivationSection';
import { CapacitySection } from './CapacitySection';
import { DeliverySection } from './DeliverySection';
import { EvidenceDrawer } from './EvidenceDrawer';
import { KpiFilters } from './KpiFilters';
import { KpiTotals } from './KpiTotals';
import { OnTimeSection } from './OnTimeSection';
import { SurveysSection } from './SurveysSection';
import type { Trace } from './trace';

/**
 * The KPIs of DESIGN.md over a period: the vendor console's dashboard (every firm, or one) and
 * a firm's own scorecard (its trend by month). The period and firm live in the URL; every
 * figure opens the rows behind it.
 */
export function KpiDashboardView({ experience }: { experience: 'vendor' | 'partner' }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [trace, setTrace] = useState<Trace | null>(null);
  const period = periodOf(params, new Date());
  const partnerId = experience === 'vendor' ? params.get('partner') : null;
  const { data, previousData, loading, error } = useQuery(KpiDashboardQuery, {
    variables: { ...period, partnerId },
    fetchPolicy: 'cache-and-network',
  });
  const dashboard = (data ?? previousData)?.kpiDashboard;
  const vendor = experience === 'vendor';

  function change(patch: { fromMonth?: string; toMonth?: string; partnerId?: string | null }) {
    const next = { ...period, partnerId, ...patch };
    if (next.fromMonth > next.toMonth) next.toMonth = next.fromMonth;
    const search = new URLSearchParams({ from: next.fromMonth, to: next.toMonth });
    if (next.partnerId) search.set('partner', next.partnerId);
    setParams(search, { replace: true });
  }

  return (
    <div data-testid={vendor ? 'kpi-dashboard' : 'kpi-scorecard'}>
      <PageHeader
        title={t(vendor ? 'kpi.dashboardTitle' : 'kpi.scorecardTitle')}
        actions={loading && <Loader size="sm" />}
      />
      <Text size="sm" c="dimmed" mb="md">
        {t(vendor ? 'kpi.dashboardIntro' : 'kpi.scorecardIntro')}
      </Text>
      <KpiFilters {...period} partnerId={partnerId} withPartner={vendor} onChange={change} />
      {dashboard?.figuresAsOf && <FiguresAsOf at={dashboard.figuresAsOf} />}
      {error && <ErrorAlert error={error} />}
      {dashboard && (
        <Stack gap="md">
          <KpiTotals totals={dashboard.totals} windowDays={dashboard.activationWindowDays} onTrace={setTrace} />
          <ActivationSection data={dashboard} onTrace={setTrace} />
          <OnTimeSection data={dashboard} byPartner={vendor && !partnerId} onTrace={setTrace} />
          <CapacitySection data={dashboard} byPartner={vendor && !partnerId} onTrace={setTrace} />
          <SurveysSection data={dashboard} onTrace={setTrace} />
          <DeliverySection data={dashboard} onTrace={setTrace} />
        </Stack>
      )}
      <EvidenceDrawer
        trace={trace}
        period={{ ...period, partnerId }}
        projectsPath={`/${experience}/projects`}
        onClose={() => setTrace(null)}
      />
    </div>
  );
}

/** The program view comes from roll-ups rebuilt every few minutes: when its figures were counted. */
function FiguresAsOf({ at }: { at: string }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  return (
    <Text size="xs" c="dimmed" mb="sm" data-testid="kpi-figures-as-of">
      {t('kpi.figuresAsOf', { time })}
    </Text>
  );
}
