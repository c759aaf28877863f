import { ActionIcon, Badge, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../apollo/errors';
import type { CustomerPageDetailFragment } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { faultMessage } from '../../common/fault-message';
import { notifySuccess } from '../../common/notify';
import { vocabLabel, vocabOptions } from '../../partners/vocabulary';
import {
  byFormField,
  COMPANY_NAME_MAX,
  customerFormValues,
  EMPTY_CUSTOMER,
  EXTERNAL_ID_MAX,
  moveProduct,
  toCustomerInput,
  validateCustomer,
  type CustomerFormField,
  type CustomerFormValues,
} from '../customer-form';
import { CUSTOMER_QUERIES, CustomerCreateMutation, CustomerUpdateMutation } from '../graphql/customers';
import { segmentOptions } from '../vocabulary';

interface Props {
  /** The customer to edit; none to create one. */
  customer?: CustomerPageDetailFragment;
  onClose: () => void;
  onSaved?: (customer: CustomerPageDetailFragment) => void;
}

type FieldErrors = Partial<Record<CustomerFormField, string>>;

/** Creates a customer account, or edits one; mounted only while open, so it starts from the customer. */
export function CustomerFormModal({ customer, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CustomerFormValues>(() =>
    customer ? customerFormValues(customer) : EMPTY_CUSTOMER,
  );
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const options = { refetchQueries: CUSTOMER_QUERIES, awaitRefetchQueries: true };
  const [create, created] = useMutation(CustomerCreateMutation, options);
  const [update, updated] = useMutation(CustomerUpdateMutation, options);
  // A changed field's error is stale: it goes until the next submit checks again.
  const set = (patch: Partial<CustomerFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setFieldErrors((current) => {
      const next = { ...current };
      for (const field of Object.keys(patch) as CustomerFormField[]) delete next[field];
      return next;
    });
  };

  function validate(): boolean {
    const found: FieldErrors = {};
    for (const [field, problem] of Object.entries(validateCustomer(values))) {
      if (problem) found[field as CustomerFormField] = t(problem.key, 'max' in problem ? { max: problem.max } : {});
    }
    setFieldErrors(found);
    return Object.keys(found).length === 0;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!validate()) return;
    const input = toCustomerInput(values);
    try {
      const result = customer
        ? (await update({ variables: { id: customer.id, input } })).data?.updateCustomer
        : (await create({ variables: { input } })).data?.createCustomer;
      if (!result) return;
      switch (result.__typename) {
        case 'CustomerAccount':
          notifySuccess(
            t(customer ? 'customers.form.notify.updated' : 'customers.form.notify.created', {
              name: result.companyName,
            }),
          );
          if (onSaved) onSaved(result);
          else onClose();
          break;
        case 'ExternalIdTakenError':
          setFieldErrors({ externalId: t('customers.form.errors.externalIdTaken', { id: result.takenExternalId }) });
          break;
        default:
          setFormError(result.message);
      }
    } catch (error) {
      const { fields, other } = byFormField(fieldErrorsOf(error));
      if (Object.keys(fields).length > 0) setFieldErrors(fields);
      setFormError(other[0] ?? (Object.keys(fields).length > 0 ? null : faultMessage(error, t)));
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={customer ? t('customers.form.editTitle') : t('customers.form.newTitle')}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate data-testid="customer-form">
        <Stack>
          <FormError message={formError} />
          <Group grow align="start" wrap="wrap">
            <TextInput
              label={t('customers.fields.companyName')}
              required
              data-autofocus
              maxLength={COMPANY_NAME_MAX}
              value={values.companyName}
              onChange={(e) => set({ companyName: e.currentTarget.value })}
              error={fieldErrors.companyName}
              data-testid="customer-form-companyName"
            />
            <TextInput
              label={t('customers.fields.externalId')}
              description={t('customers.form.externalIdHint')}
              maxLength={EXTERNAL_ID_MAX}
              value={values.externalId}
              onChange={(e) => set({ externalId: e.currentTarget.value })}
              error={fieldErrors.externalId}
              data-testid="customer-form-externalId"
            />
          </Group>
          <Group grow align="start" wrap="wrap">
            <Select
              label={t('customers.fields.industry')}
              required
              data={vocabOptions(t, 'industry')}
              value={values.industry}
              onChange={(value) => set({ industry: value })}
              searchable
              error={fieldErrors.industry}
              nothingFoundMessage={t('customers.filters.nothingFound')}
              comboboxProps={{ withinPortal: true }}
              data-testid="customer-form-industry"
            />
            <Select
              label={t('customers.fields.employeeBand')}
              required
              data={vocabOptions(t, 'sizeBand')}
              value={values.employeeBand}
              onChange={(value) => set({ employeeBand: value })}
              error={fieldErrors.employeeBand}
              comboboxProps={{ withinPortal: true }}
              data-testid="customer-form-employeeBand"
            />
          </Group>
          <Group grow align="start" wrap="wrap">
            <Select
              label={t('customers.fields.prefecture')}
              required
              data={vocabOptions(t, 'region')}
              value={values.prefecture}
              onChange={(value) => set({ prefecture: value })}
              searchable
              error={fieldErrors.prefecture}
              nothingFoundMessage={t('customers.filters.nothingFound')}
              comboboxProps={{ withinPortal: true }}
              data-testid="customer-form-prefecture"
            />
            <Select
              label={t('customers.fields.segment')}
              required
              data={segmentOptions(t)}
              value={values.segment}
              onChange={(value) => set({ segment: value })}
              error={fieldErrors.segment}
              comboboxProps={{ withinPortal: true }}
              data-testid="customer-form-segment"
            />
            <TextInput
              type="date"
              label={t('customers.fields.contractDate')}
              required
              value={values.contractDate}
              onChange={(e) => set({ contractDate: e.currentTarget.value })}
              error={fieldErrors.contractDate}
              data-testid="customer-form-contractDate"
            />
          </Group>
          <MultiSelect
            label={t('customers.fields.products')}
            description={t('customers.form.productsHint')}
            required
            data={vocabOptions(t, 'productModule')}
            value={values.products}
            onChange={(products) => set({ products })}
            searchable
            hidePickedOptions
            error={fieldErrors.products}
            nothingFoundMessage={t('customers.filters.nothingFound')}
            comboboxProps={{ withinPortal: true }}
            data-testid="customer-form-products"
          />
          <ProductOrder products={values.products} onChange={(products) => set({ products })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={created.loading || updated.loading} data-testid="customer-form-submit">
              {customer ? t('common.save') : t('customers.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The chosen products in order, with buttons to move one up or down: the first is the main product. */
function ProductOrder({ products, onChange }: { products: string[]; onChange: (products: string[]) => void }) {
  const { t } = useTranslation();
  if (products.length < 2) return null;
  return (
    <Stack gap={4} data-testid="customer-form-product-order" aria-label={t('customers.form.productOrder')}>
      <Text size="sm" fw={500}>
        {t('customers.form.productOrder')}
      </Text>
      {products.map((code, index) => {
        const label = vocabLabel(t, 'productModule', code);
        return (
          <Group key={code} gap="xs" data-testid="customer-form-product" data-product={code}>
            <Text size="sm" w={24} ta="right" c="dimmed">
              {index + 1}
            </Text>
            <Text size="sm" w={160} truncate>
              {label}
            </Text>
            <ActionIcon
              variant="subtle"
              size="sm"
              disabled={index === 0}
              onClick={() => onChange(moveProduct(products, index, -1))}
              aria-label={t('customers.form.moveUp', { product: label })}
              data-testid="customer-form-product-up"
            >
              <IconArrowUp size={14} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="sm"
              disabled={index === products.length - 1}
              onClick={() => onChange(moveProduct(products, index, 1))}
              aria-label={t('customers.form.moveDown', { product: label })}
              data-testid="customer-form-product-down"
            >
              <IconArrowDown size={14} aria-hidden />
            </ActionIcon>
            {index === 0 ? (
              <Badge size="xs" variant="filled" color="blue">
                {t('customers.mainProduct')}
              </Badge>
            ) : null}
          </Group>
        );
      })}
    </Stack>
  );
}
