import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerPageDetailFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { vocabLabel } from '../../partners/vocabulary';
import { segmentLabel } from '../vocabulary';
import { ProductBadges } from './ProductBadges';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div data-testid={testId}>{children}</div>
    </Stack>
  );
}

/** The customer account's facts as the CRM gave them. */
export function CustomerDetails({ customer }: { customer: CustomerPageDetailFragment }) {
  const { t } = useTranslation();
  const { formatDate, formatDateTime } = useFormatters();
  return (
    <Paper withBorder radius="md" p="md" data-testid="customer-details">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="md">
        <Fact label={t('customers.fields.externalId')} testId="customer-external-id">
          <Text size="sm">{customer.externalId ?? t('common.none')}</Text>
        </Fact>
        <Fact label={t('customers.fields.industry')} testId="customer-industry">
          <Text size="sm">{vocabLabel(t, 'industry', customer.industry)}</Text>
        </Fact>
        <Fact label={t('customers.fields.employeeBand')} testId="customer-employee-band">
          <Text size="sm">{vocabLabel(t, 'sizeBand', customer.employeeBand)}</Text>
        </Fact>
        <Fact label={t('customers.fields.prefecture')} testId="customer-prefecture">
          <Text size="sm">{vocabLabel(t, 'region', customer.prefecture)}</Text>
        </Fact>
        <Fact label={t('customers.fields.products')} testId="customer-products">
          <ProductBadges products={customer.products} />
        </Fact>
        <Fact label={t('customers.fields.contractDate')} testId="customer-contract-date">
          <Text size="sm">{formatDate(`${customer.contractDate}T00:00:00`)}</Text>
        </Fact>
        <Fact label={t('customers.fields.segment')} testId="customer-segment">
          <Text size="sm">{segmentLabel(t, customer.segment)}</Text>
        </Fact>
        <Fact label={t('customers.fields.updatedAt')} testId="customer-updated-at">
          <Text size="sm">{formatDateTime(customer.updatedAt)}</Text>
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}
