import { Center, Loader } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { MeQuery } from '../graphql/auth';
import { SessionContext } from '../hooks/useSession';

/** Gate for every signed-in route: loads `me`, or sends the visitor to sign-in. */
export function RequireSession() {
  const location = useLocation();
  const { data, loading, error } = useQuery(MeQuery);

  if (loading && !data) {
    return (
      <Center h="100vh">
        <Loader aria-hidden />
      </Center>
    );
  }
  if (error && !data) {
    return (
      <Center h="100vh" p="md">
        <ErrorAlert error={error} />
      </Center>
    );
  }
  const me = data?.me;
  if (!me) {
    const from = location.pathname + location.search;
    return <Navigate to="/sign-in" replace state={{ from }} />;
  }
  return (
    <SessionContext.Provider value={me}>
      <Outlet />
    </SessionContext.Provider>
  );
}
