jest.mock('@mantine/charts/styles.css', () => ({}));
jest.mock('react-router', () => ({
  useSearchParams: () => [new URLSearchParams(mockSearch), () => undefined],
}));
let mockSearch = 'month=2026-03';

import StatementsPage from '../components/StatementsPage';
import { StatementsTable } from '../components/StatementsTable';
import { fillSettings, fillStatements, MARCH, statement } from './fixtures';
import { countOf, renderPage, textOf } from './render-helpers';

describe('StatementsPage (vendor and auditor)', () => {
  beforeEach(() => {
    mockSearch = 'month=2026-03';
  });

  it('lists one row per firm with yen-formatted totals and a grand total', () => {
    const html = renderPage(<StatementsPage />, {
      role: 'VENDOR_STAFF',
      fill: (cache) => fillStatements(cache, '2026-03', MARCH),
    });
    expect(textOf(html, 'statement-row-p-alpha')).toBe('Alpha Consulting 2 ¥50,000 ¥115,000');
    expect(textOf(html, 'statement-total-p-alpha')).toBe('¥115,000');
    expect(textOf(html, 'statement-total-p-kaede')).toBe('¥0');
    expect(textOf(html, 'statements-grand-total')).toBe('¥115,000');
    expect(textOf(html, 'statements-total')).toBe('¥115,000');
    expect(html).toContain('value="2026-03"');
    expect(html).toContain('data-testid="statements-chart"');
    expect(html).not.toContain('data-testid="statements-empty"');
    // Closed rows show no lines until opened.
    expect(countOf(html, 'statement-line')).toBe(0);
    expect(html).not.toContain('disabled="" data-testid="statements-csv"');
  });

  it('reads the month from the URL', () => {
    mockSearch = 'month=2025-12';
    const html = renderPage(<StatementsPage />, {
      role: 'AUDITOR',
      fill: (cache) => fillStatements(cache, '2025-12', [statement('p-x', 'Xeno', [])]),
    });
    expect(html).toContain('value="2025-12"');
    expect(textOf(html, 'statement-row-p-x')).toBe('Xeno 0 ¥50,000 ¥0');
  });

  it('says clearly when no firm completed an onboarding, and has nothing to export', () => {
    const html = renderPage(<StatementsPage />, {
      role: 'VENDOR_STAFF',
      fill: (cache) => fillStatements(cache, '2026-03', [statement('p-kaede', 'Kaede Partners', [])]),
    });
    expect(textOf(html, 'statements-empty')).toBe('No firm completed an onboarding in March 2026.');
    expect(html).not.toContain('data-testid="statements-chart"');
    expect(html).toContain('disabled="" data-testid="statements-csv"');
  });

  it.each([
    ['VENDOR_ADMIN', true],
    ['VENDOR_STAFF', false],
    ['AUDITOR', false],
  ])('shows the base fee card to %s: %s', (role, shown) => {
    const html = renderPage(<StatementsPage />, {
      role,
      fill: (cache) => {
        fillStatements(cache, '2026-03', MARCH);
        fillSettings(cache, 50000);
      },
    });
    expect(html.includes('data-testid="base-fee-input"')).toBe(shown);
    expect(html.includes('data-testid="base-fee-save"')).toBe(shown);
    if (shown) expect(/<input[^>]*data-testid="base-fee-input"[^>]*>/.exec(html)?.[0]).toContain('value="50000"');
  });
});

describe('StatementsTable', () => {
  const render = (open: string[]) =>
    renderPage(<StatementsTable statements={MARCH} label="March" open={new Set(open)} onToggle={() => undefined} />, {
      role: 'VENDOR_STAFF',
    });

  it('shows an opened firm its lines: customer, day, tier, rate and amount', () => {
    const html = render(['p-alpha']);
    expect(countOf(html, 'statement-line')).toBe(2);
    const lines = textOf(html, 'statement-lines-p-alpha');
    expect(lines).toContain('Sakura Foods Mar 3, 2026 Tier 3 ×1.10 ¥55,000');
    expect(lines).toContain('Fuji Logistics Mar 21, 2026 Tier 4 ×1.20 ¥60,000');
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('aria-label="Hide the lines of Alpha Consulting"');
    expect(html).not.toContain('data-testid="statement-lines-p-kaede"');
  });

  it('keeps closed firms closed, with a button to open each', () => {
    const html = render([]);
    expect(countOf(html, 'statement-line')).toBe(0);
    expect(html).not.toContain('data-testid="statement-lines-p-alpha"');
    expect(html).toContain('aria-label="Show the lines of Alpha Consulting"');
    expect(countOf(html, 'statement-toggle-p-alpha')).toBe(1);
  });

  it('says so when an opened firm has no lines', () => {
    const html = render(['p-kaede']);
    expect(textOf(html, 'statement-lines-p-kaede')).toContain('No onboarding completed in this month.');
  });
});
