jest.mock('react-router', () => ({
  useSearchParams: () => [new URLSearchParams('month=2026-03'), () => undefined],
}));

import PartnerStatementPage from '../components/PartnerStatementPage';
import { fillStatements, MARCH, statement } from './fixtures';
import { countOf, renderPage, textOf } from './render-helpers';

describe('PartnerStatementPage (partner admin)', () => {
  it("shows the firm's own lines, count and total", () => {
    const html = renderPage(<PartnerStatementPage />, {
      role: 'PARTNER_ADMIN',
      fill: (cache) => fillStatements(cache, '2026-03', [MARCH[0]]),
    });
    expect(countOf(html, 'statement-line')).toBe(2);
    expect(textOf(html, 'statement-lines')).toContain('Sakura Foods Mar 3, 2026 Tier 3 ×1.10 ¥55,000');
    expect(textOf(html, 'statement-total')).toBe('¥115,000');
    expect(textOf(html, 'statement-count')).toBe('2');
    expect(textOf(html, 'statement-base-fee')).toBe('¥50,000');
    expect(html).toContain('value="2026-03"');
    expect(html).not.toContain('disabled="" data-testid="statements-csv"');
    expect(html).not.toContain('data-testid="statements-empty"');
  });

  it('says so when the firm completed nothing that month', () => {
    const html = renderPage(<PartnerStatementPage />, {
      role: 'PARTNER_ADMIN',
      fill: (cache) => fillStatements(cache, '2026-03', [statement('p-kaede', 'Kaede Partners', [])]),
    });
    expect(textOf(html, 'statements-empty')).toBe('Your firm completed no onboarding in March 2026.');
    expect(textOf(html, 'statement-total')).toBe('¥0');
    expect(html).not.toContain('data-testid="statement-lines"');
    expect(html).toContain('disabled="" data-testid="statements-csv"');
  });
});
