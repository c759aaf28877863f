import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { KpiDashboardQuery } from '../graphql/kpi';
import { addMonths } from '../kpi-model';
import { EvidenceDrawer } from './EvidenceDrawer';
import { KpiTotals } from './KpiTotals';
import { SurveysSection } from './SurveysSection';
import type { Trace } from './trace';
import { useKpiFormat } from './useKpiFormat';

/** A firm's KPIs over the last twelve months on its partner page, with its customers' survey answers. */
export function PartnerKpiTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const f = useKpiFormat();
  const user = useSession();
  const experience = experienceOfRole(user.role);
  const [trace, setTrace] = useState<Trace | null>(null);
  const toMonth = new Date().toISOString().slice(0, 7);
  const period = { fromMonth: addMonths(toMonth, -11), toMonth, partnerId };
  const { data, loading, error } = useQuery(KpiDashboardQuery, { variables: period });
  const dashboard = data?.kpiDashboard;

  if (error) return <ErrorAlert error={error} />;
  if (!dashboard) return loading ? <Loader size="sm" /> : null;
  return (
    <Stack gap="md" data-testid="partner-kpis">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('kpi.partnerTab.intro', { from: f.month(period.fromMonth), to: f.month(period.toMonth) })}
        </Text>
        {experience === 'vendor' && (
          <Anchor
            component={Link}
            to={`/vendor?from=${period.fromMonth}&to=${period.toMonth}&partner=${partnerId}`}
            size="sm"
            data-testid="partner-kpis-dashboard"
          >
            {t('kpi.partnerTab.open')}
          </Anchor>
        )}
      </Group>
      <KpiTotals totals={dashboard.totals} windowDays={dashboard.activationWindowDays} onTrace={setTrace} />
      <SurveysSection data={dashboard} onTrace={setTrace} />
      <EvidenceDrawer
        trace={trace}
        period={period}
        projectsPath={experience === 'partner' ? '/partner/projects' : '/vendor/projects'}
        onClose={() => setTrace(null)}
      />
    </Stack>
  );
}
