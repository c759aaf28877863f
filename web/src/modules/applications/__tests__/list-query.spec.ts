import type { TFunction } from 'i18next';
import { byFormField, EMPTY_APPLICATION, toSubmitInput, validateApplication } from '../application-form';
import { absoluteUrl } from '../criteria';
import { parseApplicationListQuery, toApplicationFilter, toSearchParams } from '../list-query';

const t = ((key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key) as unknown as TFunction;

describe('application list query in the URL', () => {
  it('reads filters, sort and page, dropping unknown values', () => {
    const query = parseApplicationListQuery(
      new URLSearchParams('q=さくら&status=APPROVED&status=NOPE&sort=FIRM_NAME&dir=ASC&page=2&take=50'),
    );
    expect(query).toEqual({
      search: 'さくら',
      statuses: ['APPROVED'],
      sort: { field: 'FIRM_NAME', direction: 'ASC' },
      page: 2,
      take: 50,
    });
    expect(toApplicationFilter(query)).toEqual({ search: 'さくら', statuses: ['APPROVED'] });
  });

  it('defaults to newest first, and leaves defaults out of the URL', () => {
    const query = parseApplicationListQuery(new URLSearchParams('sort=BOGUS&take=7'));
    expect(query.sort).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
    expect(query.take).toBe(25);
    expect(toSearchParams(query).toString()).toBe('');
    expect(toApplicationFilter(query)).toEqual({});
  });
});

describe('public application form', () => {
  it('requires the firm, kind, contact and numbers', () => {
    expect(Object.keys(validateApplication(EMPTY_APPLICATION, t)).sort()).toEqual(
      ['contactEmail', 'contactName', 'firmName', 'headcountAtStart', 'kind', 'monthlyCapacity'].sort(),
    );
  });

  it('checks e-mail, lengths and ranges like the server', () => {
    const errors = validateApplication(
      {
        ...EMPTY_APPLICATION,
        firmName: 'x'.repeat(201),
        kind: 'OTHER',
        contactName: 'A',
        contactEmail: 'not-an-email',
        headcountAtStart: 100001,
        monthlyCapacity: 2.5,
      },
      t,
    );
    expect(errors.firmName).toContain('validation.maxLength');
    expect(errors.contactEmail).toBe('validation.email');
    expect(errors.headcountAtStart).toContain('applications.validation.range');
    expect(errors.monthlyCapacity).toContain('applications.validation.range');
  });

  it('trims texts and leaves blank optional ones out', () => {
    const input = toSubmitInput({
      ...EMPTY_APPLICATION,
      firmName: '  Firm  ',
      kind: 'OTHER',
      contactName: ' A ',
      contactEmail: ' a@b.example ',
      contactPhone: '  ',
      headcountAtStart: '3',
      monthlyCapacity: 2,
    });
    expect(input).toMatchObject({
      firmName: 'Firm',
      contactEmail: 'a@b.example',
      headcountAtStart: 3,
      monthlyCapacity: 2,
    });
    expect(input.contactPhone).toBeUndefined();
    expect(input.companyUrl).toBeUndefined();
  });

  it('maps server field paths to form fields', () => {
    expect(byFormField({ 'industries.2': 'bad', firmName: 'x' })).toEqual({ industries: 'bad', firmName: 'x' });
  });

  it('makes the invitation path a full link', () => {
    expect(absoluteUrl('/invitation/abc', 'http://localhost:3100')).toBe('http://localhost:3100/invitation/abc');
    expect(absoluteUrl('https://x.example/i/abc', 'http://localhost')).toBe('https://x.example/i/abc');
  });
});
