import type { Account, Me, OrgUnitDetail } from '@/api/types';
import { seedAccounts, seedUnits, users } from './fixtures';

/** The fake server's state; reset before every test. */
export const db: {
  me: Me;
  units: Map<number, OrgUnitDetail>;
  accounts: Account[];
  /** Accept-Language of the last API call, to check the language reaches the server. */
  lastLanguage: string | null;
} = {
  me: users.districtAdmin,
  units: seedUnits(),
  accounts: seedAccounts(),
  lastLanguage: null,
};

export function resetDb() {
  db.me = users.districtAdmin;
  db.units = seedUnits();
  db.accounts = seedAccounts();
  db.lastLanguage = null;
}
