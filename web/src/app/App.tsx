import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from '../apollo/client';
import { AppRoutes } from './AppRoutes';
import { theme } from './theme';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
