import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { users } from '@/testing/fixtures';
import { problem, url } from '@/testing/http';
import { renderApp } from '@/testing/render-app';
import { nodeFiles } from '@/testing/node-files';
import { server } from '@/testing/server';
import type { Trainee, TrainingSessionDetail, TrainingSessionInput, TrainingType } from '../api/types';

// The first render of a lazy route is slow on a loaded 2-core machine.
const slow = { timeout: 90_000 };
const long = 240_000;

const types: TrainingType[] = [
  { code: 'POLITICAL', nameZh: '政治培训', nameEn: 'Political training' },
  { code: 'BUSINESS', nameZh: '业务培训', nameEn: 'Business training' },
];
const pingtai = { id: 100, code: '220802100', name: '平台镇', kind: 'TOWNSHIP' as const };
const village = { id: 1001, code: '220802100201', name: '平台村', kind: 'VILLAGE' as const };
const later = '2099-05-12';

function session(over: Partial<TrainingSessionDetail['summary']> = {}): TrainingSessionDetail {
  return {
    summary: {
      id: 7,
      type: types[1]!,
      title: '村关工委常务副主任业务培训',
      organiser: pingtai,
      startsOn: later,
      endsOn: later,
      place: '镇政府会议室',
      mode: 'CENTRAL',
      status: 'PUBLISHED',
      phase: 'UPCOMING',
      required: 2,
      trained: 0,
      extras: 0,
      ...over,
    },
    areas: [],
    teachers: ['区关工委常务副主任'],
    syllabus: [{ title: '关工委工作的重要意义', notes: null }],
    audience: {
      roles: ['EXECUTIVE_VICE_DIRECTOR'],
      unitKinds: ['VILLAGE'],
      appointedSince: null,
      withoutOnboarding: false,
      includeOrganiser: false,
    },
    audienceAsOf: later,
    materials: [
      {
        id: 40,
        name: '辅导提纲.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        kind: 'DOCX',
        size: 20480,
        widthPx: null,
        heightPx: null,
        createdAt: '2026-05-01T00:00:00Z',
        createdBy: 'township.staff',
      },
    ],
    checkInCode: null,
    publishedAt: '2026-05-01T00:00:00Z',
    publishedBy: 'township.staff',
    cancelReason: null,
    createdAt: '2026-05-01T00:00:00Z',
    createdBy: 'township.staff',
    version: 3,
    permissions: { edit: true, recordAttendance: true },
  };
}

function trainee(id: number, name: string): Trainee {
  return {
    id,
    sessionId: 7,
    volunteerId: 500 + id,
    name,
    unit: village,
    seatRole: 'EXECUTIVE_VICE_DIRECTOR',
    source: 'RULE',
    required: true,
    status: 'EXPECTED',
    method: null,
    reason: null,
    attendedOn: null,
    recordedAt: null,
    recordedBy: null,
    version: 0,
  };
}

async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('修改培训', () => {
  beforeEach(() => vi.stubGlobal('FormData', nodeFiles.FormData));
  afterEach(() => vi.unstubAllGlobals());

  it(
    'changes a published session’s title and materials (upload through the files API), with the organiser fixed; a refusal is shown',
    async () => {
      const puts: TrainingSessionInput[] = [];
      const uploads: { unitId: FormDataEntryValue | null; purpose: FormDataEntryValue | null }[] = [];
      server.use(
        http.get(url('/api/v1/training-types'), () => HttpResponse.json(types)),
        http.get(url('/api/v1/trainings/{id}'), () => HttpResponse.json(session())),
        http.get(url('/api/v1/trainings/{id}/trainees'), () => HttpResponse.json([])),
        http.post(url('/api/v1/files'), async ({ request }) => {
          const form = await request.formData();
          uploads.push({ unitId: form.get('unitId'), purpose: form.get('purpose') });
          return HttpResponse.json(
            {
              id: 41,
              name: (form.get('file') as File).name,
              mediaType: 'application/pdf',
              kind: 'PDF',
              size: 4,
              widthPx: null,
              heightPx: null,
              createdAt: '2026-12-06T01:00:00Z',
              createdBy: 'township.staff',
            },
            { status: 201 },
          );
        }),
        http.put(url('/api/v1/trainings/{id}'), async ({ request }) => {
          const body = (await request.json()) as TrainingSessionInput;
          puts.push(body);
          if (puts.length === 1) return problem(409, '冲突', '培训已被他人修改，请刷新后再改。');
          return HttpResponse.json({ ...session({ title: body.title }), version: 4 });
        }),
      );
      const { user, container, router } = renderApp({ path: '/trainings/7/edit', user: users.townshipStaff });
      const title = await screen.findByLabelText('培训名称', {}, slow);
      expect(title).toHaveValue('村关工委常务副主任业务培训');
      expect(screen.getByText('主办单位保存后不能更改。')).toBeInTheDocument();
      expect(
        screen.getByText('培训已发布：修改规则后，点“更新名单”才会重新计算参训名单。'),
      ).toBeInTheDocument();
      await user.clear(title);
      await fill(user, title, '2099年村关工委常务副主任业务培训');

      const input = container.querySelector('input[type=file]') as HTMLInputElement;
      await user.upload(input, new nodeFiles.File(['%PDF'], '培训课件.pdf', { type: 'application/pdf' }));
      const materials = await screen.findByLabelText('培训材料');
      expect(await within(materials).findByText('培训课件.pdf')).toBeInTheDocument();
      await user.click(within(materials).getByRole('button', { name: '移除 辅导提纲.docx' }));
      expect(uploads).toEqual([{ unitId: '100', purpose: 'ANY' }]);

      await user.click(screen.getByRole('button', { name: '保存修改' }));
      expect(await screen.findByText('培训已被他人修改，请刷新后再改。')).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/trainings/7/edit');
      await user.click(screen.getByRole('button', { name: '保存修改' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/trainings/7'), slow);
      expect(puts.at(-1)).toMatchObject({
        title: '2099年村关工委常务副主任业务培训',
        organiserUnitId: 100,
        typeCode: 'BUSINESS',
        startsOn: later,
        endsOn: later,
        materialFileIds: [41],
        version: 3,
        syllabus: [{ title: '关工委工作的重要意义', notes: null }],
        audience: { roles: ['EXECUTIVE_VICE_DIRECTOR'], unitKinds: ['VILLAGE'] },
      });
    },
    long,
  );
});

describe('更新名单', () => {
  it(
    'refreshes the frozen audience and lists who was added and who dropped out; a refusal shows the server’s words',
    async () => {
      let calls = 0;
      const downloads: (string | null)[] = [];
      server.use(
        http.get(url('/api/v1/files/{id}'), ({ request, params }) => {
          downloads.push(request.headers.get('Authorization'));
          expect(params.id).toBe('40');
          return new HttpResponse(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
            headers: { 'Content-Type': 'application/octet-stream' },
          });
        }),
        http.get(url('/api/v1/trainings/{id}'), () => HttpResponse.json(session())),
        http.get(url('/api/v1/trainings/{id}/trainees'), () =>
          HttpResponse.json([trainee(1, '甲常务'), trainee(2, '乙常务')]),
        ),
        http.post(url('/api/v1/trainings/{id}/audience/refresh'), () => {
          calls += 1;
          if (calls === 1) return problem(409, '冲突', '培训已经结束，名单不能再更新。');
          return HttpResponse.json({
            added: [trainee(3, '丙常务')],
            dropped: [trainee(2, '乙常务')],
            required: 2,
          });
        }),
      );
      const { user } = renderApp({ path: '/trainings/7', user: users.townshipStaff, width: 390 });
      await user.click(await screen.findByRole('button', { name: '更新名单' }, slow));
      let dialog = await screen.findByRole('dialog');
      expect(await within(dialog).findByText('培训已经结束，名单不能再更新。')).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: /close|关闭/i }));

      await user.click(screen.getByRole('button', { name: '更新名单' }));
      dialog = await screen.findByRole('dialog');
      expect(await within(dialog).findByTestId('refresh-summary')).toHaveTextContent(
        '新增 1 人，移出 1 人，现应参训 2 人',
      );
      expect(within(within(dialog).getByLabelText('新增')).getByText(/丙常务/)).toBeInTheDocument();
      expect(within(within(dialog).getByLabelText('移出')).getByText(/乙常务/)).toBeInTheDocument();
      expect(within(dialog).queryByText('培训已经结束，名单不能再更新。')).toBeNull();
      await user.click(within(dialog).getByRole('button', { name: /close|关闭/i }));

      // A material downloads with the bearer token, as a blob saved under its name.
      const createObjectURL = vi.fn(() => 'blob:material');
      Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      await user.click(screen.getByRole('button', { name: /辅导提纲\.docx/ }));
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      expect(downloads).toEqual(['Bearer test-token']);
      click.mockRestore();

      // The planner reaches the edit form from here.
      expect(screen.getByRole('link', { name: /修\s*改/ })).toHaveAttribute('href', '/trainings/7/edit');
    },
    long,
  );
});
