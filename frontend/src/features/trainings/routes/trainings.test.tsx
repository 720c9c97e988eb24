import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { Problem } from '@/api/types';
import { users } from '@/testing/fixtures';
import { problem, url } from '@/testing/http';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type {
  OwedTraining,
  Trainee,
  TrainingCoverage,
  TrainingCoverageRow,
  TrainingInvitation,
  TrainingSessionDetail,
  TrainingType,
} from '../api/types';

// jsdom has no canvas: the chart becomes one button per bar.
vi.mock('../components/coverage-chart', () => ({
  default: ({
    rows,
    onPick,
  }: {
    rows: TrainingCoverageRow[];
    onPick: (row: TrainingCoverageRow) => void;
  }) => (
    <div data-testid="coverage-chart">
      {rows.map((r) => (
        <button key={r.unit.id} type="button" onClick={() => onPick(r)}>
          {`bar ${r.unit.name}`}
        </button>
      ))}
    </div>
  ),
}));

// The first render of a lazy route is slow on a loaded 2-core machine.
const slow = { timeout: 90_000 };
const long = 240_000;

const today = new Date().toISOString().slice(0, 10);
const types: TrainingType[] = [
  { code: 'POLITICAL', nameZh: '政治培训', nameEn: 'Political training' },
  { code: 'BUSINESS', nameZh: '业务培训', nameEn: 'Business training' },
  { code: 'ONBOARDING', nameZh: '岗位培训', nameEn: 'On-boarding' },
];
const pingtai = { id: 100, code: '220802100', name: '平台镇', kind: 'TOWNSHIP' as const };
const village = { id: 1001, code: '220802100201', name: '平台村', kind: 'VILLAGE' as const };

function trainee(over: Partial<Trainee>): Trainee {
  return {
    id: 1,
    sessionId: 7,
    volunteerId: 501,
    name: '王德明',
    unit: village,
    seatRole: 'MEMBER',
    source: 'RULE',
    required: true,
    status: 'EXPECTED',
    method: null,
    reason: null,
    attendedOn: null,
    recordedAt: null,
    recordedBy: null,
    version: 0,
    ...over,
  };
}

describe('培训签到 on a phone', () => {
  it(
    'shows the village’s people in this week’s session and checks one in with the code; the tag turns at once',
    async () => {
      let current = trainee({});
      const checkIns: unknown[] = [];
      server.use(
        http.get(url('/api/v1/training-types'), () => HttpResponse.json(types)),
        http.get(url('/api/v1/training-invitations'), () =>
          HttpResponse.json<TrainingInvitation[]>([
            {
              trainee: current,
              sessionId: 7,
              sessionTitle: '平台镇新任村关工委委员岗位培训',
              type: types[2],
              organiser: pingtai,
              startsOn: today,
              endsOn: today,
              place: '平台镇党群服务中心',
              sessionStatus: 'PUBLISHED',
              phase: 'ONGOING',
            },
          ]),
        ),
        http.post<never, { code: string; volunteerId: number }, Trainee | Problem>(
          url('/api/v1/training-check-ins'),
          async ({ request }) => {
            const body = await request.json();
            checkIns.push(body);
            if (body.code !== '482913')
              return problem(400, '请求有误', '签到码无效，请核对培训现场显示的六位数字。');
            current = { ...current, status: 'ATTENDED', method: 'CODE', attendedOn: today };
            return HttpResponse.json<Trainee>(current);
          },
        ),
      );
      const { user } = renderApp({ path: '/trainings/check-in', user: users.villageStaff, width: 390 });
      const item = await screen.findByRole('listitem', { name: /王德明/ }, slow);
      expect(within(item).getByText('未登记')).toBeInTheDocument();
      const button = within(item).getByRole('button', { name: '签到 王德明' });
      expect(button).toBeDisabled();

      await user.type(screen.getByLabelText('签到码'), '111111');
      await user.click(button);
      expect(await screen.findByRole('alert')).toHaveTextContent('签到码无效');

      await user.clear(screen.getByLabelText('签到码'));
      await user.type(screen.getByLabelText('签到码'), '482913');
      await user.click(within(item).getByRole('button', { name: '签到 王德明' }));
      await waitFor(() =>
        expect(
          within(screen.getByRole('listitem', { name: /王德明/ })).getByText('已签到'),
        ).toBeInTheDocument(),
      );
      expect(checkIns.at(-1)).toEqual({ code: '482913', volunteerId: 501 });
    },
    long,
  );
});

describe('培训签到 from a scanned QR code', () => {
  it(
    'opens with the code filled in and the scanned session’s people first',
    async () => {
      const invitation = (sessionId: number, title: string, name: string, volunteerId: number) => ({
        trainee: trainee({ id: volunteerId, sessionId, name, volunteerId }),
        sessionId,
        sessionTitle: title,
        type: types[2],
        organiser: pingtai,
        startsOn: today,
        endsOn: today,
        place: null,
        sessionStatus: 'PUBLISHED' as const,
        phase: 'ONGOING' as const,
      });
      server.use(
        http.get(url('/api/v1/training-types'), () => HttpResponse.json(types)),
        http.get(url('/api/v1/training-invitations'), () =>
          HttpResponse.json<TrainingInvitation[]>([
            invitation(6, '平台镇政治培训', '李文', 601),
            invitation(7, '平台镇岗位培训', '王德明', 501),
          ]),
        ),
      );
      renderApp({
        path: '/trainings/check-in?session=7&code=482913',
        user: users.villageStaff,
        width: 390,
      });
      const items = await screen.findAllByRole('listitem', { name: /平台镇.*培训/ }, slow);
      expect(items[0]).toHaveAccessibleName(/王德明 平台镇岗位培训/);
      expect(within(items[0]).getByText(/本场培训/)).toBeInTheDocument();
      expect(within(items[1]).queryByText(/本场培训/)).toBeNull();
      expect(screen.getByLabelText('签到码')).toHaveValue('482913');
      expect(within(items[0]).getByRole('button', { name: '签到 王德明' })).toBeEnabled();
    },
    long,
  );
});

describe('培训 session detail', () => {
  it(
    'shows the syllabus, the check-in code and the audience; recording attendance updates the counts',
    async () => {
      let people = [
        trainee({ id: 1, name: '甲常务', seatRole: 'EXECUTIVE_VICE_DIRECTOR' }),
        trainee({ id: 2, name: '乙常务', volunteerId: 502, seatRole: 'EXECUTIVE_VICE_DIRECTOR' }),
      ];
      const detail = (): TrainingSessionDetail => ({
        summary: {
          id: 7,
          type: types[1],
          title: '村关工委常务副主任业务培训',
          organiser: pingtai,
          startsOn: today,
          endsOn: today,
          place: '镇政府会议室',
          mode: 'CENTRAL',
          status: 'PUBLISHED',
          phase: 'ONGOING',
          required: 2,
          trained: people.filter((p) => p.status === 'ATTENDED').length,
          extras: 0,
        },
        areas: [],
        teachers: ['区关工委常务副主任'],
        syllabus: [
          { title: '关工委工作的重要意义', notes: null },
          { title: '关工委的性质、任务和工作对象', notes: null },
          { title: '村关工委常务副主任的职责', notes: null },
        ],
        audience: {
          roles: ['EXECUTIVE_VICE_DIRECTOR'],
          unitKinds: ['VILLAGE'],
          appointedSince: null,
          withoutOnboarding: false,
          includeOrganiser: false,
        },
        audienceAsOf: today,
        materials: [],
        checkInCode: '482913',
        publishedAt: '2026-05-01T00:00:00Z',
        publishedBy: 'township.staff',
        cancelReason: null,
        createdAt: '2026-05-01T00:00:00Z',
        createdBy: 'township.staff',
        version: 1,
        permissions: { edit: true, recordAttendance: true },
      });
      server.use(
        http.get(url('/api/v1/trainings/{id}'), () => HttpResponse.json(detail())),
        http.get(url('/api/v1/trainings/{id}/trainees'), () => HttpResponse.json(people)),
        http.put(url('/api/v1/training-trainees/{id}/attendance'), async ({ params, request }) => {
          const body = (await request.json()) as { status: Trainee['status'] };
          people = people.map((p) => (p.id === Number(params.id) ? { ...p, status: body.status } : p));
          return HttpResponse.json(people.find((p) => p.id === Number(params.id)));
        }),
      );
      const { user } = renderApp({ path: '/trainings/7', user: users.townshipStaff });
      expect(await screen.findByText('村关工委常务副主任业务培训', {}, slow)).toBeInTheDocument();
      // label and test-id queries: role queries over the whole page are too slow on a loaded machine
      const syllabus = screen.getByLabelText('辅导提纲');
      expect([...syllabus.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
        '关工委工作的重要意义',
        '关工委的性质、任务和工作对象',
        '村关工委常务副主任的职责',
      ]);
      expect(screen.getByTestId('check-in-code')).toHaveTextContent('482913');
      // The QR code of the running session carries the check-in page with the session and its code.
      const qr = await screen.findByTestId('check-in-qr', {}, slow);
      expect(qr).toHaveAttribute(
        'data-url',
        `${window.location.origin}/trainings/check-in?session=7&code=482913`,
      );
      expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
      expect(qr).toHaveAccessibleName('签到二维码（签到码 482913）');
      expect(screen.getByText('0/2 人')).toBeInTheDocument();

      await user.click(await screen.findByLabelText('签到 甲常务', {}, slow));
      expect(await screen.findByText('1/2 人', {}, slow)).toBeInTheDocument();
      // The printed documents of a published session.
      expect(screen.getByText('签到表（Word）')).toBeInTheDocument();
      expect(screen.getByText('出勤表（Excel）')).toBeInTheDocument();
    },
    long,
  );
});

describe('培训覆盖', () => {
  it(
    'shows 144 of 147 = 98% for the district, drills into a township, and lists who is still owed',
    async () => {
      const asked: (string | null)[] = [];
      const row = (
        unit: TrainingCoverageRow['unit'],
        required: number,
        trained: number,
      ): TrainingCoverageRow => ({
        unit,
        required,
        trained,
        coverage: required ? trained / required : null,
        sessions: 1,
      });
      server.use(
        http.get(url('/api/v1/training-types'), () => HttpResponse.json(types)),
        http.get(url('/api/v1/training-coverage'), ({ request }) => {
          const unitId = new URL(request.url).searchParams.get('unitId');
          asked.push(unitId);
          const body: TrainingCoverage = unitId
            ? {
                unit: row(pingtai, 14, 13),
                children: [row(village, 1, 1)],
                from: '2010-01-01',
                to: '2010-12-31',
                typeCode: null,
                sessionsHeld: 1,
                sessionsTarget: 12,
              }
            : {
                unit: row({ id: 1, code: '220802', name: '洮北区', kind: 'DISTRICT' }, 147, 144),
                children: [
                  row(pingtai, 14, 13),
                  row({ id: 101, code: '220802101', name: '平安镇', kind: 'TOWNSHIP' }, 13, 13),
                ],
                from: '2010-01-01',
                to: '2010-12-31',
                typeCode: null,
                sessionsHeld: 12,
                sessionsTarget: 12,
              };
          return HttpResponse.json(body);
        }),
        http.get(url('/api/v1/training-owed'), () =>
          HttpResponse.json<OwedTraining[]>([
            {
              volunteerId: 9,
              name: '孙有才',
              unit: village,
              seatRole: 'EXECUTIVE_VICE_DIRECTOR',
              reason: 'MISSED',
              sessionId: 3,
              sessionTitle: '2010年平台镇村关工委常务副主任业务培训',
              status: 'LEAVE',
              since: '2010-05-10',
              deadline: '2010-12-31',
            },
          ]),
        ),
      );
      const { user, router } = renderApp({ path: '/trainings/coverage?year=2010' });
      expect(await screen.findByTestId('coverage-unit', {}, slow)).toHaveTextContent('洮北区');
      expect(screen.getAllByText('98%').length).toBeGreaterThan(0);
      expect(screen.getByText('全年目标 12 期，已举办 12 期')).toBeInTheDocument();
      const owed = await screen.findByRole('listitem', { name: '孙有才' });
      expect(within(owed).getByText(/请假/)).toBeInTheDocument();

      await user.click(await screen.findByRole('button', { name: 'bar 平台镇' }));
      await waitFor(() => expect(screen.getByTestId('coverage-unit')).toHaveTextContent('平台镇'));
      expect(asked).toContain('100');
      expect(router.state.location.search).toContain('unit=100');

      // 导出 Excel asks for the unit and the year on screen.
      const exported: string[] = [];
      server.use(
        http.get(url('/api/v1/training-coverage.xlsx'), ({ request }) => {
          exported.push(new URL(request.url).search);
          return new HttpResponse(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
            headers: { 'Content-Disposition': 'attachment; filename="coverage.xlsx"' },
          });
        }),
      );
      Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:coverage'), revokeObjectURL: vi.fn() });
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      await user.click(screen.getByText('导出 Excel'));
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      expect(exported).toEqual(['?unitId=100&from=2010-01-01&to=2010-12-31']);
      click.mockRestore();
    },
    long,
  );
});
