import { createContext, useContext } from 'react';
import type { Me, Permissions, Role } from '@/api/types';

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user from GET /me; only available below the app's user gate. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser must be used below the user gate');
  return me;
}

/** What a route or menu item needs: any one of `roles` (if given) and `permission` (if given). */
export interface Access {
  roles?: readonly Role[];
  permission?: keyof Permissions;
}

export function canAccess(me: Me, access: Access | undefined): boolean {
  if (!access) return true;
  if (access.roles && !access.roles.some((role) => me.roles.includes(role))) return false;
  if (access.permission && !me.permissions[access.permission]) return false;
  return true;
}
