import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateUserInput } from '../../../identity/dto/create-user.input';
import { InputValidationFault } from '../input-validation';

async function faultFor(input: object) {
  return new InputValidationFault(await validate(plainToInstance(CreateUserInput, input)));
}

describe('InputValidationFault', () => {
  const bad = { email: 'nope', displayName: '', role: 'KING', password: 'short' };

  it('names each field and what is wrong with it, in English', async () => {
    expect((await faultFor(bad)).fieldErrors('en')).toEqual([
      { field: 'email', message: 'Email address must be a valid email address.' },
      { field: 'displayName', message: 'Name is required.' },
      { field: 'role', message: 'Role has a value that is not allowed.' },
      { field: 'password', message: 'Password must be at least 12 characters long.' },
    ]);
  });

  it('and in Japanese, with the constraint’s numbers filled in', async () => {
    const errors = (await faultFor({ ...bad, displayName: 'x'.repeat(101) })).fieldErrors('ja');
    expect(errors).toContainEqual({ field: 'displayName', message: '氏名は100文字以内で入力してください。' });
    expect(errors).toContainEqual({ field: 'password', message: 'パスワードは12文字以上で入力してください。' });
  });

  it('accepts a valid input', async () => {
    const ok = { email: 'a@b.example', displayName: 'A', role: 'VENDOR_STAFF', password: 'long-enough-pass' };
    expect(await validate(plainToInstance(CreateUserInput, ok))).toEqual([]);
  });
});
