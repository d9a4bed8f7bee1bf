/** Signed-in pages: without a session the user goes to the login page and comes back after. */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { SIGNED_OUT_EVENT } from '../api/client.ts';
import { ME_KEY, useMe } from '../api/session.ts';
import { Loading } from '../components/PageState.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { Layout } from './Layout.tsx';

export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  useEffect(() => {
    const signedOut = () => {
      client.clear();
      client.setQueryData(ME_KEY, null);
      void navigate('/masuk', { replace: true, state: { from: location.pathname + location.search } });
    };
    window.addEventListener(SIGNED_OUT_EVENT, signedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, signedOut);
  }, [client, navigate, location]);
  if (me.isPending) return <Loading />;
  if (me.isError) return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data === null) {
    return <Navigate to="/masuk" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Layout me={me.data} />;
}
