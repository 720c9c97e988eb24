import { createContext, useContext } from 'react';

/** What the app needs from the identity provider; keycloak-js in the product, a stub in tests. */
export interface Auth {
  /** A valid access token, refreshed first when close to expiry. */
  getToken(): Promise<string | undefined>;
  login(): void;
  logout(): void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside an auth provider');
  return auth;
}
