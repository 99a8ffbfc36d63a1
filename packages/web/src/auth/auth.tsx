import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call } from '../api/call.js';
import { setCsrfToken, setUnauthorizedHandler } from '../api/client.js';
import { clearData, DataProvider } from '../api/query-client.js';
import type { Role, Session, User } from '../api/types.js';

interface Auth {
  /** undefined while the session is being checked; null when signed out. */
  user: User | null | undefined;
  roles: Role[];
  /** The account must set a new password before anything else (a generated or administrator-set one). */
  mustChangePassword: boolean;
  /** After a password change: the server ended every session, this one included. */
  signedOut: () => void;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  has: (...roles: Role[]) => boolean;
}

const Ctx = createContext<Auth>({
  user: undefined,
  roles: [],
  mustChangePassword: false,
  signedOut: () => {},
  login: async () => {},
  logout: async () => {},
  has: () => false,
});

/** Holds the signed-in user; restores the session from the cookie on load. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [roles, setRoles] = useState<Role[]>([]);
  const [mustChangePassword, setMustChangePassword] = useState(false);

  const accept = useCallback((s: Session | null) => {
    setCsrfToken(s?.csrfToken);
    setUser(s?.user ?? null);
    setRoles((s?.roles ?? []).filter(isRole));
    if (!s) clearData();
    setMustChangePassword(Boolean(s?.mustChangePassword));
  }, []);
  const signedOut = useCallback(() => accept(null), [accept]);

  useEffect(() => {
    setUnauthorizedHandler(() => accept(null));
    // The first screen after the session check (the frame and the page) renders in slices, see main.tsx.
    call('GET /api/auth/me').then(
      (s) => startTransition(() => accept(s)),
      () => startTransition(() => accept(null)),
    );
    return () => setUnauthorizedHandler(null);
  }, [accept]);

  const login = useCallback(
    async (username: string, password: string) => {
      accept(await call('POST /api/auth/login', { body: { username, password } }));
    },
    [accept],
  );
  const logout = useCallback(async () => {
    try {
      await call('POST /api/auth/logout');
    } finally {
      accept(null);
    }
  }, [accept]);
  const has = useCallback((...want: Role[]) => want.some((r) => roles.includes(r)), [roles]);

  const value = useMemo(
    () => ({ user, roles, mustChangePassword, signedOut, login, logout, has }),
    [user, roles, mustChangePassword, signedOut, login, logout, has],
  );
  return (
    <DataProvider>
      <Ctx.Provider value={value}>{children}</Ctx.Provider>
    </DataProvider>
  );
}

const roleNames: readonly string[] = ['admin', 'liaison', 'leader', 'viewer'] satisfies Role[];
/** The session and user lists name roles as strings: this keeps the four the app knows, typed. */
export const isRole = (r: string): r is Role => roleNames.includes(r);

/** The signed-in user and session actions. */
export function useAuth(): Auth {
  return useContext(Ctx);
}

/** Office-side people (the 领导小组办公室 admin, leaders, viewers) see every plan; liaisons see only their unit's work. */
export function isOffice(roles: Role[]): boolean {
  return roles.some((r) => r === 'admin' || r === 'leader' || r === 'viewer');
}
