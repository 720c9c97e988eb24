// Short names for the census-import contract types (kept in the feature: only it uses them).
import type { components, paths } from '@/api/schema';

type Schemas = components['schemas'];

export type VolunteerImport = Schemas['VolunteerImport'];
export type ImportId = VolunteerImport['id'];
export type ImportStatus = Schemas['ImportStatus'];
export type ImportField = Schemas['ImportField'];
export type ImportMode = Schemas['ImportMode'];
export type ImportAction = Schemas['ImportAction'];
export type IssueSeverity = Schemas['IssueSeverity'];
export type ImportColumn = Schemas['VolunteerImportColumn'];
export type ImportSummary = Schemas['VolunteerImportSummary'];
export type ImportIssue = Schemas['VolunteerImportIssue'];
export type ImportChange = Schemas['VolunteerImportChange'];
export type ImportMapping = Schemas['VolunteerImportMappingRequest'];
export type ImportCommit = Schemas['VolunteerImportCommitRequest'];
export type ImportListQuery = NonNullable<paths['/api/v1/volunteer-imports']['get']['parameters']['query']>;

/** The dry run or the commit is under way: poll until it is not. */
export function isRunning(status: ImportStatus): boolean {
  return status === 'VALIDATING' || status === 'COMMITTING';
}
