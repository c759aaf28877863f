import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignmentCustomerFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { segmentLabel } from '../../customers/vocabulary';
import { vocabLabel } from '../../partners/vocabulary';

/** A customer account in a few lines: company, industry, region, segment, products, contract date. */
export function CustomerSummary({
  customer,
  compact = false,
}: {
  customer: AssignmentCustomerFragment;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const facts = [
    vocabLabel(t, 'industry', customer.industry),
    vocabLabel(t, 'region', customer.prefecture),
    segmentLabel(t, customer.segment),
  ];
  return (
    <Stack gap={2}>
      <Text fw={500}>{customer.companyName}</Text>
      <Text size="xs" c="dimmed">
        {[customer.externalId, ...facts].filter(Boolean).join(' · ')}
      </Text>
      {compact ? null : (
        <Group gap={4} wrap="wrap">
          {customer.products.map((code) => (
            <Badge key={code} variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
              {vocabLabel(t, 'productModule', code)}
            </Badge>
          ))}
          <Text size="xs" c="dimmed">
            {t('assignments.contractDate', { date: formatDate(customer.contractDate) })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
