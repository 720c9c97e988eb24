import type { components } from '@/api/schema';

type Schemas = components['schemas'];
type VolunteerImport = Schemas['VolunteerImport'];

/** A census file's columns as the server recognised them: A and F unknown, the rest suggested. */
export const importColumns: Schemas['VolunteerImportColumn'][] = [
  { index: 0, letter: 'A', header: '序号', suggested: null, field: null },
  { index: 1, letter: 'B', header: '姓名', suggested: 'NAME', field: null },
  { index: 2, letter: 'C', header: '身份证号码', suggested: 'ID_NUMBER', field: null },
  { index: 3, letter: 'D', header: '联系电话', suggested: 'PHONE', field: null },
  { index: 4, letter: 'E', header: '所在村/社区', suggested: 'UNIT', field: null },
  { index: 5, letter: 'F', header: '备注', suggested: null, field: null },
];

const platformVillage = { id: 1001, code: '220802100201', name: '平台村', kind: 'VILLAGE' } as const;

function blank(): typeof importDb {
  return {
    imports: new Map(),
    ticks: new Map(),
    uploads: [],
    uploadSheets: [],
    workbook: [],
    mappings: [],
    commits: [],
    downloads: [],
    summary: { totalRows: 10, toCreate: 6, toUpdate: 1, unchanged: 0, rejected: 2, withWarnings: 1 },
    issues: [
      {
        rowNumber: 5,
        column: 'D',
        header: '联系电话',
        field: 'PHONE',
        severity: 'ERROR',
        code: 'volunteer.phone',
        message: '电话号码格式不对',
      },
      {
        rowNumber: 8,
        column: 'C',
        header: '身份证号码',
        field: 'ID_NUMBER',
        severity: 'ERROR',
        code: 'volunteer.id-number.check',
        message: '身份证号最后一位校验码不对，请核对',
      },
      {
        rowNumber: 9,
        column: 'C',
        header: '身份证号码',
        field: 'ID_NUMBER',
        severity: 'WARNING',
        code: 'import.young',
        message: '此人只有 40 岁，不满 50 岁，导入时需确认。',
      },
    ],
    changes: [
      ...['赵一', '钱二', '孙三', '李四', '周五', '吴六'].map((name, i) => ({
        rowNumber: i + 2,
        action: 'CREATE' as const,
        volunteerId: null,
        name,
        idNumberMasked: `229996********00${i}${i}`,
        unit: platformVillage,
        changes: [],
      })),
      {
        rowNumber: 10,
        action: 'UPDATE' as const,
        volunteerId: 101,
        name: '王德明',
        idNumberMasked: '220802********1239',
        unit: platformVillage,
        changes: [{ field: 'PHONE' as const, before: '138****5678', after: '139****1234' }],
      },
    ],
  };
}

/** The fake import server's state; reset before every test (see db.ts). */
export const importDb: {
  imports: Map<number, VolunteerImport>;
  /** Polls left before a running dry run or commit finishes. */
  ticks: Map<number, number>;
  uploads: string[];
  /** The `?sheet=` of each upload (null: none). */
  uploadSheets: (string | null)[];
  /** The worksheets an uploaded .xlsx holds (none: every upload reads as one sheet, like a CSV). */
  workbook: { name: string; rows: number }[];
  mappings: Schemas['VolunteerImportMappingRequest'][];
  commits: Schemas['VolunteerImportCommitRequest'][];
  /** Authorization and URL of each rejected-rows download. */
  downloads: { authorization: string | null; url: string }[];
  summary: Schemas['VolunteerImportSummary'];
  issues: Schemas['VolunteerImportIssue'][];
  changes: Schemas['VolunteerImportChange'][];
} = blank();

export function resetImportDb() {
  Object.assign(importDb, blank());
}

/** An import in any state, as if uploaded (and checked, committed…) before the test. */
export function seedImport(overrides: Partial<VolunteerImport> = {}): VolunteerImport {
  const id = overrides.id ?? 7;
  const checked = overrides.status !== undefined && overrides.status !== 'MAPPING';
  const imp: VolunteerImport = {
    id,
    fileName: '平台镇五老花名册.xlsx',
    fileSize: 52_428,
    format: 'XLSX',
    sheetName: 'Sheet1',
    sheets: [{ name: 'Sheet1', rows: 4, read: true }],
    headerRow: 1,
    status: 'MAPPING',
    columns: importColumns.map((c) => ({ ...c, field: checked ? c.suggested : null })),
    defaultUnit: null,
    progress: null,
    summary: checked ? { ...importDb.summary } : null,
    commitMode: null,
    result: null,
    failure: null,
    sameFileAs: null,
    createdAt: '2026-03-01T08:00:00Z',
    createdBy: 'district.leader',
    updatedAt: '2026-03-01T08:00:00Z',
    committedAt: null,
    version: 1,
    ...overrides,
  };
  importDb.imports.set(id, imp);
  return imp;
}
