import { collectDeclarations } from './support/declarations';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

describe('access declarations', () => {
  it('every query, mutation and field resolver declares who may call it', () => {
    const undeclared = collectDeclarations(env.app).filter((d) => !d.access?.length);
    expect(undeclared).toEqual([]);
  });

  it('finds the operations it should (the collector itself works)', () => {
    const ops = collectDeclarations(env.app).map((d) => d.operation);
    expect(ops).toEqual(
      expect.arrayContaining(['Query.me', 'Mutation.signIn', 'User.partner', 'AuditLogEntry.before']),
    );
  });

  it('matches the reviewed snapshot: a change of access shows up in review', () => {
    const table = collectDeclarations(env.app).map((d) => `${d.operation.padEnd(32)} ${d.access!.join(', ')}`);
    expect(table.join('\n')).toMatchSnapshot();
  });
});
