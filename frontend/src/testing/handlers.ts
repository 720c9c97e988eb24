import { http, HttpResponse } from 'msw';
import type {
  Account,
  AuditEvent,
  ClientConfig,
  CreateOrgUnit,
  Me,
  OrgUnitDetail,
  OrgUnitKindRule,
  OrgUnitSummary,
  Page,
  Problem,
  ChangeVolunteerStatus,
  CreateVolunteer,
  UpdateVolunteer,
  VolunteerDetail,
  VolunteerPersonalData,
  VolunteerStatusChange,
  VolunteerCounts,
  VolunteerSearch,
  VolunteerSummary,
} from '@/api/types';
import { activityHandlers } from './activity-handlers';
import { committeeHandlers } from './committee-handlers';
import { dashboardHandlers } from './dashboard-handlers';
import { exemplarHandlers } from './exemplar-handlers';
import { db } from './db';
import { english, problem, url } from './http';
import { volunteerImportHandlers } from './volunteer-import-handlers';
import { auditEvents, kindRules, maskedId, maskedPhone, ref, type VolunteerRecord } from './fixtures';

function notFound(request: Request) {
  return english(request)
    ? problem(404, 'Not found', 'The organisation unit does not exist.')
    : problem(404, '未找到', '单位不存在。');
}

/** In the caller's subtree, with breadcrumbs starting at the caller's own unit. */
function visible(unit: OrgUnitDetail | undefined): OrgUnitDetail | undefined {
  if (!unit) return undefined;
  const from = unit.breadcrumbs.findIndex((crumb) => crumb.id === db.me.unit?.id);
  return from < 0 ? undefined : { ...unit, breadcrumbs: unit.breadcrumbs.slice(from) };
}

function summary({
  id,
  code,
  name,
  kind,
  parentId,
  depth,
  sortOrder,
  active,
  childCount,
}: OrgUnitDetail): OrgUnitSummary {
  return { id, code, name, kind, parentId, depth, sortOrder, active, childCount };
}

function page<T>(items: T[], cursor: string | null, limit: number): Page<T> {
  const start = cursor ? Number(cursor) : 0;
  const end = start + limit;
  return { items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
}

export const handlers = [
  http.all('*/api/*', ({ request }) => {
    db.lastLanguage = request.headers.get('Accept-Language');
    // fall through to the specific handler
  }),
  http.get(url('/api/v1/client-config'), () =>
    HttpResponse.json<ClientConfig>({
      keycloakUrl: 'http://localhost:8180',
      realm: 'ggw',
      clientId: 'ggw-spa',
      demoData: true,
    }),
  ),
  http.get(url('/api/v1/me'), () => HttpResponse.json<Me>(db.me)),
  http.get(url('/api/v1/org-unit-kinds'), () => HttpResponse.json<OrgUnitKindRule[]>(kindRules)),
  http.get(url('/api/v1/org-units'), ({ request }) => {
    const params = new URL(request.url).searchParams;
    const parentId = params.get('parentId');
    const q = params.get('q');
    const all = [...db.units.values()].filter((unit) => visible(unit));
    let items: OrgUnitDetail[];
    if (parentId) items = all.filter((unit) => unit.parentId === Number(parentId));
    else if (q) items = all.filter((unit) => unit.name.includes(q) || unit.code.includes(q));
    else items = all.filter((unit) => unit.id === db.me.unit?.id);
    return HttpResponse.json<Page<OrgUnitSummary>>(page(items.map(summary), null, 200));
  }),
  http.get<{ id: string }, never, OrgUnitDetail | Problem>(
    url('/api/v1/org-units/{id}'),
    ({ params, request }) => {
      const unit = visible(db.units.get(Number(params.id)));
      return unit ? HttpResponse.json<OrgUnitDetail>(unit) : notFound(request);
    },
  ),
  http.post<never, CreateOrgUnit, OrgUnitDetail | Problem>(url('/api/v1/org-units'), async ({ request }) => {
    const body = await request.json();
    const parent = visible(db.units.get(body.parentId));
    if (!parent) return notFound(request);
    if (!/^\d+$/.test(body.code)) {
      // Bean Validation answers with the property path of the violated field.
      const message = english(request) ? 'must contain digits only' : '只能包含数字';
      return problem(
        400,
        english(request) ? 'Invalid request' : '请求无效',
        english(request) ? 'Please correct the marked fields.' : '请修正标出的字段。',
        [{ field: 'create.request.code', message }],
      );
    }
    const holder = [...db.units.values()].find((unit) => unit.code === body.code);
    if (holder) {
      const message = english(request)
        ? `Code ${body.code} is already used by ${holder.name}`
        : `代码 ${body.code} 已被「${holder.name}」使用`;
      return problem(409, english(request) ? 'Conflict' : '冲突', message, [{ field: 'code', message }]);
    }
    const id = Math.max(...db.units.keys()) + 1;
    const created: OrgUnitDetail = {
      ...parent,
      ...body,
      id,
      parentId: parent.id,
      depth: parent.depth + 1,
      sortOrder: body.sortOrder ?? 0,
      childCount: 0,
      version: 1,
      breadcrumbs: [],
    };
    created.breadcrumbs = [
      ...db.units.get(parent.id)!.breadcrumbs,
      { id, code: body.code, name: body.name, kind: body.kind },
    ];
    db.units.set(id, created);
    db.units.set(parent.id, { ...db.units.get(parent.id)!, childCount: parent.childCount + 1 });
    return HttpResponse.json<OrgUnitDetail>(created, { status: 201 });
  }),
  http.get(url('/api/v1/accounts'), ({ request }) => {
    const params = new URL(request.url).searchParams;
    const limit = Number(params.get('limit') ?? 50);
    return HttpResponse.json<Page<Account>>(page(db.accounts, params.get('cursor'), limit));
  }),
  http.get(url('/api/v1/audit-events'), ({ request }) => {
    const type = new URL(request.url).searchParams.get('entityType');
    const events = type ? auditEvents.filter((event) => event.entityType === type) : auditEvents;
    return HttpResponse.json<Page<AuditEvent>>(page(events, null, 50));
  }),
  ...volunteerHandlers(),
  ...activityHandlers(),
  ...volunteerImportHandlers(),
  ...committeeHandlers(),
  ...dashboardHandlers(),
  ...exemplarHandlers(),
];

/** A volunteer whose home unit lies in the caller's subtree. */
function visibleVolunteer(id: number): VolunteerRecord | undefined {
  const record = db.volunteers.get(id);
  return record && visible(db.units.get(record.detail.unit.id)) ? record : undefined;
}

function volunteerNotFound(request: Request) {
  return english(request)
    ? problem(404, 'Not found', 'No such volunteer, or not yours to see.')
    : problem(404, '未找到', '找不到这位五老，或您无权查看。');
}

function volunteerSummary(v: VolunteerDetail): VolunteerSummary {
  const { id, name, gender, age, idNumberMasked, phoneMasked, categories, activityAreas, status, unit } = v;
  return { id, name, gender, age, idNumberMasked, phoneMasked, categories, activityAreas, status, unit };
}

/** The server's checks that the route tests exercise: a person under 50, a duplicate number. */
function refuseVolunteer(request: Request, body: CreateVolunteer, self?: number) {
  const en = english(request);
  const idNumber = body.idNumber.toUpperCase();
  const unchanged = self !== undefined && db.volunteers.get(self)?.personal.idNumber === idNumber;
  if (unchanged) return undefined;
  const age = 2026 - Number(idNumber.slice(6, 10));
  if (age < 50 && !body.confirmYoung) {
    const message = en
      ? `This person is only ${age}, under 50. Confirm to register anyway.`
      : `此人只有 ${age} 岁，不满 50 岁。如确需登记，请勾选“确认登记”后再提交。`;
    return problem(400, en ? 'Invalid request' : '请求无效', message, [{ field: 'birthDate', message }]);
  }
  if ([...db.volunteers.values()].some((v) => v.personal.idNumber === idNumber && v.detail.id !== self)) {
    const message = en
      ? `ID number ${maskedId(idNumber)} is already on the register.`
      : `身份证号 ${maskedId(idNumber)} 已经登记在册，不能重复登记。`;
    return problem(409, en ? 'Conflict' : '冲突', message, [{ field: 'idNumber', message }]);
  }
  return undefined;
}

function applyVolunteer(record: VolunteerRecord, body: CreateVolunteer) {
  const idNumber = body.idNumber.toUpperCase();
  const unit = db.units.get(body.unitId)!;
  record.detail = {
    ...record.detail,
    name: body.name,
    gender: Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    age: 2026 - Number(idNumber.slice(6, 10)),
    idNumberMasked: maskedId(idNumber),
    phoneMasked: maskedPhone(body.phone ?? null),
    hasAddress: !!body.address,
    hasHealth: !!body.health,
    categories: body.categories ?? [],
    formerEmployer: body.formerEmployer ?? null,
    formerPost: body.formerPost ?? null,
    retirementType: body.retirementType ?? null,
    activityAreas: body.activityAreas ?? [],
    unit: ref(unit),
  };
  record.personal = {
    id: record.detail.id,
    idNumber,
    phone: body.phone ?? null,
    address: body.address ?? null,
    health: body.health ?? null,
  };
}

function volunteerHandlers() {
  return [
    http.get<never, never, VolunteerCounts | Problem>(url('/api/v1/volunteer-counts'), ({ request }) => {
      const asked = Number(new URL(request.url).searchParams.get('unitId') ?? db.me.unit?.id);
      const unit = visible(db.units.get(asked));
      if (!unit) return notFound(request);
      const people = [...db.volunteers.values()]
        .map((record) => record.detail)
        .filter((v) => db.units.get(v.unit.id)?.breadcrumbs.some((crumb) => crumb.id === unit.id));
      const statuses = [...new Set(people.map((v) => v.status))];
      const onRegister = people.filter((v) => v.status !== 'WITHDRAWN' && v.status !== 'DECEASED');
      return HttpResponse.json<VolunteerCounts>({
        unit: ref(unit),
        onRegister: onRegister.length,
        byStatus: statuses.map((status) => ({
          status,
          count: people.filter((v) => v.status === status).length,
        })),
        byCategory: [],
        byArea: [],
        atUnitItself: onRegister.filter((v) => v.unit.id === unit.id).length,
        byChildUnit: [],
      });
    }),
    http.post<never, VolunteerSearch>(url('/api/v1/volunteers/search'), async ({ request }) => {
      const filter = await request.json();
      const { unitId, q, category, status, area, minAge, maxAge } = filter;
      const items = [...db.volunteers.values()]
        .map((record) => record.detail)
        .filter((v) => {
          const unit = visible(db.units.get(v.unit.id));
          if (!unit) return false;
          if (unitId && !unit.breadcrumbs.some((crumb) => crumb.id === unitId)) return false;
          if (q && !v.name.includes(q)) return false;
          if (category && !v.categories.includes(category)) return false;
          if (status && v.status !== status) return false;
          if (area && !v.activityAreas.includes(area)) return false;
          if (minAge != null && v.age < minAge) return false;
          if (maxAge != null && v.age > maxAge) return false;
          return true;
        })
        .map(volunteerSummary);
      return HttpResponse.json<Page<VolunteerSummary>>(
        page(items, filter.cursor ?? null, filter.limit ?? 50),
      );
    }),
    http.get<{ id: string }, never, VolunteerDetail | Problem>(
      url('/api/v1/volunteers/{id}'),
      ({ params, request }) => {
        const record = visibleVolunteer(Number(params.id));
        return record ? HttpResponse.json<VolunteerDetail>(record.detail) : volunteerNotFound(request);
      },
    ),
    http.post<{ id: string }, never, VolunteerPersonalData | Problem>(
      url('/api/v1/volunteers/{id}/reveal'),
      ({ params, request }) => {
        const record = visibleVolunteer(Number(params.id));
        return record
          ? HttpResponse.json<VolunteerPersonalData>(record.personal)
          : volunteerNotFound(request);
      },
    ),
    http.get<{ id: string }, never, VolunteerStatusChange[] | Problem>(
      url('/api/v1/volunteers/{id}/status-history'),
      ({ params, request }) => {
        const record = visibleVolunteer(Number(params.id));
        return record
          ? HttpResponse.json<VolunteerStatusChange[]>(record.history)
          : volunteerNotFound(request);
      },
    ),
    http.post<{ id: string }, ChangeVolunteerStatus, VolunteerDetail | Problem>(
      url('/api/v1/volunteers/{id}/status'),
      async ({ params, request }) => {
        const record = visibleVolunteer(Number(params.id));
        if (!record) return volunteerNotFound(request);
        const body = await request.json();
        record.history.push({
          id: record.history.length + record.detail.id * 10,
          fromStatus: record.detail.status,
          toStatus: body.status,
          changedAt: '2026-03-01T08:00:00Z',
          changedBy: db.me.username,
          note: body.note ?? null,
        });
        record.detail = { ...record.detail, status: body.status, version: record.detail.version + 1 };
        return HttpResponse.json<VolunteerDetail>(record.detail);
      },
    ),
    http.post<never, CreateVolunteer, VolunteerDetail | Problem>(
      url('/api/v1/volunteers'),
      async ({ request }) => {
        const body = await request.json();
        if (!visible(db.units.get(body.unitId))) return notFound(request);
        const refused = refuseVolunteer(request, body);
        if (refused) return refused;
        const id = Math.max(0, ...db.volunteers.keys()) + 1;
        const [template] = db.volunteers.values();
        const record: VolunteerRecord = {
          detail: { ...template.detail, id, status: 'REGISTERED', version: 1 },
          personal: template.personal,
          history: [],
        };
        applyVolunteer(record, body);
        db.volunteers.set(id, record);
        return HttpResponse.json<VolunteerDetail>(record.detail, { status: 201 });
      },
    ),
    http.put<{ id: string }, UpdateVolunteer, VolunteerDetail | Problem>(
      url('/api/v1/volunteers/{id}'),
      async ({ params, request }) => {
        const record = visibleVolunteer(Number(params.id));
        if (!record) return volunteerNotFound(request);
        const body = await request.json();
        const refused = refuseVolunteer(request, body, record.detail.id);
        if (refused) return refused;
        applyVolunteer(record, body);
        record.detail = { ...record.detail, version: record.detail.version + 1 };
        return HttpResponse.json<VolunteerDetail>(record.detail);
      },
    ),
  ];
}
