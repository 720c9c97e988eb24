import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema';
import type { Page, Problem } from '@/api/types';
import { db } from './db';
import { url } from './http';
import { importColumns, importDb } from './import-db';

type Schemas = components['schemas'];
type VolunteerImport = Schemas['VolunteerImport'];

function problem(status: number, detail: string, errors?: Problem['errors']) {
  return HttpResponse.json<Problem>(
    { type: `https://ggw.example/problems/${status}`, title: '请求无效', status, detail, errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

function notFound() {
  return problem(404, '该导入不存在，或您无权查看。');
}

function save(imp: VolunteerImport, changes: Partial<VolunteerImport>): VolunteerImport {
  const next = { ...imp, ...changes, version: imp.version + 1 };
  importDb.imports.set(imp.id, next);
  return next;
}

/** A running import finishes on the next poll (one second in the SPA). */
function advance(imp: VolunteerImport): VolunteerImport {
  const left = importDb.ticks.get(imp.id) ?? 0;
  if (left > 0) {
    importDb.ticks.set(imp.id, left - 1);
    return imp;
  }
  if (imp.status === 'VALIDATING') {
    return save(imp, { status: 'VALIDATED', progress: null, summary: { ...importDb.summary } });
  }
  if (imp.status === 'COMMITTING') {
    const s = importDb.summary;
    const skipped = imp.commitMode === 'VALID_ROWS' ? s.totalRows - s.toCreate - s.toUpdate - s.unchanged : 0;
    return save(imp, {
      status: 'COMMITTED',
      progress: null,
      result: { created: s.toCreate, updated: s.toUpdate, unchanged: s.unchanged, skipped },
      committedAt: '2026-03-01T08:05:00Z',
    });
  }
  return imp;
}

function paged<T>(items: T[], params: URLSearchParams): Page<T> {
  const start = Number(params.get('cursor') ?? 0);
  const limit = Number(params.get('limit') ?? 50);
  const end = start + limit;
  return { items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
}

/** The census import API as the route tests need it; state in importDb. */
export function volunteerImportHandlers() {
  return [
    http.get(url('/api/v1/volunteer-imports'), ({ request }) => {
      const items = [...importDb.imports.values()].sort((a, b) => b.id - a.id);
      return HttpResponse.json(paged(items, new URL(request.url).searchParams));
    }),
    http.post(url('/api/v1/volunteer-imports'), async ({ request }) => {
      const form = await request.formData();
      const file = form.get('file');
      // Not `instanceof File`: the parsed part is Node's File, not jsdom's.
      if (!file || typeof file === 'string') {
        return problem(400, '请选择要上传的文件（XLSX 或 CSV）。', [
          { field: 'file', message: '请选择要上传的文件（XLSX 或 CSV）。' },
        ]);
      }
      const name = file.name;
      importDb.uploads.push(name);
      const sheet = new URL(request.url).searchParams.get('sheet');
      importDb.uploadSheets.push(sheet);
      const workbook = name.endsWith('.csv') ? [] : importDb.workbook;
      if (sheet !== null && !workbook.some((s) => s.name === sheet)) {
        const message = `此工作簿中没有名为“${sheet}”的工作表。`;
        return problem(400, message, [{ field: 'sheet', message }]);
      }
      const read = sheet ?? workbook.find((s) => s.rows > 0)?.name ?? null;
      if (file.size === 0) {
        const message = '文件是空的，没有任何数据行。';
        return problem(400, message, [{ field: 'file', message }]);
      }
      const id = Math.max(6, ...importDb.imports.keys()) + 1;
      const created: VolunteerImport = {
        id,
        fileName: name,
        fileSize: file.size,
        format: name.endsWith('.csv') ? 'CSV' : 'XLSX',
        sheetName: read,
        sheets: workbook.map((s) => ({ ...s, read: s.name === read })),
        headerRow: 1,
        status: 'MAPPING',
        columns: importColumns.map((c) => ({ ...c })),
        defaultUnit: null,
        progress: null,
        summary: null,
        commitMode: null,
        result: null,
        failure: null,
        sameFileAs: null,
        createdAt: '2026-03-01T08:00:00Z',
        createdBy: db.me.username,
        updatedAt: '2026-03-01T08:00:00Z',
        committedAt: null,
        version: 1,
      };
      importDb.imports.set(id, created);
      return HttpResponse.json(created, { status: 201 });
    }),
    http.get(url('/api/v1/volunteer-imports/{id}'), ({ params }) => {
      const imp = importDb.imports.get(Number(params.id));
      return imp ? HttpResponse.json(advance(imp)) : notFound();
    }),
    http.delete(url('/api/v1/volunteer-imports/{id}'), ({ params }) => {
      const imp = importDb.imports.get(Number(params.id));
      if (!imp) return notFound();
      if (imp.status === 'VALIDATING' || imp.status === 'COMMITTING')
        return problem(409, '预检还在进行，请等它完成。');
      save(imp, { status: 'DISCARDED' });
      return new HttpResponse(null, { status: 204 });
    }),
    http.put(url('/api/v1/volunteer-imports/{id}/mapping'), async ({ params, request }) => {
      const imp = importDb.imports.get(Number(params.id));
      if (!imp) return notFound();
      const body = (await request.json()) as Schemas['VolunteerImportMappingRequest'];
      importDb.mappings.push(body);
      const fields = body.columns.map((c) => c.field);
      if (!fields.includes('NAME')) {
        const message = '请指定哪一列是“姓名”。';
        return problem(400, message, [{ field: 'columns', message }]);
      }
      if (!fields.includes('UNIT') && body.defaultUnitId == null) {
        const message = '请指定“所在村/社区”是哪一列，或为整个文件选一个单位。';
        return problem(400, message, [{ field: 'defaultUnitId', message }]);
      }
      const byIndex = new Map(body.columns.map((c) => [c.index, c.field]));
      const unit = body.defaultUnitId ? db.units.get(body.defaultUnitId) : undefined;
      importDb.ticks.set(imp.id, 0);
      const next = save(imp, {
        status: 'VALIDATING',
        columns: imp.columns.map((c) => ({ ...c, field: byIndex.get(c.index) ?? null })),
        defaultUnit: unit ? { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind } : null,
        progress: { processedRows: 0, totalRows: null },
        summary: null,
        failure: null,
      });
      return HttpResponse.json(next, { status: 202 });
    }),
    http.post(url('/api/v1/volunteer-imports/{id}/commit'), async ({ params, request }) => {
      const imp = importDb.imports.get(Number(params.id));
      if (!imp) return notFound();
      const body = (await request.json()) as Schemas['VolunteerImportCommitRequest'];
      importDb.commits.push(body);
      const s = imp.summary!;
      if (body.mode === 'ALL_OR_NOTHING' && s.rejected > 0) {
        return problem(409, `有 ${s.rejected} 行未通过核对。请改正后重新核对，或选择只导入合格的行。`);
      }
      importDb.ticks.set(imp.id, 0);
      const next = save(imp, {
        status: 'COMMITTING',
        commitMode: body.mode,
        progress: { processedRows: 3, totalRows: s.toCreate + s.toUpdate },
      });
      return HttpResponse.json(next, { status: 202 });
    }),
    http.get(url('/api/v1/volunteer-imports/{id}/issues'), ({ params, request }) => {
      if (!importDb.imports.has(Number(params.id))) return notFound();
      const query = new URL(request.url).searchParams;
      const severity = query.get('severity');
      const items = importDb.issues.filter((i) => !severity || i.severity === severity);
      return HttpResponse.json(paged(items, query));
    }),
    http.get(url('/api/v1/volunteer-imports/{id}/changes'), ({ params, request }) => {
      if (!importDb.imports.has(Number(params.id))) return notFound();
      const query = new URL(request.url).searchParams;
      const action = query.get('action');
      const items = importDb.changes.filter((c) => !action || c.action === action);
      return HttpResponse.json(paged(items, query));
    }),
    http.get(url('/api/v1/volunteer-imports/{id}/rejected-rows'), ({ params, request }) => {
      if (!importDb.imports.has(Number(params.id))) return notFound();
      importDb.downloads.push({ authorization: request.headers.get('Authorization'), url: request.url });
      return new HttpResponse(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="rejected.xlsx"; filename*=UTF-8''${encodeURIComponent('平台镇五老花名册-未通过.xlsx')}`,
        },
      });
    }),
  ];
}
