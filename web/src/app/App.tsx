import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from '../apollo/client';
import { AppRoutes } from './AppRoutes';
import { theme } from './theme';

// Toasts are shown only after something happens on a page: their container loads beside the first
// page rather than before it. Toasts raised meanwhile wait in the shared store until it mounts.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({
    default: m.Notifications,
  })),
);

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <MantineProvider theme={theme}>
      <Suspense fallback={null}>
        {/* Top centre, over the header's empty middle: at the top right a toast covered the user
            menu and the page's own actions for its 4 seconds, just when a user reaches for them
            after a save; at the bottom right, the submit buttons of drawers and long forms. */}
        <Notifications position="top-center" />
      </Suspense>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
