/** `/`: an agency's own users go to their agency's dashboard; region-wide roles to the region recap. */
import { Navigate } from 'react-router';
import { useAgencies, defaultYear } from '../api/agencies.ts';
import { useMe } from '../api/session.ts';
import { Loading } from '../components/PageState.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { agencyPath } from './nav.ts';

export function HomeRedirect() {
  const me = useMe();
  const agencies = useAgencies();
  if (me.isPending || agencies.isPending) return <Loading />;
  if (agencies.isError)
    return <ProblemAlert error={agencies.error} onRetry={() => void agencies.refetch()} />;
  if (me.data?.agencyId) {
    const own = agencies.data.agencies.find((a) => a.id === me.data?.agencyId);
    return <Navigate to={agencyPath(me.data.agencyId, '', defaultYear(own))} replace />;
  }
  if (me.data?.role === 'admin' || me.data?.role === 'evaluator' || me.data?.role === 'viewer') {
    return <Navigate to="/wilayah" replace />;
  }
  const first = agencies.data.agencies[0];
  return first ? (
    <Navigate to={agencyPath(first.id, '', defaultYear(first))} replace />
  ) : (
    <Navigate to="/admin" replace />
  );
}
