import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { UnitCoverage } from '@/api/types';
import { appointment } from '@/testing/committee-fixtures';
import { db } from '@/testing/db';
import { users } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

// jsdom has no canvas: the chart becomes one button per bar, so a "bar click" can be tested.
vi.mock('../components/coverage-chart', () => ({
  default: ({ rows, onPick }: { rows: UnitCoverage[]; onPick: (row: UnitCoverage) => void }) => (
    <div data-testid="coverage-chart">
      {rows.map((r) => (
        <button key={r.unit.id} type="button" onClick={() => onPick(r)}>
          {`bar ${r.unit.name}`}
        </button>
      ))}
    </div>
  ),
}));

describe('班子 team card', () => {
  it('shows seats with holders since when, the empty seat with its days, the term and the history', async () => {
    renderApp({ path: '/committees/1001' });
    const card = await screen.findByTestId('committee-card');
    expect(within(card).getByText('平台村关工委班子')).toBeInTheDocument();
    expect(within(card).getByText('不完整')).toBeInTheDocument();

    const director = within(card).getByRole('region', { name: '主任' });
    expect(within(director).getByText('张广福')).toBeInTheDocument();
    expect(within(director).getByText('2021-03-01 起')).toBeInTheDocument();
    const members = within(card).getByRole('region', { name: '委员' });
    expect(within(members).getByText('应配 3 人')).toBeInTheDocument();
    const empty = within(members).getByRole('listitem', { name: '委员 空缺' });
    expect(within(empty).getByText('已空缺 86 天 · 逾期')).toBeInTheDocument();
    expect(within(empty).getByText(/原任：吴秀兰/)).toBeInTheDocument();
    expect(within(empty).getByRole('button', { name: /补\s*充/ })).toBeInTheDocument();
    expect(within(card).getByText('换届逾期')).toBeInTheDocument();

    const history = await screen.findByLabelText('任职历史');
    expect(within(history).getByText('吴秀兰 卸任委员，原因：年龄')).toBeInTheDocument();
    expect(within(history).getByText('钱有余 任委员（补充）')).toBeInTheDocument();
    expect(within(history).getByText('接替 周德才')).toBeInTheDocument();
    expect(within(history).getByText('由 钱有余 接替')).toBeInTheDocument();
  });

  it('records a member leaving for age; the seat shows as vacant at once', async () => {
    const { user } = renderApp({ path: '/committees/1002', user: users.townshipStaff });
    const card = await screen.findByTestId('committee-card');
    expect(within(card).getByText('完整')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: '离任 永丰村委员1' }));
    const dialog = await screen.findByRole('dialog', { name: '离任 · 永丰村委员1' });
    await user.click(within(dialog).getByLabelText('离任原因'));
    await user.click(await screen.findByTitle('年龄'));
    await user.click(within(dialog).getByRole('button', { name: /离\s*任/ }));

    const members = await within(card).findByRole('listitem', { name: '委员 空缺' });
    expect(within(members).getByText(/原任：永丰村委员1/)).toBeInTheDocument();
    expect(within(card).getByText('不完整')).toBeInTheDocument();
  });

  it('answers a township account typing another township’s team with not-found', async () => {
    renderApp({ path: '/committees/104', user: users.townshipStaff });
    expect(await screen.findByText('未找到')).toBeInTheDocument();
    expect(screen.queryByTestId('committee-card')).not.toBeInTheDocument();
  });

  it('offers the read-only leader no write buttons anywhere, and no settings', async () => {
    const { router } = renderApp({ path: '/committees/1001', user: users.districtViewer });
    const card = await screen.findByTestId('committee-card');
    expect(within(card).getByText('刘长海')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /补\s*充/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '年度考核' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提议调整' })).not.toBeInTheDocument();
    const menu = screen.getByRole('menu', { name: '菜单' });
    expect(within(menu).getByText('缺额补充')).toBeInTheDocument();
    expect(within(menu).queryByText('班子设置')).not.toBeInTheDocument();

    await router.navigate('/committees/vacancies');
    expect(await screen.findByRole('link', { name: '平台村' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /补充/ })).not.toBeInTheDocument();

    await router.navigate('/committees/adjustments/1');
    expect(await screen.findByText('已提议')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /记录征求意见|撤回提议|作出决定/ })).not.toBeInTheDocument();

    await router.navigate('/committees/settings');
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });
});

describe('缺额补充 fill flow', () => {
  it('fills the oldest vacancy from the suggested people; the row goes and coverage changes at once', async () => {
    const { user, router } = renderApp({ path: '/committees/coverage' });
    expect(await screen.findByTestId('coverage-share')).toHaveTextContent('71.4%');
    expect(screen.getByTestId('coverage-openVacancies')).toHaveTextContent('6');

    await router.navigate('/committees/vacancies');
    const oldest = (await screen.findByRole('link', { name: '平台村' })).closest('tr')!;
    // Oldest first: 平台村 since 2026-09-01, past the 30-day threshold, above 德顺蒙古族乡's.
    const links = screen.getAllByRole('link', { name: /平台村|德顺蒙古族乡/ });
    expect(links[0]).toHaveTextContent('平台村');
    expect(links).toHaveLength(6);
    expect(within(oldest).getByText('已空缺 86 天 · 逾期')).toBeInTheDocument();
    expect(screen.getByText('按空缺时长排序，最久的在前；超过 30 天标记为逾期。')).toBeInTheDocument();

    await user.click(within(oldest).getByRole('button', { name: '补充 平台村 委员' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('补充 平台村 · 委员')).toBeInTheDocument();
    const first = await within(drawer).findByRole('radio', { name: '王德明' });
    expect(within(drawer).getByText('本单位')).toBeInTheDocument();
    expect(within(drawer).getByRole('radio', { name: '李淑芬' })).toBeInTheDocument();
    // Masked data only: no ID number, no phone.
    expect(within(drawer).queryByText(/220802195001011239|13812345678/)).not.toBeInTheDocument();
    await user.click(first);
    await user.click(within(drawer).getByRole('button', { name: '确认补充' }));

    expect(await screen.findByText('已补充：王德明 任委员')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: '平台村' })).not.toBeInTheDocument());
    expect(db.committees.appointments.at(-1)).toMatchObject({
      volunteerId: 101,
      kind: 'FILL',
      role: 'MEMBER',
    });

    await router.navigate('/committees/coverage');
    await waitFor(() => expect(screen.getByTestId('coverage-share')).toHaveTextContent('85.7%'));
    expect(screen.getByTestId('coverage-openVacancies')).toHaveTextContent('5');
  });

  it('on a phone, finds a person on the server by name, debounced, and says plainly when no one matches', async () => {
    const searched: unknown[] = [];
    server.use(
      http.post('*/api/v1/volunteers/search', async ({ request }) => {
        searched.push(await request.clone().json());
        // Nothing returned: the shared handler answers from the test database.
      }),
    );
    const { user } = renderApp({ path: '/committees/vacancies', width: 390 });
    const card = await screen.findByRole('listitem', { name: '平台村 委员' });
    await user.click(within(card).getByRole('button', { name: /补\s*充/ }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByRole('radio', { name: '王德明' })).toBeInTheDocument();
    expect(within(drawer).getByText('推荐人选')).toBeInTheDocument();
    expect(searched).toHaveLength(0);

    const search = within(drawer).getByRole('searchbox', { name: '搜索姓名、电话或身份证号' });
    await user.type(search, '李淑');
    expect(await within(drawer).findByText('搜索结果')).toBeInTheDocument();
    expect(await within(drawer).findByRole('radio', { name: '李淑芬' })).toBeInTheDocument();
    await waitFor(() =>
      expect(within(drawer).queryByRole('radio', { name: '王德明' })).not.toBeInTheDocument(),
    );
    // One request for the whole word, not one per key.
    expect(searched).toEqual([expect.objectContaining({ q: '李淑' })]);

    await user.click(within(drawer).getByRole('radio', { name: '李淑芬' }));
    await user.clear(search);
    await user.type(search, '查无此人');
    expect(
      await within(drawer).findByText('五老队伍中没有找到“查无此人”，请核对姓名，或用电话、身份证号查找。'),
    ).toBeInTheDocument();
    expect(searched.at(-1)).toMatchObject({ q: '查无此人' });
    // The chosen person stays chosen while another search runs.
    expect(within(drawer).getByTestId('fill-picked')).toHaveTextContent('已选：李淑芬');

    await user.click(within(drawer).getByRole('button', { name: '确认补充' }));
    expect(await screen.findByText('已补充：李淑芬 任委员')).toBeInTheDocument();
    expect(db.committees.appointments.at(-1)).toMatchObject({ volunteerId: 102, kind: 'FILL' });
  });

  it('shows the server’s message when someone filled the seat meanwhile, and refreshes the list', async () => {
    server.use(
      http.post('*/api/v1/committees/:unitId/vacancies/:role/fill', () => {
        db.committees.appointments.push(
          appointment(db.units.get(1001)!, 'MEMBER', 999, '抢先者', '2026-11-26'),
        );
        return HttpResponse.json(
          {
            type: 'urn:ggw:problem:conflict',
            title: '操作冲突',
            status: 409,
            detail: '该岗位已没有缺额，可能刚被他人补充。',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderApp({ path: '/committees/vacancies' });
    await user.click(await screen.findByRole('button', { name: '补充 平台村 委员' }));
    const drawer = await screen.findByRole('dialog');
    await user.click(await within(drawer).findByRole('radio', { name: '王德明' }));
    await user.click(within(drawer).getByRole('button', { name: '确认补充' }));

    expect(await within(drawer).findByRole('alert')).toHaveTextContent(
      '该岗位已没有缺额，可能刚被他人补充。',
    );
    await waitFor(() => expect(screen.queryByRole('link', { name: '平台村' })).not.toBeInTheDocument());
  });

  it('keeps a township account’s list to its own units', async () => {
    db.committees.requiredSince.set(1002, '2026-10-01');
    db.committees.appointments = db.committees.appointments.filter(
      (a) => !(a.unit.id === 1002 && a.role === 'DIRECTOR'),
    );
    renderApp({ path: '/committees/vacancies', user: users.townshipStaff });
    expect(await screen.findByRole('link', { name: '平台村' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '永丰村' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '德顺蒙古族乡' })).not.toBeInTheDocument();
  });
});

describe('常务副主任调整 flow', () => {
  it('gives a district admin the next step only, records the consultation, then offers the decision', async () => {
    const { user } = renderApp({ path: '/committees/adjustments/1' });
    expect(await screen.findByText('已提议')).toBeInTheDocument();
    expect(screen.getByText('2025 年度考核：不称职')).toBeInTheDocument();
    expect(screen.getByText(/village\.staff · 2026-02-01/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '作出决定' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '完成交接' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '撤回提议' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '记录征求意见' }));
    const dialog = await screen.findByRole('dialog', { name: '记录征求意见' });
    await user.type(within(dialog).getByLabelText('征求意见对象'), '平台镇党委');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('已征求意见')).toBeInTheDocument();
    expect(screen.getByText(/平台镇党委 · 同意/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '作出决定' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '记录征求意见' })).not.toBeInTheDocument();
  });

  it('shows the server’s 409 when a step was skipped', async () => {
    server.use(
      http.post('*/api/v1/adjustments/:id/decision', () =>
        HttpResponse.json(
          {
            type: 'urn:ggw:problem:step',
            title: '操作冲突',
            status: 409,
            detail: '缺少步骤：尚未记录征求乡镇党委意见。',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    db.committees.adjustments[0] = {
      ...db.committees.adjustments[0],
      status: 'CONSULTED',
      nextStep: 'DECISION',
    };
    const { user } = renderApp({ path: '/committees/adjustments/1', user: users.townshipStaff });
    await user.click(await screen.findByRole('button', { name: '作出决定' }));
    const dialog = await screen.findByRole('dialog', { name: '作出决定' });
    await user.click(within(dialog).getByRole('radio', { name: '批准' }));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '缺少步骤：尚未记录征求乡镇党委意见。',
    );
  });

  it('completes an approved adjustment: the old holder leaves with 调整 and the successor holds the seat', async () => {
    const a = db.committees.adjustments[0];
    db.committees.adjustments[0] = { ...a, status: 'APPROVED', nextStep: 'COMPLETION' };
    const { user, router } = renderApp({ path: '/committees/adjustments/1' });
    await user.click(await screen.findByRole('button', { name: '完成交接' }));
    const dialog = await screen.findByRole('dialog', { name: '完成交接' });
    // The proposed successor is chosen already.
    expect(await within(dialog).findByText(/李淑芬/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('已完成')).toBeInTheDocument();
    expect(db.committees.appointments.find((x) => x.id === a.appointment.id)).toMatchObject({
      endReason: 'ADJUSTMENT',
    });
    await router.navigate('/committees/1002');
    const evd = await screen.findByRole('region', { name: '常务副主任' });
    expect(within(evd).getByText('李淑芬')).toBeInTheDocument();
    expect(await screen.findByText('永丰村常务 卸任常务副主任，原因：调整')).toBeInTheDocument();
  });

  it('lets village staff withdraw but not consult or decide', async () => {
    const { user } = renderApp({
      path: '/committees/adjustments/1',
      user: {
        ...users.villageStaff,
        unit: { id: 1002, code: '220802100202', name: '永丰村', kind: 'VILLAGE' },
      },
    });
    expect(await screen.findByText('已提议')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '记录征求意见' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '撤回提议' }));
    const dialog = await screen.findByRole('dialog', { name: '撤回提议' });
    await user.click(within(dialog).getByRole('button', { name: /撤回提议/ }));
    expect((await screen.findAllByText('已撤回')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: '撤回提议' })).not.toBeInTheDocument();
  });
});

describe('village staff on a phone', () => {
  it('shows their own team as large cards and proposes an adjustment; without a weak assessment the server says why', async () => {
    const { user } = renderApp({ path: '/committees/mine', user: users.villageStaff, width: 390 });
    const card = await screen.findByTestId('committee-card');
    expect(within(card).getByText('平台村关工委班子')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /补\s*充/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: '年度考核' })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: '提议调整' }));
    const dialog = await screen.findByRole('dialog', { name: '提议调整 · 刘长海' });
    expect(await within(dialog).findByText(/尚无“基本称职”或“不称职”的年度考核/)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('调整理由'), '工作不主动');
    await user.click(within(dialog).getByRole('button', { name: /提议调整/ }));
    expect(await within(dialog).findByText(/缺少年度考核/)).toBeInTheDocument();
  });

  it('opens the new proposal after a weak assessment exists', async () => {
    const evd = db.committees.appointments.find(
      (a) => a.unit.id === 1001 && a.role === 'EXECUTIVE_VICE_DIRECTOR',
    )!;
    db.committees.assessments.push({
      id: 9,
      appointmentId: evd.id,
      year: 2025,
      rating: 'BASICALLY_COMPETENT',
      notes: null,
      assessedAt: '2026-01-10T08:00:00Z',
      assessedBy: 'township.staff',
    });
    const { user } = renderApp({ path: '/committees/mine', user: users.villageStaff, width: 390 });
    await user.click(await screen.findByRole('button', { name: '提议调整' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('最近考核：2025 年 基本称职')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('调整理由'), '敷衍塞责');
    await user.click(within(dialog).getByRole('button', { name: /提议调整/ }));
    expect(await screen.findByText('调整 · 平台村 · 刘长海')).toBeInTheDocument();
    expect(screen.getByText('已提议')).toBeInTheDocument();
  });
});

describe('覆盖情况 coverage', () => {
  it('drills down from the district to a township by a row and to its villages by a bar', async () => {
    const { user, router } = renderApp({ path: '/committees/coverage' });
    expect(await screen.findByTestId('coverage-unit')).toHaveTextContent('洮北区');
    const table = await screen.findByRole('table');
    expect(within(table).getByText('平台镇')).toBeInTheDocument();
    // 区教育局 needs no team: no drill-down.
    expect(within(table).getByText('区教育局').closest('button')).toBeNull();
    expect(within(table).getByText('无模板')).toBeInTheDocument();

    await user.click(within(table).getByText('平台镇'));
    await waitFor(() => expect(screen.getByTestId('coverage-unit')).toHaveTextContent('平台镇'));
    expect(screen.getByTestId('coverage-share')).toHaveTextContent('66.7%');
    expect(await screen.findByText('bar 平台村')).toBeInTheDocument();
    expect(within(screen.getByText('平台村').closest('tr')!).getByText('不完整')).toBeInTheDocument();

    // The level is in the URL: Back returns to the district, and the link opens the township again.
    const township = router.state.location.search;
    expect(new URLSearchParams(township).get('unit')).toMatch(/^\d+:平台镇$/);
    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByTestId('coverage-unit')).toHaveTextContent('洮北区'));
    await act(() => router.navigate(`/committees/coverage${township}`));
    await waitFor(() => expect(screen.getByTestId('coverage-unit')).toHaveTextContent('平台镇'));

    await user.click(screen.getByText('返回上级'));
    await waitFor(() => expect(screen.getByTestId('coverage-unit')).toHaveTextContent('洮北区'));
    await user.click(screen.getByText('bar 海明街道'));
    await waitFor(() => expect(screen.getByTestId('coverage-unit')).toHaveTextContent('海明街道'));
  });

  it('on a phone lists the units as cards with 缺额 and 换届逾期 in view; 查看下级 drills down, Back returns', async () => {
    const { user, router } = renderApp({ path: '/committees/coverage', width: 390 });
    expect(await screen.findByTestId('coverage-unit')).toHaveTextContent('洮北区');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const township = await screen.findByRole('listitem', { name: '平台镇' });
    expect(within(township).getByText('缺额')).toBeInTheDocument();
    expect(within(township).getByText('换届逾期')).toBeInTheDocument();
    expect(within(township).getByRole('link', { name: '班子' }).getAttribute('href')).toMatch(
      /^\/committees\/\d+$/,
    );
    // 区教育局 needs no team: nothing below to open.
    const bureau = screen.getByRole('listitem', { name: '区教育局' });
    expect(within(bureau).queryByRole('button', { name: /查看下级/ })).not.toBeInTheDocument();

    await user.click(within(township).getByRole('button', { name: /查看下级/ }));
    await waitFor(() => expect(screen.getByTestId('coverage-unit')).toHaveTextContent('平台镇'));
    expect(await screen.findByRole('listitem', { name: '平台村' })).toBeInTheDocument();
    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByTestId('coverage-unit')).toHaveTextContent('洮北区'));
  });

  it('shows the period figures from 2009 to today', async () => {
    renderApp({ path: '/committees/coverage' });
    await waitFor(() => expect(screen.getByTestId('figures-seatsFilled')).toHaveTextContent('1人'));
    expect(screen.getByTestId('figures-ended')).toHaveTextContent('2');
    expect(screen.getAllByLabelText('期间').length).toBeGreaterThan(0);
  });
});

describe('班子设置', () => {
  it('lets the district admin change the vacancy threshold and see the templates', async () => {
    const { user } = renderApp({ path: '/committees/settings' });
    const input = await screen.findByLabelText('缺额逾期天数');
    expect(input).toHaveValue('30');
    expect(await screen.findAllByText('主任 ×1，常务副主任 ×1，委员 ≥3')).toHaveLength(5);
    expect(screen.getByText('不设班子')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '60');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(db.committees.settings.vacancyOverdueDays).toBe(60));
  });

  it('on a phone shows each unit kind’s seats as a card with 编辑 in view', async () => {
    const { user } = renderApp({ path: '/committees/settings', width: 390 });
    const village = await screen.findByRole('listitem', { name: '村' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(village).getByText('主任 ×1，常务副主任 ×1，委员 ≥3')).toBeInTheDocument();
    await user.click(within(village).getByRole('button', { name: '编辑 村' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });
});
