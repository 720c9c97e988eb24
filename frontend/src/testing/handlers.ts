import { http, HttpResponse } from 'msw';
import type { paths } from '@/api/schema';
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
} from '@/api/types';
import { db } from './db';
import { auditEvents, kindRules } from './fixtures';

/** An MSW path for a path of the contract: a renamed or removed endpoint fails to compile. */
function url(path: keyof paths): string {
  return `*${path.replace(/\{(\w+)\}/g, ':$1')}`;
}

function english(request: Request) {
  return request.headers.get('Accept-Language')?.startsWith('en') ?? false;
}

function problem(status: number, title: string, detail: string, errors?: Problem['errors']) {
  return HttpResponse.json<Problem>(
    { type: `https://ggw.example/problems/${status}`, title, status, detail, errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

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
  http.get(url('/api/v1/audit-events'), () =>
    HttpResponse.json<Page<AuditEvent>>(page(auditEvents, null, 50)),
  ),
];
