import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { faultCodeOf, fieldErrorsOf } from '../errors';

const badInput = new CombinedGraphQLErrors({ data: null }, [
  {
    message: 'Invalid input',
    extensions: {
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'email', message: 'Enter an email' },
        { field: 'email', message: 'second message is ignored' },
        { field: 'newPassword', message: 'Too short' },
        { nonsense: true },
      ],
    },
  },
]);

describe('GraphQL error helpers', () => {
  it('reads field errors keyed by input property', () => {
    expect(fieldErrorsOf(badInput)).toEqual({ email: 'Enter an email', newPassword: 'Too short' });
    expect(faultCodeOf(badInput)).toBe('BAD_USER_INPUT');
  });

  it('ignores errors that are not GraphQL errors', () => {
    expect(fieldErrorsOf(new Error('network down'))).toEqual({});
    expect(faultCodeOf(new Error('network down'))).toBeUndefined();
  });
});
