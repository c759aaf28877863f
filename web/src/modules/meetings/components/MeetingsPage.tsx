import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ActionItemFieldsFragment } from '../../../gql/graphql';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { faultMessage } from '../../common/fault-message';
import { notifyError, notifySuccess } from '../../common/notify';
import { localToday, openActionItems } from '../action-items';
import { MeetingFirmsQuery, MeetingsQuery } from '../graphql/meetings';
import { useActionItemsCsv } from '../hooks/useActionItemsCsv';
import { useCompleteActionItem } from '../hooks/useCompleteActionItem';
import {
  meetingListParams,
  meetingListVariables,
  MEETINGS_PAGE_SIZE,
  parseMeetingListQuery,
  type MeetingListQuery,
} from '../meeting-list-query';
import { MeetingsTable } from './MeetingsTable';
import { OpenActionItems } from './OpenActionItems';
import { RecordMeetingModal } from './RecordMeetingModal';

/**
 * Progress meetings. Vendor staff see every firm's (filterable by firm) and record new ones; a
 * partner admin reads its own firm's. Both tick action items off.
 */
export default function MeetingsPage() {
  const { t } = useTranslation();
  const user = useSession();
  const experience = experienceOfRole(user.role);
  const isVendor = experience === 'vendor';
  const canComplete = isVendor || user.role === 'PARTNER_ADMIN';
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseMeetingListQuery(params), [params]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [recording, setRecording] = useState(false);
  const today = localToday();

  const firms = useQuery(MeetingFirmsQuery, { skip: !isVendor });
  const { data, previousData, loading, error } = useQuery(MeetingsQuery, {
    variables: meetingListVariables(query, isVendor),
  });
  const list = (data ?? previousData)?.meetings;
  const meetings = list?.items ?? [];
  const openRows = useMemo(() => openActionItems(meetings), [meetings]);
  const { completeItem, pendingId } = useCompleteActionItem();
  const { exportCsv, exporting } = useActionItemsCsv();
  const onComplete = canComplete
    ? (item: ActionItemFieldsFragment) => void completeItem(item.id, item.description)
    : null;

  function update(patch: Partial<MeetingListQuery>) {
    setParams(meetingListParams({ ...query, page: 1, ...patch }));
  }

  function toggle(id: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function openMeeting(id: string) {
    setExpanded((current) => new Set(current).add(id));
    // The details row renders on the next paint; then bring it into view.
    requestAnimationFrame(() =>
      document.getElementById(`meeting-details-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'nearest' }),
    );
  }

  async function onExport() {
    try {
      const count = await exportCsv(isVendor ? query.partnerId : null);
      notifySuccess(t('meetings.notify.exported', { count }));
    } catch (exportError) {
      notifyError(faultMessage(exportError, t));
    }
  }

  const firmOptions = (firms.data?.partners.items ?? []).map((firm) => ({ value: firm.id, label: firm.name }));
  const filtered = isVendor && !!query.partnerId;
  const emptyMessage = !isVendor
    ? t('meetings.empty.partner')
    : filtered
      ? t('meetings.empty.filtered')
      : t('meetings.empty.vendor');

  return (
    <div data-testid="meetings-page">
      <PageHeader
        title={t('meetings.title')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={exporting}
              disabled={!list || list.totalItems === 0}
              onClick={() => void onExport()}
              data-testid="action-items-csv"
            >
              {t('meetings.exportCsv')}
            </Button>
            {isVendor ? (
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setRecording(true)}
                data-testid="meetings-record"
              >
                {t('meetings.record')}
              </Button>
            ) : null}
          </>
        }
      />
      <Text c="dimmed" size="sm" mb="md">
        {isVendor ? t('meetings.intro.vendor') : t('meetings.intro.partner', { firm: user.partner?.name ?? '' })}
      </Text>
      {isVendor ? (
        <Group align="end" mb="md" role="search">
          <Select
            label={t('meetings.filters.partner')}
            placeholder={t('meetings.filters.allFirms')}
            data={firmOptions}
            value={query.partnerId}
            onChange={(partnerId) => update({ partnerId })}
            searchable
            clearable
            w={280}
            nothingFoundMessage={t('meetings.filters.nothingFound')}
            comboboxProps={{ withinPortal: true }}
            data-testid="meetings-filter-partner"
          />
        </Group>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      {list ? (
        <OpenActionItems
          rows={openRows}
          today={today}
          showPartner={isVendor && !query.partnerId}
          onComplete={onComplete}
          pendingId={pendingId}
          onOpenMeeting={openMeeting}
        />
      ) : null}
      <Paper withBorder radius="md">
        <MeetingsTable
          meetings={meetings}
          loading={loading}
          showPartner={isVendor}
          expanded={expanded}
          onToggle={toggle}
          today={today}
          projectsRoot={`/${experience}/projects`}
          onComplete={onComplete}
          pendingId={pendingId}
          emptyMessage={emptyMessage}
          onReset={filtered ? () => update({ partnerId: null }) : undefined}
        />
      </Paper>
      <ListFooter
        page={query.page}
        pageSize={MEETINGS_PAGE_SIZE}
        total={list?.totalItems ?? 0}
        onPage={(page) => update({ page })}
      />
      {recording ? (
        <RecordMeetingModal
          firms={firms.data?.partners.items ?? []}
          initialPartnerId={query.partnerId}
          onClose={() => setRecording(false)}
          onRecorded={(id) => setExpanded((current) => new Set(current).add(id))}
        />
      ) : null}
    </div>
  );
}
