import { CUSTOMER_SIZE_BANDS, INDUSTRIES, PREFECTURES, PRODUCT_MODULES } from '@baton/shared';
import type { CustomerInput } from '../../gql/graphql';
import { isIsoDate } from './list-query';
import { SEGMENTS } from './vocabulary';

/** Limits the server checks too (api/src/customers/dto/customer.input.ts). */
export const EXTERNAL_ID_MAX = 100;
export const COMPANY_NAME_MAX = 200;

/** What the customer form edits; selects are null until chosen. */
export interface CustomerFormValues {
  externalId: string;
  companyName: string;
  industry: string | null;
  employeeBand: string | null;
  prefecture: string | null;
  /** In order: the first is the main product. */
  products: string[];
  /** YYYY-MM-DD, as a date input gives it. */
  contractDate: string;
  segment: string | null;
}

export type CustomerFormField = keyof CustomerFormValues;

/** Why a field is refused, as a message key under `customers.form.errors` (or `validation`). */
export type CustomerFormProblem =
  | { key: 'validation.required' }
  | { key: 'validation.maxLength'; max: number }
  | { key: 'customers.form.errors.unknownCode' }
  | { key: 'customers.form.errors.badDate' }
  | { key: 'customers.form.errors.duplicateProduct' };

export const EMPTY_CUSTOMER: CustomerFormValues = {
  externalId: '',
  companyName: '',
  industry: null,
  employeeBand: null,
  prefecture: null,
  products: [],
  contractDate: '',
  segment: null,
};

/** The form's starting values for an existing customer. */
export function customerFormValues(customer: {
  externalId?: string | null;
  companyName: string;
  industry: string;
  employeeBand: string;
  prefecture: string;
  products: readonly string[];
  contractDate: string;
  segment: string;
}): CustomerFormValues {
  return {
    externalId: customer.externalId ?? '',
    companyName: customer.companyName,
    industry: customer.industry,
    employeeBand: customer.employeeBand,
    prefecture: customer.prefecture,
    products: [...customer.products],
    contractDate: customer.contractDate,
    segment: customer.segment,
  };
}

function code(allowed: readonly string[], value: string | null): CustomerFormProblem | null {
  if (!value) return { key: 'validation.required' };
  return allowed.includes(value) ? null : { key: 'customers.form.errors.unknownCode' };
}

/** The checks of the server's `CustomerInput`, so the form can say them before submitting. */
export function validateCustomer(values: CustomerFormValues): Partial<Record<CustomerFormField, CustomerFormProblem>> {
  const found: Partial<Record<CustomerFormField, CustomerFormProblem>> = {};
  const externalId = values.externalId.trim();
  if (externalId.length > EXTERNAL_ID_MAX) found.externalId = { key: 'validation.maxLength', max: EXTERNAL_ID_MAX };
  const companyName = values.companyName.trim();
  if (!companyName) found.companyName = { key: 'validation.required' };
  else if (companyName.length > COMPANY_NAME_MAX)
    found.companyName = { key: 'validation.maxLength', max: COMPANY_NAME_MAX };
  const checks: [CustomerFormField, CustomerFormProblem | null][] = [
    ['industry', code(INDUSTRIES, values.industry)],
    ['employeeBand', code(CUSTOMER_SIZE_BANDS, values.employeeBand)],
    ['prefecture', code(PREFECTURES, values.prefecture)],
    ['segment', code(SEGMENTS, values.segment)],
  ];
  for (const [field, problem] of checks) if (problem) found[field] = problem;
  if (values.products.length === 0) found.products = { key: 'validation.required' };
  else if (values.products.some((p) => !(PRODUCT_MODULES as readonly string[]).includes(p)))
    found.products = { key: 'customers.form.errors.unknownCode' };
  else if (new Set(values.products).size !== values.products.length)
    found.products = { key: 'customers.form.errors.duplicateProduct' };
  if (!values.contractDate) found.contractDate = { key: 'validation.required' };
  else if (!isIsoDate(values.contractDate)) found.contractDate = { key: 'customers.form.errors.badDate' };
  return found;
}

/** The API input of valid form values (blank CRM id sent as null). */
export function toCustomerInput(values: CustomerFormValues): CustomerInput {
  const externalId = values.externalId.trim();
  return {
    externalId: externalId || null,
    companyName: values.companyName.trim(),
    industry: values.industry ?? '',
    employeeBand: values.employeeBand ?? '',
    prefecture: values.prefecture ?? '',
    products: values.products,
    contractDate: values.contractDate,
    segment: values.segment ?? '',
  };
}

/** Moves one product to the front of the list: it becomes the main product. */
export function makeMainProduct(products: readonly string[], product: string): string[] {
  if (!products.includes(product)) return [...products];
  return [product, ...products.filter((p) => p !== product)];
}

/** Moves a product one place up (-1) or down (+1) in the order. */
export function moveProduct(products: readonly string[], index: number, offset: -1 | 1): string[] {
  const target = index + offset;
  if (index < 0 || index >= products.length || target < 0 || target >= products.length) return [...products];
  const next = [...products];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

const FORM_FIELDS: readonly CustomerFormField[] = Object.keys(EMPTY_CUSTOMER) as CustomerFormField[];

/**
 * Server field errors keyed by the form's fields: a path such as `input.products.1` belongs to
 * `products`; errors on anything else are returned apart, for the form-level message.
 */
export function byFormField(errors: Record<string, string>): {
  fields: Partial<Record<CustomerFormField, string>>;
  other: string[];
} {
  const fields: Partial<Record<CustomerFormField, string>> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const field = path
      .split('.')
      .find((part): part is CustomerFormField => FORM_FIELDS.includes(part as CustomerFormField));
    if (field) fields[field] ??= message;
    else other.push(message);
  }
  return { fields, other };
}
