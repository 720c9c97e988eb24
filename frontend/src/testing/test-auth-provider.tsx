import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { setTokenSource } from '@/lib/api-client';
import { type Auth, AuthContext } from '@/lib/auth-context';

/** A signed-in session; login/logout are spies. */
export const testAuth = {
  getToken: () => Promise.resolve('test-token'),
  login: vi.fn(),
  logout: vi.fn(),
} satisfies Auth;

/** Stands in for Keycloak at the provider boundary (tests only). */
export function TestAuthProvider({ auth = testAuth, children }: { auth?: Auth; children: ReactNode }) {
  setTokenSource(auth.getToken);
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
