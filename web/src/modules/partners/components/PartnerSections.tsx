import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Timeline } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDetailFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { vocabLabel, type Vocabulary } from '../vocabulary';
import { PartnerStatusBadge } from './PartnerStatusBadge';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div data-testid={testId}>{children}</div>
    </div>
  );
}

function OrNotSet({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  return value ? <Text>{value}</Text> : <Text c="dimmed">{t('partner.profile.notSet')}</Text>;
}

/** Contact, website, headcount and the firm's description. */
export function PartnerProfileSection({ partner }: { partner: PartnerDetailFragment }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  // Only links the API accepted as http(s) are rendered as links.
  const website = partner.website && /^https?:\/\//i.test(partner.website) ? partner.website : null;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="partner-profile">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Field label={t('partner.profile.contactName')}>
          <OrNotSet value={partner.contactName} />
        </Field>
        <Field label={t('partner.profile.contactEmail')}>
          {partner.contactEmail ? (
            <Anchor href={`mailto:${partner.contactEmail}`}>{partner.contactEmail}</Anchor>
          ) : (
            <OrNotSet value={null} />
          )}
        </Field>
        <Field label={t('partner.profile.contactPhone')}>
          <OrNotSet value={partner.contactPhone} />
        </Field>
        <Field label={t('partner.profile.website')}>
          {website ? (
            <Anchor href={website} target="_blank" rel="noopener noreferrer">
              {website}
            </Anchor>
          ) : (
            <OrNotSet value={partner.website} />
          )}
        </Field>
        <Field label={t('partner.profile.headcount')}>
          <OrNotSet value={partner.headcountAtStart == null ? null : formatNumber(partner.headcountAtStart)} />
        </Field>
      </SimpleGrid>
      <Stack mt="lg" gap={4}>
        <Field label={t('partner.profile.description')} testId="partner-description">
          {partner.description ? (
            <Text style={{ whiteSpace: 'pre-wrap' }}>{partner.description}</Text>
          ) : (
            <OrNotSet value={null} />
          )}
        </Field>
      </Stack>
    </Card>
  );
}

const STRENGTHS: { field: keyof PartnerDetailFragment; vocabulary: Vocabulary; labelKey: string }[] = [
  { field: 'industries', vocabulary: 'industry', labelKey: 'partner.strengths.industries' },
  { field: 'productModules', vocabulary: 'productModule', labelKey: 'partner.strengths.productModules' },
  { field: 'regions', vocabulary: 'region', labelKey: 'partner.strengths.regions' },
  { field: 'languages', vocabulary: 'language', labelKey: 'partner.strengths.languages' },
  { field: 'customerSizeBands', vocabulary: 'sizeBand', labelKey: 'partner.strengths.customerSizeBands' },
];

/** Industries, modules, regions, languages and customer sizes as translated badges. */
export function PartnerStrengthsSection({ partner }: { partner: PartnerDetailFragment }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" data-testid="partner-strengths">
      <Stack gap="md">
        {STRENGTHS.map(({ field, vocabulary, labelKey }) => {
          const codes = partner[field] as string[];
          return (
            <Field key={field} label={t(labelKey)} testId={`partner-strengths-${field}`}>
              {codes.length === 0 ? (
                <Text c="dimmed">{t('partner.strengths.none')}</Text>
              ) : (
                <Group gap={6} mt={4}>
                  {codes.map((code) => (
                    <Badge key={code} variant="light" style={{ textTransform: 'none' }}>
                      {vocabLabel(t, vocabulary, code)}
                    </Badge>
                  ))}
                </Group>
              )}
            </Field>
          );
        })}
      </Stack>
    </Card>
  );
}

/** The lifecycle so far, newest first: from → to, why, who and when. */
export function PartnerHistorySection({ partner }: { partner: PartnerDetailFragment }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const history = [...partner.statusHistory].sort((a, b) => b.at.localeCompare(a.at));
  if (history.length === 0) {
    return (
      <Card withBorder radius="md" padding="lg" data-testid="partner-history">
        <Text c="dimmed" data-testid="partner-history-empty">
          {t('partner.history.empty')}
        </Text>
      </Card>
    );
  }
  return (
    <Card withBorder radius="md" padding="lg" data-testid="partner-history">
      <Timeline active={0} bulletSize={16} lineWidth={2}>
        {history.map((change) => (
          <Timeline.Item
            key={change.id}
            data-testid="partner-history-entry"
            title={
              <Group gap={6} wrap="wrap">
                {change.fromStatus ? (
                  <>
                    <PartnerStatusBadge status={change.fromStatus} />
                    <Text span aria-hidden>
                      →
                    </Text>
                    <PartnerStatusBadge status={change.toStatus} />
                  </>
                ) : (
                  <Text span fw={500}>
                    {t('partner.history.initial', { status: t(`enums.PartnerStatus.${change.toStatus}`) })}
                  </Text>
                )}
              </Group>
            }
          >
            {change.reason ? (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }} data-testid="partner-history-reason">
                {change.reason}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" mt={4}>
              {change.changedByEmail
                ? t('partner.history.by', { email: change.changedByEmail })
                : t('partner.history.bySystem')}
              {' · '}
              {formatDateTime(change.at)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
