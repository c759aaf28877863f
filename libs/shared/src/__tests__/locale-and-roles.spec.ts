import { experienceOf, parseLocale, Role } from '../index';

describe('parseLocale', () => {
  it('picks the first supported language of an Accept-Language header', () => {
    expect(parseLocale('en-US,en;q=0.9,ja;q=0.8')).toBe('en');
    expect(parseLocale('fr-FR, ja;q=0.5')).toBe('ja');
    expect(parseLocale('fr, de')).toBeUndefined();
    expect(parseLocale(undefined)).toBeUndefined();
  });
});

describe('experienceOf', () => {
  it('sends each role to its own experience', () => {
    expect(experienceOf(Role.VENDOR_ADMIN)).toBe('vendor');
    expect(experienceOf(Role.VENDOR_STAFF)).toBe('vendor');
    expect(experienceOf(Role.PARTNER_ADMIN)).toBe('partner');
    expect(experienceOf(Role.PARTNER_MEMBER)).toBe('partner');
    expect(experienceOf(Role.AUDITOR)).toBe('auditor');
  });
});
