import type {
  Adjustment,
  Appointment,
  Assessment,
  CommitteeSettings,
  OrgUnitDetail,
  OrgUnitRef,
  SeatRole,
  SeatTemplate,
} from '@/api/types';
import { ref } from './fixtures';

/** The fake server's "today", so days open are stable. */
export const committeeToday = '2026-11-26';

export interface CommitteeState {
  templates: SeatTemplate[];
  settings: CommitteeSettings;
  appointments: Appointment[];
  /** When a never-filled seat of a unit became required (EMPTY teams). */
  requiredSince: Map<number, string>;
  assessments: Assessment[];
  adjustments: Adjustment[];
}

const standard: SeatTemplate['seats'] = [
  { role: 'DIRECTOR', minCount: 1, maxCount: 1, maxAge: null },
  { role: 'EXECUTIVE_VICE_DIRECTOR', minCount: 1, maxCount: 1, maxAge: 75 },
  { role: 'MEMBER', minCount: 3, maxCount: null, maxAge: null },
];

function seedTemplates(): SeatTemplate[] {
  const kinds = ['DISTRICT', 'TOWNSHIP', 'STREET', 'VILLAGE', 'COMMUNITY'] as const;
  return [
    ...kinds.map((unitKind) => ({ unitKind, seats: standard, updatedAt: null, updatedBy: null })),
    { unitKind: 'DEPARTMENT' as const, seats: [], updatedAt: null, updatedBy: null },
  ];
}

let nextId = 500;

export function appointment(
  unit: OrgUnitRef,
  role: SeatRole,
  volunteerId: number,
  volunteerName: string,
  startedOn: string,
  end?: { endedOn: string; endReason: Appointment['endReason'] },
): Appointment {
  return {
    id: nextId++,
    unit: ref(unit),
    role,
    volunteerId,
    volunteerName,
    kind: 'ELECTION',
    startedOn,
    endedOn: end?.endedOn ?? null,
    endReason: end?.endReason ?? null,
    endNote: null,
    replacesAppointmentId: null,
    replacedByAppointmentId: null,
    current: !end,
    createdAt: `${startedOn}T08:00:00Z`,
    createdBy: 'district.leader',
    endedAt: end ? `${end.endedOn}T08:00:00Z` : null,
    endedBy: end ? 'district.leader' : null,
  };
}

/**
 * 平台村 misses one 委员 (since 2026-09-01, 86 days, past the 30-day threshold; 吴秀兰 left for age);
 * 德顺蒙古族乡 has no team at all (seats required since 2026-11-01); 区教育局 needs none;
 * every other unit is complete. 永丰村's 常务副主任 has a proposal to adjust open.
 */
export function seedCommittees(units: Map<number, OrgUnitDetail>): CommitteeState {
  nextId = 500;
  const appointments: Appointment[] = [];
  let person = 700;
  for (const unit of units.values()) {
    if (unit.kind === 'DEPARTMENT' || unit.id === 104 || unit.id === 1001) continue;
    appointments.push(appointment(unit, 'DIRECTOR', person++, `${unit.name}主任`, '2021-03-01'));
    appointments.push(
      appointment(unit, 'EXECUTIVE_VICE_DIRECTOR', person++, `${unit.name}常务`, '2021-03-01'),
    );
    for (let i = 1; i <= 3; i++)
      appointments.push(appointment(unit, 'MEMBER', person++, `${unit.name}委员${i}`, '2021-03-01'));
  }
  const village = units.get(1001)!;
  appointments.push(appointment(village, 'DIRECTOR', 601, '张广福', '2021-03-01'));
  appointments.push(appointment(village, 'EXECUTIVE_VICE_DIRECTOR', 602, '刘长海', '2021-03-01'));
  appointments.push(appointment(village, 'MEMBER', 603, '孙玉芝', '2021-03-01'));
  const left = appointment(village, 'MEMBER', 604, '吴秀兰', '2015-03-01', {
    endedOn: '2026-09-01',
    endReason: 'AGE',
  });
  appointments.push(left);
  const earlier = appointment(village, 'MEMBER', 605, '周德才', '2015-03-01', {
    endedOn: '2019-05-10',
    endReason: 'HEALTH',
  });
  const successor = { ...appointment(village, 'MEMBER', 606, '钱有余', '2019-05-10'), kind: 'FILL' as const };
  successor.replacesAppointmentId = earlier.id;
  earlier.replacedByAppointmentId = successor.id;
  appointments.push(earlier, successor);

  const evd = appointments.find((a) => a.unit.id === 1002 && a.role === 'EXECUTIVE_VICE_DIRECTOR')!;
  const assessment: Assessment = {
    id: 1,
    appointmentId: evd.id,
    year: 2025,
    rating: 'INCOMPETENT',
    notes: '不动脑、不想事、敷衍塞责',
    assessedAt: '2026-01-15T08:00:00Z',
    assessedBy: 'township.staff',
  };
  const adjustment: Adjustment = {
    id: 1,
    status: 'PROPOSED',
    unit: evd.unit,
    appointment: evd,
    assessment,
    reasons: '年度考核不称职，工作不主动',
    proposedSuccessorId: 102,
    proposedSuccessorName: '李淑芬',
    proposedAt: '2026-02-01T08:00:00Z',
    proposedBy: 'village.staff',
    consultation: null,
    decision: null,
    completion: null,
    withdrawal: null,
    nextStep: 'CONSULTATION',
    version: 1,
  };
  return {
    templates: seedTemplates(),
    settings: {
      vacancyOverdueDays: 30,
      setBy: ref(units.get(1)!),
      updatedAt: '2026-01-05T08:00:00Z',
      updatedBy: 'district.leader',
    },
    appointments,
    requiredSince: new Map([[104, '2026-11-01']]),
    assessments: [assessment],
    adjustments: [adjustment],
  };
}
