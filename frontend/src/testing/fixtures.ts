import type {
  Account,
  AuditEvent,
  Me,
  OrgUnitDetail,
  OrgUnitKind,
  OrgUnitKindRule,
  OrgUnitRef,
  VolunteerCategory,
  VolunteerDetail,
  VolunteerPersonalData,
  VolunteerStatusChange,
} from '@/api/types';

// A small slice of the demo district (洮北区) for route tests.
type Seed = [id: number, code: string, name: string, kind: OrgUnitKind, parentId: number | null];

const seed: Seed[] = [
  [1, '220802', '洮北区', 'DISTRICT', null],
  [10, '220802001', '海明街道', 'STREET', 1],
  [100, '220802100', '平台镇', 'TOWNSHIP', 1],
  [104, '220802204', '德顺蒙古族乡', 'TOWNSHIP', 1],
  [900, '220802901', '区教育局', 'DEPARTMENT', 1],
  [1001, '220802100201', '平台村', 'VILLAGE', 100],
  [1002, '220802100202', '永丰村', 'VILLAGE', 100],
  [1003, '220802001001', '海明社区', 'COMMUNITY', 10],
];

export function ref(unit: OrgUnitRef): OrgUnitRef {
  return { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind };
}

/** Fresh units for each test; breadcrumbs run from the district down. */
export function seedUnits(): Map<number, OrgUnitDetail> {
  const units = new Map<number, OrgUnitDetail>();
  seed.forEach(([id, code, name, kind, parentId], sortOrder) => {
    const parent = parentId === null ? undefined : units.get(parentId);
    const unit: OrgUnitDetail = {
      id,
      code,
      name,
      kind,
      parentId,
      depth: parent ? parent.depth + 1 : 0,
      sortOrder,
      active: true,
      childCount: seed.filter((s) => s[4] === id).length,
      breadcrumbs: [],
      version: 1,
      createdAt: '2026-01-05T08:00:00Z',
      updatedAt: '2026-01-05T08:00:00Z',
      deactivatedAt: null,
      deactivationReason: null,
    };
    unit.breadcrumbs = [...(parent?.breadcrumbs ?? []), ref(unit)];
    units.set(id, unit);
  });
  return units;
}

const allPermissions = { manageTree: true, manageAccounts: true, viewAudit: true };
const noPermissions = { manageTree: false, manageAccounts: false, viewAudit: false };

export const users = {
  districtAdmin: {
    username: 'district.leader',
    displayName: '王主任',
    roles: ['district-admin'],
    unit: { id: 1, code: '220802', name: '洮北区', kind: 'DISTRICT' },
    permissions: allPermissions,
  },
  districtViewer: {
    username: 'district.viewer',
    displayName: '李领导',
    roles: ['district-viewer'],
    unit: { id: 1, code: '220802', name: '洮北区', kind: 'DISTRICT' },
    permissions: noPermissions,
  },
  townshipStaff: {
    username: 'township.staff',
    displayName: '赵干事',
    roles: ['township-staff'],
    unit: { id: 100, code: '220802100', name: '平台镇', kind: 'TOWNSHIP' },
    permissions: noPermissions,
  },
  villageStaff: {
    username: 'village.staff',
    displayName: '张会计',
    roles: ['village-staff'],
    unit: { id: 1001, code: '220802100201', name: '平台村', kind: 'VILLAGE' },
    permissions: noPermissions,
  },
} satisfies Record<string, Me>;

export const kindRules: OrgUnitKindRule[] = [
  { kind: 'DISTRICT', allowedChildKinds: ['TOWNSHIP', 'STREET', 'DEPARTMENT'] },
  { kind: 'TOWNSHIP', allowedChildKinds: ['VILLAGE'] },
  { kind: 'STREET', allowedChildKinds: ['COMMUNITY'] },
  { kind: 'DEPARTMENT', allowedChildKinds: [] },
  { kind: 'VILLAGE', allowedChildKinds: [] },
  { kind: 'COMMUNITY', allowedChildKinds: [] },
];

export function seedAccounts(): Account[] {
  const roles = ['district-admin', 'township-staff', 'village-staff'] as const;
  return Array.from({ length: 60 }, (_, i) => ({
    id: `acc-${i + 1}`,
    username: `user${String(i + 1).padStart(2, '0')}`,
    displayName: `用户${i + 1}`,
    role: roles[i % roles.length],
    unit: { id: 1001, code: '220802100201', name: '平台村', kind: 'VILLAGE' as const },
    enabled: i % 7 !== 6,
    createdAt: '2026-01-06T09:30:00Z',
  }));
}

export const auditEvents: AuditEvent[] = [
  {
    id: 1,
    occurredAt: '2026-01-07T10:15:00Z',
    actor: 'district.leader',
    actorName: '区关工委 王主任',
    action: 'UPDATE',
    entityType: 'OrgUnit',
    entityId: '1002',
    before: { name: '永丰屯', code: '220802100202' },
    after: { name: '永丰村', code: '220802100202' },
  },
  {
    id: 2,
    occurredAt: '2026-01-06T08:00:00Z',
    actor: 'demo-data',
    actorName: null,
    action: 'COMMIT',
    entityType: 'VolunteerImport',
    entityId: '7',
    before: null,
    after: null,
  },
  {
    id: 3,
    occurredAt: '2026-01-05T08:00:00Z',
    actor: 'township.staff',
    actorName: null,
    action: 'training.check-in',
    entityType: 'TrainingSession',
    entityId: '12',
    before: null,
    after: null,
  },
];

export interface VolunteerRecord {
  detail: VolunteerDetail;
  personal: VolunteerPersonalData;
  history: VolunteerStatusChange[];
}

type VolunteerSeed = [
  id: number,
  name: string,
  idNumber: string,
  phone: string | null,
  unitId: number,
  categories: VolunteerCategory[],
  status: VolunteerDetail['status'],
];

const volunteerSeed: VolunteerSeed[] = [
  [101, '王德明', '220802195001011239', '13812345678', 1001, ['TEACHER'], 'ACTIVE'],
  [102, '李淑芬', '220802194803152426', '13998765432', 1002, ['CADRE', 'MODEL'], 'REGISTERED'],
  [103, '赵国庆', '220802195506202014', null, 1003, ['VETERAN'], 'CONTACTED'],
];

export function maskedId(value: string) {
  return `${value.slice(0, 6)}********${value.slice(14)}`;
}

export function maskedPhone(value: string | null) {
  return value ? `${value.slice(0, 3)}****${value.slice(7)}` : null;
}

/** Fresh 五老 records for each test: 王德明 in 平台村, 李淑芬 in 永丰村, 赵国庆 in 海明社区. */
export function seedVolunteers(units: Map<number, OrgUnitDetail>): Map<number, VolunteerRecord> {
  const records = new Map<number, VolunteerRecord>();
  for (const [id, name, idNumber, phone, unitId, categories, status] of volunteerSeed) {
    records.set(id, {
      detail: {
        id,
        name,
        gender: Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
        age: 2026 - Number(idNumber.slice(6, 10)),
        idNumberMasked: maskedId(idNumber),
        phoneMasked: maskedPhone(phone),
        hasAddress: true,
        hasHealth: false,
        categories,
        formerEmployer: '洮北区教育局',
        formerPost: null,
        retirementType: 'TUIXIU',
        skills: [],
        activityAreas: ['CARE'],
        status,
        statusChangedAt: '2026-02-01T08:00:00Z',
        unit: ref(units.get(unitId)!),
        version: 1,
        createdAt: '2026-01-10T08:00:00Z',
        createdBy: 'village.staff',
        updatedAt: '2026-02-01T08:00:00Z',
        updatedBy: 'village.staff',
      },
      personal: { id, idNumber, phone, address: '平台镇平台村三组', health: null },
      history: [
        {
          id: id * 10,
          fromStatus: null,
          toStatus: 'REGISTERED',
          changedAt: '2026-01-10T08:00:00Z',
          changedBy: 'village.staff',
          note: null,
        },
      ],
    });
  }
  return records;
}
