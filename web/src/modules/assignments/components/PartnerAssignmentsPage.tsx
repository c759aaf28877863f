import { Badge, Group, Tabs } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../common/components/PageHeader';
import { PartnerAssignmentsQuery } from '../graphql/assignments';
import { PARTNER_TABS, partnerTabFilter, type PartnerTab } from '../partner-tabs';
import { PartnerAssignmentList } from './PartnerAssignmentList';

/** A partner admin's customers: incoming ones to accept or decline, current ones, and the history (tab in the URL). */
export default function PartnerAssignmentsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as PartnerTab | null;
  const tab: PartnerTab = requested && PARTNER_TABS.includes(requested) ? requested : 'incoming';
  // Only the count: the badge on the "Incoming" tab, kept fresh by the same refetch as the lists.
  const incoming = useQuery(PartnerAssignmentsQuery, {
    variables: { filter: partnerTabFilter('incoming'), skip: 0, take: 1 },
    fetchPolicy: 'cache-and-network',
  });
  const incomingCount = incoming.data?.assignments.totalItems ?? 0;

  return (
    <div data-testid="partner-assignments-page">
      <PageHeader title={t('assignments.partner.title')} />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'incoming' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {PARTNER_TABS.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`partner-assignments-tab-${value}`}>
              <Group gap={6} wrap="nowrap">
                {t(`assignments.partner.tabs.${value}`)}
                {value === 'incoming' && incomingCount > 0 ? (
                  <Badge size="sm" color="yellow" circle data-testid="incoming-count">
                    {incomingCount}
                  </Badge>
                ) : null}
              </Group>
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {PARTNER_TABS.map((value) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <PartnerAssignmentList tab={value} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}
