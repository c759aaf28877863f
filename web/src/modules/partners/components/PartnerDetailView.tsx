import { Anchor, Button, Group, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconArrowsExchange, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerDetailFragment } from '../../../gql/graphql';
import { PartnerApplicationSection } from '../../applications/components/PartnerApplicationSection';
import { PartnerKpiTab } from '../../kpi/components/PartnerKpiTab';
import { PartnerTierTab } from '../../tiers/components/PartnerTierTab';
import { PartnerCapacityTab } from '../../capacity/components/PartnerCapacityTab';
import { useFormatters } from '../../common/hooks/useFormatters';
import { PartnerConsultantsTab, PartnerTrainingTab } from '../../training/components/PartnerTrainingTabs';
import { ChangeStatusModal } from './ChangeStatusModal';
import { EditProfileModal } from './EditProfileModal';
import { PartnerHistorySection, PartnerProfileSection, PartnerStrengthsSection } from './PartnerSections';
import { PartnerStatusBadge } from './PartnerStatusBadge';
import { PartnerTierBadge } from './PartnerTierBadge';

interface Props {
  partner: PartnerDetailFragment;
  /** Vendor staff: the status lifecycle. */
  canChangeStatus: boolean;
  /** Vendor staff, or the firm's own partner admin. */
  canEdit: boolean;
  /** The directory to go back to, if the viewer came from one. */
  backTo?: string;
  /** A note above the tabs (e.g. who may edit, for a read-only viewer). */
  note?: string;
  /** Vendor staff and auditors: the "Application" tab, with the links below these roots. */
  applicationTab?: { partnersRoot: string; applicationsRoot: string };
}

type Dialog = 'status' | 'edit' | null;

/** One partner firm: header, then profile, strengths, status history, training and capacity. */
export function PartnerDetailView({ partner, canChangeStatus, canEdit, backTo, note, applicationTab }: Props) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tab, setTab] = useState<string | null>('profile');
  const noTransition = partner.allowedTransitions.length === 0;
  const close = () => setDialog(null);

  return (
    <Stack gap="md" data-testid="partner-page">
      {backTo ? (
        <Anchor component={Link} to={backTo} size="sm" data-testid="partner-back">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            {t('partner.back')}
          </Group>
        </Anchor>
      ) : null}
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={6}>
          <Title order={2} data-testid="partner-name">
            {partner.name}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Text c="dimmed" data-testid="partner-kind">
              {t(`enums.PartnerKind.${partner.kind}`)}
            </Text>
            <span data-testid="partner-status">
              <PartnerStatusBadge status={partner.status} />
            </span>
            <span data-testid="partner-tier">
              <PartnerTierBadge tier={partner.tier} />
            </span>
          </Group>
          <Text size="xs" c="dimmed">
            {t('partner.updatedAt', { date: formatDateTime(partner.updatedAt) })}
          </Text>
        </Stack>
        <Group gap="sm">
          {canChangeStatus ? (
            <Tooltip
              label={t('partner.changeStatus.noTransitions', { status: t(`enums.PartnerStatus.${partner.status}`) })}
              disabled={!noTransition}
            >
              <Button
                variant="default"
                leftSection={<IconArrowsExchange size={16} aria-hidden />}
                onClick={() => setDialog('status')}
                data-disabled={noTransition || undefined}
                data-testid="partner-change-status"
              >
                {t('partner.actions.changeStatus')}
              </Button>
            </Tooltip>
          ) : null}
          {canEdit ? (
            <Button
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setDialog('edit')}
              data-testid="partner-edit"
            >
              {t('partner.actions.editProfile')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {note ? (
        <Text size="sm" c="dimmed" data-testid="partner-note">
          {note}
        </Text>
      ) : null}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="profile" data-testid="partner-tab-profile">
            {t('partner.tabs.profile')}
          </Tabs.Tab>
          <Tabs.Tab value="strengths" data-testid="partner-tab-strengths">
            {t('partner.tabs.strengths')}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="partner-tab-history">
            {t('partner.tabs.history')}
          </Tabs.Tab>
          {applicationTab ? (
            <Tabs.Tab value="application" data-testid="partner-tab-application">
              {t('applications.partnerTab.title')}
            </Tabs.Tab>
          ) : null}
          <Tabs.Tab value="consultants" data-testid="partner-tab-consultants">
            {t('training.partnerTabs.consultants')}
          </Tabs.Tab>
          <Tabs.Tab value="training" data-testid="partner-tab-training">
            {t('training.partnerTabs.training')}
          </Tabs.Tab>
          <Tabs.Tab value="capacity" data-testid="partner-tab-capacity">
            {t('capacity.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="kpis" data-testid="partner-tab-kpis">
            {t('kpi.partnerTab.title')}
          </Tabs.Tab>
          <Tabs.Tab value="tier" data-testid="partner-tab-tier">
            {t('tiers.partnerTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <PartnerProfileSection partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="strengths" pt="md">
          <PartnerStrengthsSection partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <PartnerHistorySection partner={partner} />
        </Tabs.Panel>
        {applicationTab ? (
          <Tabs.Panel value="application" pt="md">
            <PartnerApplicationSection partnerId={partner.id} {...applicationTab} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="consultants" pt="md">
          <PartnerConsultantsTab partnerId={partner.id} />
        </Tabs.Panel>
        <Tabs.Panel value="training" pt="md">
          <PartnerTrainingTab partnerId={partner.id} />
        </Tabs.Panel>
        <Tabs.Panel value="capacity" pt="md">
          <PartnerCapacityTab partnerId={partner.id} />
        </Tabs.Panel>
        <Tabs.Panel value="kpis" pt="md">
          <PartnerKpiTab partnerId={partner.id} />
        </Tabs.Panel>
        <Tabs.Panel value="tier" pt="md">
          {tab === 'tier' ? <PartnerTierTab partnerId={partner.id} /> : null}
        </Tabs.Panel>
      </Tabs>
      {dialog === 'status' ? <ChangeStatusModal partner={partner} onClose={close} /> : null}
      {dialog === 'edit' ? <EditProfileModal partner={partner} onClose={close} /> : null}
    </Stack>
  );
}
