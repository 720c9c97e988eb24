import { http, HttpResponse } from 'msw';
import type { paths } from '@/api/schema';
import type {
  Adjustment,
  Appointment,
  Assessment,
  Committee,
  CommitteeCoverage,
  CommitteeFigures,
  CommitteeSeat,
  CommitteeSettings,
  CompleteAdjustment,
  CreateAssessment,
  DecideAdjustment,
  EndAppointment,
  FillVacancy,
  OrgUnitDetail,
  Page,
  Problem,
  ProposeAdjustment,
  RecordConsultation,
  SeatRole,
  SeatRuleInput,
  SeatTemplate,
  TeamStatus,
  UnitCoverage,
  Vacancy,
  VacancyCandidate,
} from '@/api/types';
import { appointment, committeeToday } from './committee-fixtures';
import { db } from './db';
import { ref } from './fixtures';

// The committee API (班子) over db.committees, with the same scope and role rules as the server.

function url(path: keyof paths): string {
  return `*${path.replace(/\{(\w+)\}/g, ':$1')}`;
}

function problem(status: number, title: string, detail: string) {
  return HttpResponse.json<Problem>(
    { type: `https://ggw.example/problems/${status}`, title, status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const notFound = () => problem(404, '未找到', '单位不存在。');
const forbidden = () => problem(403, '无权操作', '您的角色不能进行此操作。');
const conflict = (detail: string) => problem(409, '操作冲突', detail);

function inScope(unit: OrgUnitDetail | undefined): unit is OrgUnitDetail {
  return !!unit && unit.breadcrumbs.some((crumb) => crumb.id === db.me.unit?.id);
}

function unitOf(id: number | string | null | undefined) {
  const unit = db.units.get(Number(id ?? db.me.unit?.id));
  return inScope(unit) ? unit : undefined;
}

const isWriter = () => db.me.roles.some((r) => r === 'district-admin' || r === 'township-staff');
const isProposer = () => isWriter() || db.me.roles.includes('village-staff');

function days(from: string) {
  return Math.round((Date.parse(committeeToday) - Date.parse(from)) / 86_400_000);
}

function seatsOf(unit: OrgUnitDetail) {
  return db.committees.templates.find((t) => t.unitKind === unit.kind)?.seats ?? [];
}

function current(unitId: number) {
  return db.committees.appointments.filter((a) => a.unit.id === unitId && !a.endedOn);
}

function vacanciesOf(unit: OrgUnitDetail, role: SeatRole, minCount: number): Vacancy[] {
  const held = current(unit.id).filter((a) => a.role === role).length;
  const ended = db.committees.appointments
    .filter((a) => a.unit.id === unit.id && a.role === role && a.endedOn && !a.replacedByAppointmentId)
    .sort((x, y) => (y.endedOn ?? '').localeCompare(x.endedOn ?? ''));
  return Array.from({ length: Math.max(0, minCount - held) }, (_, i) => {
    const previous = ended[i];
    const vacantSince = previous?.endedOn ?? db.committees.requiredSince.get(unit.id) ?? '2026-01-01';
    const daysOpen = days(vacantSince);
    return {
      unit: ref(unit),
      role,
      slot: i + 1,
      vacantSince,
      daysOpen,
      overdue: daysOpen > db.committees.settings.vacancyOverdueDays,
      previousAppointmentId: previous?.id ?? null,
      previousHolderName: previous?.volunteerName ?? null,
    };
  });
}

function committeeOf(unit: OrgUnitDetail): Committee {
  const rules = seatsOf(unit);
  const seats: CommitteeSeat[] = rules.map((rule) => ({
    ...rule,
    holders: current(unit.id).filter((a) => a.role === rule.role),
    vacancies: vacanciesOf(unit, rule.role, rule.minCount),
  }));
  const requiredSeats = rules.reduce((n, r) => n + r.minCount, 0);
  const filledSeats = seats.reduce((n, s) => n + Math.min(s.minCount, s.holders.length), 0);
  const status: TeamStatus =
    rules.length === 0
      ? 'NO_TEMPLATE'
      : filledSeats === requiredSeats
        ? 'COMPLETE'
        : filledSeats === 0
          ? 'EMPTY'
          : 'INCOMPLETE';
  const formed = status !== 'EMPTY';
  return {
    unit: ref(unit),
    status,
    requiredSeats,
    filledSeats,
    termStart: formed ? '2021-03-01' : null,
    nextElectionDue: formed ? '2026-03-01' : null,
    electionOverdue: formed && unit.id === 1001,
    formedOn: formed ? '2009-04-01' : null,
    vacancyOverdueDays: db.committees.settings.vacancyOverdueDays,
    seats,
    version: formed ? 1 : null,
  };
}

function subtree(unit: OrgUnitDetail) {
  return [...db.units.values()].filter((u) => u.breadcrumbs.some((c) => c.id === unit.id));
}

function coverageOf(unit: OrgUnitDetail): UnitCoverage {
  const own = committeeOf(unit);
  const teams = subtree(unit)
    .map(committeeOf)
    .filter((c) => c.status !== 'NO_TEMPLATE');
  const count = (s: TeamStatus) => teams.filter((c) => c.status === s).length;
  return {
    unit: ref(unit),
    status: own.status,
    requiredSeats: own.requiredSeats,
    filledSeats: own.filledSeats,
    electionOverdue: own.electionOverdue,
    subtree: {
      teams: teams.length,
      complete: count('COMPLETE'),
      incomplete: count('INCOMPLETE'),
      empty: count('EMPTY'),
      completeShare: teams.length ? count('COMPLETE') / teams.length : 1,
      electionOverdue: teams.filter((c) => c.electionOverdue).length,
      openVacancies: teams.reduce((n, c) => n + c.requiredSeats - c.filledSeats, 0),
    },
  };
}

function adjustmentOf(id: number | string) {
  const a = db.committees.adjustments.find((x) => x.id === Number(id));
  return a && unitOf(a.unit.id) ? a : undefined;
}

function replace(a: Adjustment, patch: Partial<Adjustment>) {
  const next = { ...a, ...patch, version: a.version + 1 };
  db.committees.adjustments = db.committees.adjustments.map((x) => (x.id === a.id ? next : x));
  return HttpResponse.json<Adjustment>(next);
}

/** A new holder from the registry; ends a replaced appointment's open link. */
function appoint(
  unit: OrgUnitDetail,
  role: SeatRole,
  volunteerId: number,
  startedOn: string,
  kind: Appointment['kind'],
  replaces?: number | null,
) {
  const person = db.volunteers.get(volunteerId);
  const made = {
    ...appointment(unit, role, volunteerId, person?.detail.name ?? `#${volunteerId}`, startedOn),
    kind,
  };
  made.id = Math.max(0, ...db.committees.appointments.map((a) => a.id)) + 1;
  made.createdBy = db.me.username;
  if (replaces) {
    made.replacesAppointmentId = replaces;
    db.committees.appointments = db.committees.appointments.map((a) =>
      a.id === replaces ? { ...a, replacedByAppointmentId: made.id } : a,
    );
  }
  db.committees.appointments.push(made);
  return made;
}

export function committeeHandlers() {
  return [
    http.get(url('/api/v1/committee-settings'), () =>
      HttpResponse.json<CommitteeSettings>(db.committees.settings),
    ),
    http.put<never, { vacancyOverdueDays: number }>(
      url('/api/v1/committee-settings'),
      async ({ request }) => {
        if (!db.me.roles.includes('district-admin')) return forbidden();
        const { vacancyOverdueDays } = await request.json();
        db.committees.settings = { ...db.committees.settings, vacancyOverdueDays, updatedBy: db.me.username };
        return HttpResponse.json<CommitteeSettings>(db.committees.settings);
      },
    ),
    http.get(url('/api/v1/seat-templates'), () => HttpResponse.json<SeatTemplate[]>(db.committees.templates)),
    http.put<{ unitKind: string }, { seats: SeatRuleInput[] }>(
      url('/api/v1/seat-templates/{unitKind}'),
      async ({ params, request }) => {
        if (!db.me.roles.includes('district-admin')) return forbidden();
        const { seats } = await request.json();
        const updated = {
          unitKind: params.unitKind,
          seats,
          updatedAt: '2026-11-26T08:00:00Z',
          updatedBy: db.me.username,
        } as SeatTemplate;
        db.committees.templates = db.committees.templates.map((t) =>
          t.unitKind === params.unitKind ? updated : t,
        );
        return HttpResponse.json<SeatTemplate>(updated);
      },
    ),
    http.get<{ unitId: string }>(url('/api/v1/committees/{unitId}'), ({ params }) => {
      const unit = unitOf(params.unitId);
      return unit ? HttpResponse.json<Committee>(committeeOf(unit)) : notFound();
    }),
    http.get<{ unitId: string }>(url('/api/v1/committees/{unitId}/appointments'), ({ params }) => {
      const unit = unitOf(params.unitId);
      if (!unit) return notFound();
      const all = db.committees.appointments.filter((a) => a.unit.id === unit.id);
      return HttpResponse.json<Appointment[]>(all);
    }),
    http.get<never, never, Page<Vacancy> | Problem>(url('/api/v1/vacancies'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const root = unitOf(params.get('unitId'));
      if (!root) return notFound();
      const overdueOnly = params.get('overdueOnly') === 'true';
      const items = subtree(root)
        .flatMap((unit) => committeeOf(unit).seats.flatMap((s) => s.vacancies))
        .filter((v) => !overdueOnly || v.overdue)
        .sort((x, y) => x.vacantSince.localeCompare(y.vacantSince));
      return HttpResponse.json<Page<Vacancy>>({ items, nextCursor: null });
    }),
    http.get<{ unitId: string; role: SeatRole }>(
      url('/api/v1/committees/{unitId}/vacancies/{role}/candidates'),
      ({ params }) => {
        const unit = unitOf(params.unitId);
        if (!unit) return notFound();
        const seated = new Set(current(unit.id).map((a) => a.volunteerId));
        const township = unit.kind === 'VILLAGE' || unit.kind === 'COMMUNITY' ? unit.parentId : unit.id;
        const items: VacancyCandidate[] = [...db.volunteers.values()]
          .map((r) => r.detail)
          .filter((v) => !['WITHDRAWN', 'DECEASED'].includes(v.status) && !seated.has(v.id))
          .filter((v) => v.unit.id === unit.id || db.units.get(v.unit.id)?.parentId === township)
          .map((v) => ({
            volunteerId: v.id,
            name: v.name,
            gender: v.gender,
            age: v.age,
            categories: v.categories,
            unit: v.unit,
            status: v.status,
            sameUnit: v.unit.id === unit.id,
          }))
          .sort((x, y) => Number(y.sameUnit) - Number(x.sameUnit));
        return HttpResponse.json<VacancyCandidate[]>(items);
      },
    ),
    http.post<{ unitId: string; role: SeatRole }, FillVacancy>(
      url('/api/v1/committees/{unitId}/vacancies/{role}/fill'),
      async ({ params, request }) => {
        const unit = unitOf(params.unitId);
        if (!unit) return notFound();
        if (!isWriter()) return forbidden();
        const body = await request.json();
        const rule = seatsOf(unit).find((s) => s.role === params.role);
        if (!rule || vacanciesOf(unit, params.role, rule.minCount).length === 0) {
          return conflict('该岗位已没有缺额，可能刚被他人补充。');
        }
        const made = appoint(
          unit,
          params.role,
          body.volunteerId,
          body.startedOn,
          'FILL',
          body.replacesAppointmentId,
        );
        return HttpResponse.json<Appointment>(made, { status: 201 });
      },
    ),
    http.get<never, never, CommitteeCoverage | Problem>(url('/api/v1/committee-coverage'), ({ request }) => {
      const unit = unitOf(new URL(request.url).searchParams.get('unitId'));
      if (!unit) return notFound();
      const children = [...db.units.values()]
        .filter((u) => u.parentId === unit.id && u.active)
        .map(coverageOf);
      return HttpResponse.json<CommitteeCoverage>({ unit: coverageOf(unit), children, asOf: committeeToday });
    }),
    http.get<never, never, CommitteeFigures | Problem>(url('/api/v1/committee-figures'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const unit = unitOf(params.get('unitId'));
      if (!unit) return notFound();
      const from = params.get('from') ?? '2009-01-01';
      const to = params.get('to') ?? committeeToday;
      const ids = new Set(subtree(unit).map((u) => u.id));
      const inRange = (d: string | null | undefined) => !!d && d >= from && d <= to;
      const all = db.committees.appointments.filter((a) => ids.has(a.unit.id));
      return HttpResponse.json<CommitteeFigures>({
        unit: ref(unit),
        from,
        to,
        seatsFilled: all.filter((a) => a.kind === 'FILL' && inRange(a.startedOn)).length,
        executiveViceDirectorsAdjusted: all.filter((a) => a.endReason === 'ADJUSTMENT' && inRange(a.endedOn))
          .length,
        teamsCompleted: all.filter((a) => a.kind === 'FILL' && inRange(a.startedOn)).length,
        appointmentsEnded: all.filter((a) => inRange(a.endedOn)).length,
      });
    }),
    http.put<{ unitId: string }>(url('/api/v1/committees/{unitId}/term'), ({ params }) => {
      const unit = unitOf(params.unitId);
      if (!unit) return notFound();
      return isWriter() ? HttpResponse.json<Committee>(committeeOf(unit)) : forbidden();
    }),
    http.post<{ id: string }, EndAppointment>(
      url('/api/v1/appointments/{id}/end'),
      async ({ params, request }) => {
        const held = db.committees.appointments.find((a) => a.id === Number(params.id));
        if (!held || !unitOf(held.unit.id)) return notFound();
        if (!isWriter()) return forbidden();
        if (held.endedOn) return conflict('此任职已结束。');
        const body = await request.json();
        const ended: Appointment = {
          ...held,
          endedOn: body.endedOn,
          endReason: body.reason,
          endNote: body.note ?? null,
          current: false,
          endedBy: db.me.username,
        };
        db.committees.appointments = db.committees.appointments.map((a) => (a.id === held.id ? ended : a));
        return HttpResponse.json<Appointment>(ended);
      },
    ),
    http.get<{ id: string }>(url('/api/v1/appointments/{id}/assessments'), ({ params }) =>
      HttpResponse.json<Assessment[]>(
        db.committees.assessments
          .filter((a) => a.appointmentId === Number(params.id))
          .sort((x, y) => y.year - x.year),
      ),
    ),
    http.post<{ id: string }, CreateAssessment>(
      url('/api/v1/appointments/{id}/assessments'),
      async ({ params, request }) => {
        if (!isWriter()) return forbidden();
        const body = await request.json();
        const made: Assessment = {
          id: db.committees.assessments.length + 1,
          appointmentId: Number(params.id),
          year: body.year,
          rating: body.rating,
          notes: body.notes ?? null,
          assessedAt: '2026-11-26T08:00:00Z',
          assessedBy: db.me.username,
        };
        db.committees.assessments.push(made);
        return HttpResponse.json<Assessment>(made, { status: 201 });
      },
    ),
    http.get(url('/api/v1/adjustments'), ({ request }) => {
      const status = new URL(request.url).searchParams.get('status');
      const items = db.committees.adjustments.filter(
        (a) => unitOf(a.unit.id) && (!status || a.status === status),
      );
      return HttpResponse.json<Page<Adjustment>>({ items, nextCursor: null });
    }),
    http.get<{ id: string }>(url('/api/v1/adjustments/{id}'), ({ params }) => {
      const a = adjustmentOf(params.id);
      return a ? HttpResponse.json<Adjustment>(a) : notFound();
    }),
    http.post<never, ProposeAdjustment>(url('/api/v1/adjustments'), async ({ request }) => {
      if (!isProposer()) return forbidden();
      const body = await request.json();
      const held = db.committees.appointments.find((a) => a.id === body.appointmentId && !a.endedOn);
      if (!held || !unitOf(held.unit.id)) return notFound();
      const weak = db.committees.assessments.find(
        (a) => a.appointmentId === held.id && ['BASICALLY_COMPETENT', 'INCOMPETENT'].includes(a.rating),
      );
      if (!weak) return conflict('缺少年度考核：须先有“基本称职”或“不称职”的年度考核，才能提议调整。');
      const made: Adjustment = {
        ...db.committees.adjustments[0],
        id: Math.max(0, ...db.committees.adjustments.map((a) => a.id)) + 1,
        status: 'PROPOSED',
        unit: held.unit,
        appointment: held,
        assessment: weak,
        reasons: body.reasons,
        proposedSuccessorId: body.proposedSuccessorId ?? null,
        proposedSuccessorName: body.proposedSuccessorId
          ? (db.volunteers.get(body.proposedSuccessorId)?.detail.name ?? null)
          : null,
        proposedAt: '2026-11-26T08:00:00Z',
        proposedBy: db.me.username,
        nextStep: 'CONSULTATION',
        version: 1,
      };
      db.committees.adjustments.push(made);
      return HttpResponse.json<Adjustment>(made, { status: 201 });
    }),
    http.post<{ id: string }, RecordConsultation>(
      url('/api/v1/adjustments/{id}/consultation'),
      async ({ params, request }) => {
        const a = adjustmentOf(params.id);
        if (!a) return notFound();
        if (!isWriter()) return forbidden();
        if (a.status !== 'PROPOSED') return conflict('此调整不在等待征求意见的阶段。');
        const body = await request.json();
        return replace(a, {
          status: 'CONSULTED',
          nextStep: 'DECISION',
          consultation: {
            ...body,
            notes: body.notes ?? null,
            recordedAt: '2026-11-26T08:00:00Z',
            recordedBy: db.me.username,
          },
        });
      },
    ),
    http.post<{ id: string }, DecideAdjustment>(
      url('/api/v1/adjustments/{id}/decision'),
      async ({ params, request }) => {
        const a = adjustmentOf(params.id);
        if (!a) return notFound();
        if (!isWriter()) return forbidden();
        if (a.status !== 'CONSULTED') return conflict('缺少步骤：尚未记录征求乡镇党委意见。');
        const body = await request.json();
        const approved = body.decision === 'APPROVED';
        return replace(a, {
          status: approved ? 'APPROVED' : 'REJECTED',
          nextStep: approved ? 'COMPLETION' : null,
          decision: {
            decision: body.decision,
            notes: body.notes ?? null,
            decidedAt: '2026-11-26T08:00:00Z',
            decidedBy: db.me.username,
          },
        });
      },
    ),
    http.post<{ id: string }, CompleteAdjustment>(
      url('/api/v1/adjustments/{id}/completion'),
      async ({ params, request }) => {
        const a = adjustmentOf(params.id);
        if (!a) return notFound();
        if (!isWriter()) return forbidden();
        if (a.status !== 'APPROVED') return conflict('缺少步骤：调整尚未批准。');
        const body = await request.json();
        db.committees.appointments = db.committees.appointments.map((x) =>
          x.id === a.appointment.id
            ? { ...x, endedOn: body.effectiveOn, endReason: 'ADJUSTMENT', current: false }
            : x,
        );
        const successor = appoint(
          db.units.get(a.unit.id)!,
          a.appointment.role,
          body.successorVolunteerId,
          body.effectiveOn,
          'ADJUSTMENT',
          a.appointment.id,
        );
        return replace(a, {
          status: 'COMPLETED',
          nextStep: null,
          completion: {
            effectiveOn: body.effectiveOn,
            successor,
            completedAt: '2026-11-26T08:00:00Z',
            completedBy: db.me.username,
          },
        });
      },
    ),
    http.post<{ id: string }, { note?: string | null }>(
      url('/api/v1/adjustments/{id}/withdrawal'),
      async ({ params, request }) => {
        const a = adjustmentOf(params.id);
        if (!a) return notFound();
        if (!isProposer()) return forbidden();
        if (a.status !== 'PROPOSED' && a.status !== 'CONSULTED')
          return conflict('已作出决定的调整不能撤回。');
        const body = await request.json();
        return replace(a, {
          status: 'WITHDRAWN',
          nextStep: null,
          withdrawal: {
            note: body.note ?? null,
            withdrawnAt: '2026-11-26T08:00:00Z',
            withdrawnBy: db.me.username,
          },
        });
      },
    ),
  ];
}
