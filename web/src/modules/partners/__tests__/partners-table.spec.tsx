// react-router ships as ES modules only, which this Jest setup does not load: a plain link stands in.
jest.mock('react-router', () => {
  const { createElement } = jest.requireActual<typeof import('react')>('react');
  return {
    Link: ({ to, ...props }: { to: string }) => createElement('a', { ...props, href: to }),
  };
});

import { MantineProvider } from '@mantine/core';
import { createInstance } from 'i18next';
import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { PartnerRowFragment } from '../../../gql/graphql';
import { MESSAGES } from '../../../i18n/locales';
import { PartnersTable } from '../components/PartnersTable';
import { evenStart, ROW_HEIGHT } from '../table-layout';

const firm = (n: number): PartnerRowFragment => ({
  id: `p-${n}`,
  name: `Firm ${String(n).padStart(4, '0')}`,
  kind: 'ACCOUNTING_FIRM',
  status: 'ACTIVE',
  tier: 2,
  regions: ['JP-13'],
  productModules: ['PAYROLL'],
  headcountAtStart: 12,
  createdAt: '2026-01-15T00:00:00.000Z',
});

const THOUSAND = Array.from({ length: 1000 }, (_, n) => firm(n));

/** The table's first paint, in English, as a browser gets it before any scroll. */
function render(props: Partial<ComponentProps<typeof PartnersTable>>): string {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: MESSAGES.en } },
    lng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return renderToStaticMarkup(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <PartnersTable
          partners={[]}
          total={0}
          loading={false}
          loadingMore={false}
          stalled={false}
          onLoadMore={() => undefined}
          listKey=""
          filtered={false}
          onReset={() => undefined}
          directionOf={(field) => (field === 'NAME' ? 'ASC' : null)}
          onSort={() => undefined}
          linkTo={(id) => `/vendor/partners/${id}`}
          {...props}
        />
      </I18nextProvider>
    </MantineProvider>,
  );
}

const rowsOf = (html: string) => [...html.matchAll(/data-testid="partner-row"/g)].length;
const spacers = (html: string) =>
  [...html.matchAll(/<tr aria-hidden="true" style="height:(\d+)(?:px)?">/g)].map((match) => Number(match[1]));

describe('PartnersTable with 1,000 firms', () => {
  it('renders only a window of rows, with room kept for the rest', () => {
    const html = render({ partners: THOUSAND, total: 1000 });
    const rendered = rowsOf(html);
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(60);
    // The window starts at the top of the list…
    expect(html).toContain('>Firm 0000</a>');
    expect(html).toContain(`>Firm ${String(rendered - 1).padStart(4, '0')}</a>`);
    expect(html).not.toContain(`>Firm ${String(rendered).padStart(4, '0')}</a>`);
    expect(html).not.toContain('>Firm 0999</a>');
    // …and the rows not rendered keep their height, so the scroll bar spans the whole list.
    const [above, below] = spacers(html);
    expect(above).toBe(0);
    expect(below).toBeGreaterThan((1000 - rendered) * 40);
  });

  it('gives every row the same height, known before it is drawn, so no row is measured', () => {
    const html = render({ partners: THOUSAND, total: 1000 });
    const rendered = rowsOf(html);
    const heights = [...html.matchAll(/data-testid="partner-row" style="height:(\d+)px"/g)].map((match) =>
      Number(match[1]),
    );
    expect(heights).toHaveLength(rendered);
    expect(new Set(heights)).toEqual(new Set([ROW_HEIGHT]));
    // The rows below the window take exactly their room: the scroll bar never jumps as they come.
    const [, below] = spacers(html);
    expect(below).toBe((1000 - rendered) * ROW_HEIGHT);
  });

  it('shows a firm’s status, tier, first regions and product modules in its row', () => {
    const busy = {
      ...firm(1),
      status: 'SUSPENDED' as const,
      tier: null,
      regions: ['JP-01', 'JP-13', 'JP-27', 'JP-40', 'JP-47'],
      productModules: ['PAYROLL', 'HR'],
    };
    const html = render({ partners: [busy], total: 1 });
    expect(html).toContain('>Suspended<');
    expect(html).toContain('aria-label="No tier yet"');
    expect(html).toContain('>Hokkaido<');
    expect(html).toContain('>Tokyo<');
    expect(html).toContain('>Osaka<');
    expect(html).not.toContain('>Fukuoka<');
    expect(html).toContain('>+2<');
    // Cells cut to two lines keep the whole of their text in their title.
    expect(html).toContain('title="Hokkaido, Tokyo, Osaka, Fukuoka, Okinawa"');
    expect(html).toContain('>Payroll<');
    expect(html).toContain('>HR<');
  });

  it('tells assistive technology the size of the whole list and each row’s place in it', () => {
    const html = render({ partners: THOUSAND, total: 1000 });
    expect(html).toContain('aria-rowcount="1001"');
    expect(html).toContain('aria-rowindex="2" data-testid="partner-row"');
    // The list scrolls by keyboard too: its view can take focus, and each firm is a link.
    expect(html).toMatch(/tabindex="0" role="region" aria-label="Partner list"/);
    expect(html).toContain('href="/vendor/partners/p-0"');
  });

  it('counts every matching firm, not only the loaded ones', () => {
    const html = render({ partners: THOUSAND.slice(0, 100), total: 1000 });
    expect(html).toContain('aria-rowcount="1001"');
    expect(rowsOf(html)).toBeLessThan(60);
  });

  it('shows every row of a short list', () => {
    const html = render({ partners: THOUSAND.slice(0, 3), total: 3 });
    expect(rowsOf(html)).toBe(3);
    expect(html).not.toContain('data-testid="partners-loading-more"');
  });

  it('says when the next page is loading, and offers to try again after a failure', () => {
    expect(render({ partners: THOUSAND.slice(0, 100), total: 1000, loadingMore: true })).toContain(
      'data-testid="partners-loading-more"',
    );
    const stalled = render({ partners: THOUSAND.slice(0, 100), total: 1000, stalled: true });
    expect(stalled).toContain('data-testid="partners-load-more"');
    expect(stalled).toContain('Load more');
  });

  it('keeps the empty states', () => {
    expect(render({})).toContain('No partners yet.');
    const filtered = render({ filtered: true });
    expect(filtered).toContain('No partner matches these filters.');
    expect(filtered).toContain('data-testid="partners-empty-reset"');
  });
});

describe('evenStart (the rows to render)', () => {
  it('starts the rendered rows at an even index, so stripes stay on the same firms', () => {
    expect(evenStart({ startIndex: 5, endIndex: 10, overscan: 2, count: 100 })).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(evenStart({ startIndex: 4, endIndex: 10, overscan: 2, count: 100 })).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(evenStart({ startIndex: 0, endIndex: 3, overscan: 8, count: 3 })).toEqual([0, 1, 2]);
  });
});
