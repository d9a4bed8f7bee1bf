/** Who is signed in, and signing in and out. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from './client.ts';

export type Role = 'admin' | 'operator' | 'kepala' | 'evaluator' | 'viewer';

export type Me = {
  userId: string;
  displayName: string;
  role: Role;
  regionId: string;
  agencyId: string | null;
  locale: string;
  csrfToken: string;
};

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when nobody is (a 401 is not an error here). */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api.get<Me>('/auth/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) => api.post<Me>('/auth/login', input),
    onSuccess: (me) => {
      client.clear();
      client.setQueryData(ME_KEY, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
}

/** What a role may do in the web app: only to hide buttons the server would refuse (the server decides). */
export const ROLE_CAN = {
  editPlan: (role: Role) => role === 'operator' || role === 'kepala',
  record: (role: Role) => role === 'operator' || role === 'kepala',
  verify: (role: Role) => role === 'kepala' || role === 'admin',
  signPk: (role: Role) => role === 'kepala',
  review: (role: Role) => role === 'evaluator',
  administer: (role: Role) => role === 'admin',
  readAudit: (role: Role) => role !== 'viewer',
} as const;
