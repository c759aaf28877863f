import {
  byFormField,
  customerFormValues,
  EMPTY_CUSTOMER,
  makeMainProduct,
  moveProduct,
  toCustomerInput,
  validateCustomer,
  type CustomerFormValues,
} from '../customer-form';

const VALID: CustomerFormValues = {
  externalId: '  CRM-1 ',
  companyName: ' 株式会社さくら ',
  industry: 'RETAIL',
  employeeBand: '21-100',
  prefecture: 'JP-13',
  products: ['PAYROLL', 'ACCOUNTING'],
  contractDate: '2026-04-01',
  segment: 'SMB',
};

describe('customer form', () => {
  it('accepts a complete customer and builds the API input, trimmed', () => {
    expect(validateCustomer(VALID)).toEqual({});
    expect(toCustomerInput(VALID)).toEqual({
      externalId: 'CRM-1',
      companyName: '株式会社さくら',
      industry: 'RETAIL',
      employeeBand: '21-100',
      prefecture: 'JP-13',
      products: ['PAYROLL', 'ACCOUNTING'],
      contractDate: '2026-04-01',
      segment: 'SMB',
    });
  });

  it('sends a blank CRM id as null (it is optional)', () => {
    expect(validateCustomer({ ...VALID, externalId: '   ' })).toEqual({});
    expect(toCustomerInput({ ...VALID, externalId: '   ' }).externalId).toBeNull();
  });

  it('requires every field but the CRM id', () => {
    expect(validateCustomer(EMPTY_CUSTOMER)).toEqual({
      companyName: { key: 'validation.required' },
      industry: { key: 'validation.required' },
      employeeBand: { key: 'validation.required' },
      prefecture: { key: 'validation.required' },
      segment: { key: 'validation.required' },
      products: { key: 'validation.required' },
      contractDate: { key: 'validation.required' },
    });
    expect(validateCustomer({ ...VALID, companyName: '   ' }).companyName).toEqual({ key: 'validation.required' });
  });

  it('mirrors the server limits, codes and dates', () => {
    const problems = validateCustomer({
      ...VALID,
      externalId: 'x'.repeat(101),
      companyName: 'y'.repeat(201),
      industry: 'SPACE',
      prefecture: 'JP-48',
      products: ['PAYROLL', 'PAYROLL'],
      contractDate: '2026-02-30',
    });
    expect(problems).toEqual({
      externalId: { key: 'validation.maxLength', max: 100 },
      companyName: { key: 'validation.maxLength', max: 200 },
      industry: { key: 'customers.form.errors.unknownCode' },
      prefecture: { key: 'customers.form.errors.unknownCode' },
      products: { key: 'customers.form.errors.duplicateProduct' },
      contractDate: { key: 'customers.form.errors.badDate' },
    });
    expect(validateCustomer({ ...VALID, products: ['CRM'] }).products).toEqual({
      key: 'customers.form.errors.unknownCode',
    });
    expect(validateCustomer({ ...VALID, externalId: 'x'.repeat(100), companyName: 'y'.repeat(200) })).toEqual({});
  });

  it('starts editing from the customer, with a null CRM id as blank', () => {
    const values = customerFormValues({ ...toCustomerInput(VALID), externalId: null });
    expect(values.externalId).toBe('');
    expect(values.products).toEqual(['PAYROLL', 'ACCOUNTING']);
  });

  it('reorders products: the first is the main one', () => {
    expect(makeMainProduct(['A', 'B', 'C'], 'C')).toEqual(['C', 'A', 'B']);
    expect(makeMainProduct(['A', 'B'], 'Z')).toEqual(['A', 'B']);
    expect(moveProduct(['A', 'B', 'C'], 1, -1)).toEqual(['B', 'A', 'C']);
    expect(moveProduct(['A', 'B', 'C'], 1, 1)).toEqual(['A', 'C', 'B']);
    expect(moveProduct(['A', 'B', 'C'], 0, -1)).toEqual(['A', 'B', 'C']);
    expect(moveProduct(['A', 'B', 'C'], 2, 1)).toEqual(['A', 'B', 'C']);
  });

  it('maps server field errors to the form fields, keeping the rest apart', () => {
    expect(
      byFormField({
        externalId: 'too long',
        'input.products.1': 'unknown product',
        'products.0': 'second message ignored',
        skip: 'not a form field',
      }),
    ).toEqual({
      fields: { externalId: 'too long', products: 'unknown product' },
      other: ['not a form field'],
    });
  });
});
