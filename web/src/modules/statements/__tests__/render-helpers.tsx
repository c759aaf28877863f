import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { createInstance } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { SessionContext, type SessionUser } from '../../auth/hooks/useSession';
import { MESSAGES } from '../../../i18n/locales';

/**
 * Renders a page to HTML in English, the way it first paints: queries answer from a cache filled
 * beforehand (no network), so no browser is needed. react-router is ESM-only, which this jest
 * cannot load: specs mock `useSearchParams` (see `routerMock`).
 */
export function renderPage(
  ui: ReactElement,
  { role, fill = () => undefined }: { role: string; fill?: (cache: InMemoryCache) => void },
): string {
  const cache = new InMemoryCache();
  fill(cache);
  // A network that never answers: the page shows what the cache holds.
  const client = new ApolloClient({ cache, link: new ApolloLink(() => new Observable(() => undefined)) });
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: MESSAGES.en } },
    lng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const user = { id: 'u1', email: 'someone@example.com', role } as unknown as SessionUser;
  return renderToStaticMarkup(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <ApolloProvider client={client}>
          <SessionContext.Provider value={user}>{ui}</SessionContext.Provider>
        </ApolloProvider>
      </I18nextProvider>
    </MantineProvider>,
  );
}

/** The text of the element with a data-testid (tags stripped), or null when absent. */
export function textOf(html: string, testId: string): string | null {
  const start = html.indexOf(`data-testid="${testId}"`);
  if (start < 0) return null;
  const open = html.lastIndexOf('<', start);
  const tag = /^<(\w+)/.exec(html.slice(open))![1];
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = open;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : m[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return decode(html.slice(open, m.index + m[0].length).replace(/<[^>]+>/g, ' '));
  }
  return null;
}

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

export function countOf(html: string, testId: string): number {
  return html.split(`data-testid="${testId}"`).length - 1;
}
