import type { Account, Me, OrgUnitDetail } from '@/api/types';
import type { Activity, CareRecord } from '@/features/volunteer-activities/api/types';
import { resetImportDb } from './import-db';
import { type CommitteeState, seedCommittees } from './committee-fixtures';
import { seedAccounts, seedUnits, seedVolunteers, users, type VolunteerRecord } from './fixtures';

/** The fake server's state; reset before every test. */
export const db: {
  me: Me;
  units: Map<number, OrgUnitDetail>;
  accounts: Account[];
  volunteers: Map<number, VolunteerRecord>;
  /** The activity and care logs, newest first. */
  activities: Activity[];
  careRecords: CareRecord[];
  committees: CommitteeState;
  /** Accept-Language of the last API call, to check the language reaches the server. */
  lastLanguage: string | null;
} = {
  me: users.districtAdmin,
  units: seedUnits(),
  accounts: seedAccounts(),
  volunteers: seedVolunteers(seedUnits()),
  activities: [],
  careRecords: [],
  committees: seedCommittees(seedUnits()),
  lastLanguage: null,
};

export function resetDb() {
  db.me = users.districtAdmin;
  db.units = seedUnits();
  db.accounts = seedAccounts();
  db.volunteers = seedVolunteers(db.units);
  db.activities = [];
  db.careRecords = [];
  db.committees = seedCommittees(db.units);
  db.lastLanguage = null;
  resetImportDb();
}
