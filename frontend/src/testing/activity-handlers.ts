import { http, HttpResponse } from 'msw';
import type { OrgUnitDetail, Page, Problem } from '@/api/types';
import type {
  Activity,
  ActivitySummary,
  CareRecord,
  CreateActivity,
  CreateCareRecord,
  UpdateActivity,
} from '@/features/volunteer-activities/api/types';
import { db } from './db';
import { english, problem, url } from './http';
import { ref } from './fixtures';

// The fake activity and care logs, kept apart from handlers.ts so that the volunteers' and the
// activities' fakes can change without touching each other.

function inScope(unit: OrgUnitDetail | undefined): boolean {
  return !!unit && unit.breadcrumbs.some((crumb) => crumb.id === db.me.unit?.id);
}

function visibleVolunteer(id: number) {
  const record = db.volunteers.get(id);
  return record && inScope(db.units.get(record.detail.unit.id)) ? record : undefined;
}

function notFound(request: Request) {
  return english(request)
    ? problem(404, 'Not found', 'This volunteer does not exist, or you may not see them.')
    : problem(404, '未找到', '找不到这位五老，或您无权查看。');
}

function invalid(request: Request, field: string, zh: string, en: string) {
  return english(request)
    ? problem(400, 'Invalid request', 'Please correct the marked fields.', [{ field, message: en }])
    : problem(400, '请求无效', '请修正标出的字段。', [{ field, message: zh }]);
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

const newestFirst = <T extends { date: string; id: number }>(a: T, b: T) =>
  b.date.localeCompare(a.date) || b.id - a.id;

function page<T>(items: T[]): Page<T> {
  return { items, nextCursor: null };
}

export function activityHandlers() {
  return [
    http.get<{ id: string }, never, Page<Activity> | Problem>(
      url('/api/v1/volunteers/{id}/activities'),
      ({ params, request }) => {
        const id = Number(params.id);
        if (!visibleVolunteer(id)) return notFound(request);
        return HttpResponse.json<Page<Activity>>(
          page(db.activities.filter((a) => a.volunteer.id === id).sort(newestFirst)),
        );
      },
    ),
    http.post<{ id: string }, CreateActivity, Activity | Problem>(
      url('/api/v1/volunteers/{id}/activities'),
      async ({ params, request }) => {
        const record = visibleVolunteer(Number(params.id));
        if (!record) return notFound(request);
        const body = await request.json();
        if (body.date > today())
          return invalid(request, 'date', '日期不能晚于今天。', 'The date cannot lie in the future.');
        if (['WITHDRAWN', 'DECEASED'].includes(record.detail.status))
          return problem(
            409,
            '冲突',
            `这位五老${record.detail.status === 'DECEASED' ? '已故' : '已退出'}，不能再为其记录新的活动。`,
          );
        const unit = db.units.get(body.unitId ?? record.detail.unit.id);
        if (!inScope(unit))
          return invalid(request, 'unitId', '找不到这个单位，或您无权查看。', 'This unit does not exist.');
        const id = 500 + db.activities.length + 1;
        const activity: Activity = {
          id,
          volunteer: { id: record.detail.id, name: record.detail.name },
          date: body.date,
          area: body.area,
          hours: body.hours,
          youthReached: body.youthReached,
          unit: ref(unit!),
          description: body.description,
          version: 0,
          createdAt: '2026-05-04T08:00:00Z',
          createdBy: db.me.username,
          updatedAt: '2026-05-04T08:00:00Z',
          updatedBy: db.me.username,
        };
        db.activities.push(activity);
        return HttpResponse.json<Activity>(activity, { status: 201 });
      },
    ),
    http.put<{ activityId: string }, UpdateActivity, Activity | Problem>(
      url('/api/v1/volunteer-activities/{activityId}'),
      async ({ params, request }) => {
        const index = db.activities.findIndex((a) => a.id === Number(params.activityId));
        if (index < 0) return problem(404, '未找到', '找不到这条活动记录，或您无权查看。');
        const body = await request.json();
        const current = db.activities[index];
        if (body.version !== current.version) {
          const message = '这条记录已被他人修改，请刷新后重试。';
          return problem(409, '冲突', message, [{ field: 'version', message }]);
        }
        const unit = db.units.get(body.unitId ?? current.unit.id)!;
        const { version: _version, unitId: _unitId, ...changes } = body;
        db.activities[index] = { ...current, ...changes, unit: ref(unit), version: current.version + 1 };
        return HttpResponse.json<Activity>(db.activities[index]);
      },
    ),
    http.delete<{ activityId: string }>(url('/api/v1/volunteer-activities/{activityId}'), ({ params }) => {
      db.activities = db.activities.filter((a) => a.id !== Number(params.activityId));
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(url('/api/v1/volunteer-activities'), () =>
      HttpResponse.json<Page<Activity>>(
        page(db.activities.filter((a) => inScope(db.units.get(a.unit.id))).sort(newestFirst)),
      ),
    ),
    http.get(url('/api/v1/volunteer-activity-summary'), () => {
      const mine = db.activities.filter((a) => inScope(db.units.get(a.unit.id)));
      const sum = (items: Activity[]) => ({
        count: items.length,
        hours: items.reduce((total, a) => total + a.hours, 0),
        youthReached: items.reduce((total, a) => total + a.youthReached, 0),
      });
      const unit = db.units.get(db.me.unit!.id)!;
      const children = [...db.units.values()].filter((u) => u.parentId === unit.id);
      return HttpResponse.json<ActivitySummary>({
        unit: ref(unit),
        from: null,
        to: null,
        total: sum(mine),
        byArea: (
          [
            'CARE',
            'MORAL_EDUCATION',
            'INTERNET_CAFE_SUPERVISION',
            'COMMITTEE_POST',
            'LEGAL_EDUCATION',
            'FAMILY_EDUCATION',
            'OTHER',
          ] as const
        ).map((area) => ({ area, ...sum(mine.filter((a) => a.area === area)) })),
        atUnitItself: sum(mine.filter((a) => a.unit.id === unit.id)),
        byChildUnit: children.map((child) => ({
          unit: ref(child),
          ...sum(mine.filter((a) => db.units.get(a.unit.id)?.breadcrumbs.some((c) => c.id === child.id))),
        })),
      });
    }),
    http.get<{ id: string }, never, Page<CareRecord> | Problem>(
      url('/api/v1/volunteers/{id}/care-records'),
      ({ params, request }) => {
        const id = Number(params.id);
        if (!visibleVolunteer(id)) return notFound(request);
        return HttpResponse.json<Page<CareRecord>>(
          page(db.careRecords.filter((r) => r.volunteerId === id).sort(newestFirst)),
        );
      },
    ),
    http.post<{ id: string }, CreateCareRecord, CareRecord | Problem>(
      url('/api/v1/volunteers/{id}/care-records'),
      async ({ params, request }) => {
        const record = visibleVolunteer(Number(params.id));
        if (!record) return notFound(request);
        const body = await request.json();
        if ((body.givenBy ?? '').length > 100)
          return invalid(request, 'givenBy', '最长 100 个字符', 'at most 100 characters');
        const created: CareRecord = {
          id: 300 + db.careRecords.length + 1,
          volunteerId: record.detail.id,
          date: body.date,
          kind: body.kind,
          description: body.description ?? null,
          givenBy: body.givenBy ?? null,
          createdAt: '2026-05-04T08:00:00Z',
          createdBy: db.me.username,
        };
        db.careRecords.push(created);
        return HttpResponse.json<CareRecord>(created, { status: 201 });
      },
    ),
    http.delete<{ recordId: string }>(url('/api/v1/volunteer-care-records/{recordId}'), ({ params }) => {
      db.careRecords = db.careRecords.filter((r) => r.id !== Number(params.recordId));
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
