import type { Role } from '@/api/types';
import { useCurrentUser } from '@/lib/current-user';

/**
 * The roles the backend lets write rules, bulletins and inspection rounds (RuleAccess: district admins and
 * township staff for what their unit's subtree issues). The server's `writable` on each record decides the rest.
 */
export const ruleWriterRoles: readonly Role[] = ['district-admin', 'township-staff'];

export function useRuleAccess() {
  const me = useCurrentUser();
  return { canWrite: ruleWriterRoles.some((role) => me.roles.includes(role)) };
}
