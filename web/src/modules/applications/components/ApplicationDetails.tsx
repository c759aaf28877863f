import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetailFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { vocabLabel, type Vocabulary } from '../../partners/vocabulary';

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

const STRENGTHS: { field: keyof ApplicationDetailFragment; vocabulary: Vocabulary }[] = [
  { field: 'industries', vocabulary: 'industry' },
  { field: 'productModules', vocabulary: 'productModule' },
  { field: 'regions', vocabulary: 'region' },
  { field: 'languages', vocabulary: 'language' },
  { field: 'customerSizeBands', vocabulary: 'sizeBand' },
];

/** Everything the applicant submitted. */
export function ApplicationDetails({ application }: { application: ApplicationDetailFragment }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const none = <Text c="dimmed">{t('common.none')}</Text>;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="application-details">
      <Title order={3} size="h4" mb="md">
        {t('applications.detail.submitted')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
        <Field label={t('applications.fields.kind')}>
          <Text>{t(`enums.PartnerKind.${application.kind}`)}</Text>
        </Field>
        <Field label={t('applications.fields.contactName')} testId="application-contact-name">
          <Text>{application.contactName}</Text>
        </Field>
        <Field label={t('applications.fields.contactEmail')} testId="application-contact-email">
          <Anchor href={`mailto:${application.contactEmail}`}>{application.contactEmail}</Anchor>
        </Field>
        <Field label={t('applications.fields.contactPhone')}>
          {application.contactPhone ? <Text>{application.contactPhone}</Text> : none}
        </Field>
        <Field label={t('applications.fields.headcountAtStart')} testId="application-headcount">
          <Text>{formatNumber(application.headcountAtStart)}</Text>
        </Field>
        <Field label={t('applications.fields.monthlyCapacity')} testId="application-capacity">
          <Text>{formatNumber(application.monthlyCapacity)}</Text>
        </Field>
      </SimpleGrid>
      <Stack gap="md" mt="lg">
        {STRENGTHS.map(({ field, vocabulary }) => {
          const codes = application[field] as string[];
          return (
            <Field key={field} label={t(`applications.fields.${field}`)} testId={`application-${field}`}>
              {codes.length === 0 ? (
                none
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
        <Field label={t('applications.fields.expansionPlans')} testId="application-expansion-plans">
          {application.expansionPlans ? (
            <Text style={{ whiteSpace: 'pre-wrap' }}>{application.expansionPlans}</Text>
          ) : (
            none
          )}
        </Field>
      </Stack>
    </Card>
  );
}
