import { MESSAGES } from '../locales';
import { pseudoize } from '../pseudo';

const { en } = MESSAGES;

describe('pseudo-locale', () => {
  it('wraps every English message, keeping interpolation intact', () => {
    const pseudo = pseudoize(en) as typeof en;
    expect(pseudo.nav.home).toBe('⟦Home⟧');
    expect(pseudo.home.welcome).toBe('⟦Welcome, {{name}}⟧');
    expect(pseudo.enums.Role.AUDITOR).toBe('⟦Auditor⟧');
  });
});
