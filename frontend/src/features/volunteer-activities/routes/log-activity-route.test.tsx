import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { db } from '@/testing/db';
import { users } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

function formItem(label: string) {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

/** A second person in 平台村, so that there is something to filter. */
function addNeighbour() {
  const template = db.volunteers.get(101)!;
  db.volunteers.set(104, { ...template, detail: { ...template.detail, id: 104, name: '刘长顺' } });
}

const requested: { url: URL; body: Promise<unknown> }[] = [];
server.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  requested.push({ url, body: request.method === 'POST' ? request.clone().json() : Promise.resolve(null) });
});
afterEach(() => {
  requested.length = 0;
});

describe('记活动 on a phone', () => {
  it('is one tap from the menu and the home page of a village account', async () => {
    const { user } = renderApp({ user: users.villageStaff, width: 390 });
    expect(await screen.findByRole('link', { name: /记活动/ })).toHaveAttribute('href', '/activities/new');
    await user.click(screen.getByRole('link', { name: /记活动/ }));
    expect(await screen.findByRole('heading', { name: '选择五老' })).toBeInTheDocument();
  });

  it('lists the people of the village only, filters them by name on the phone, and sends no name to the server', async () => {
    addNeighbour();
    const { user } = renderApp({ path: '/activities/new', user: users.villageStaff, width: 390 });
    const people = await screen.findByRole('list', { name: '选择五老' });
    expect(within(people).getByRole('listitem', { name: '王德明' })).toBeInTheDocument();
    expect(within(people).getByRole('listitem', { name: '刘长顺' })).toBeInTheDocument();
    // 李淑芬 lives in 永丰村, outside the village.
    expect(within(people).queryByRole('listitem', { name: '李淑芬' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: '按姓名查找' }), '刘');
    await waitFor(() =>
      expect(within(people).queryByRole('listitem', { name: '王德明' })).not.toBeInTheDocument(),
    );
    expect(within(people).getByRole('listitem', { name: '刘长顺' })).toBeInTheDocument();

    const lists = requested.filter((r) => r.url.pathname === '/api/v1/volunteers/search');
    expect(lists.length).toBeGreaterThan(0);
    for (const r of lists) {
      expect(r.url.search).toBe('');
      const body = (await r.body) as Record<string, unknown>;
      expect(body.limit).toBe(200);
      expect(body.unitId).toBe(1001);
      expect(body.q).toBeUndefined();
    }
  });

  it('finds a person on the server when the village has more people than one page holds', async () => {
    const template = db.volunteers.get(101)!;
    for (let i = 0; i < 205; i++) {
      const id = 1000 + i;
      db.volunteers.set(id, { ...template, detail: { ...template.detail, id, name: `村民${i}` } });
    }
    db.volunteers.set(2000, { ...template, detail: { ...template.detail, id: 2000, name: '马秀兰' } });
    const { user } = renderApp({ path: '/activities/new', user: users.villageStaff, width: 390 });
    const people = await screen.findByRole('list', { name: '选择五老' });
    expect(within(people).queryByRole('listitem', { name: '马秀兰' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: '按姓名查找' }), '马秀兰');

    expect(await screen.findByRole('listitem', { name: '马秀兰' })).toBeInTheDocument();
    const searches = requested.filter((r) => r.url.pathname === '/api/v1/volunteers/search');
    const bodies = (await Promise.all(searches.map((r) => r.body))) as Record<string, unknown>[];
    expect(bodies.some((body) => body.q === '马秀兰')).toBe(true);
    for (const r of searches) expect(r.url.search).toBe('');
  });

  it('logs an activity in a few taps, then offers 再记一条', async () => {
    const { user } = renderApp({ path: '/activities/new', user: users.villageStaff, width: 390 });
    await user.click(await screen.findByRole('listitem', { name: '王德明' }));
    expect(await screen.findByTestId('picked-person')).toHaveTextContent('王德明');

    await user.click(screen.getByRole('button', { name: '网吧义务监督' }));
    expect(screen.getByRole('button', { name: '网吧义务监督' })).toHaveAttribute('aria-pressed', 'true');
    const hours = formItem('时长（小时）');
    await user.click(within(hours).getByRole('button', { name: '增加' }));
    await user.click(within(hours).getByRole('button', { name: '增加' }));
    const youth = formItem('受益青少年（人）');
    for (let i = 0; i < 3; i++) await user.click(within(youth).getByRole('button', { name: '增加' }));
    await user.type(screen.getByLabelText('活动内容'), '在村网吧开展义务监督');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('已记下')).toBeInTheDocument();
    expect(screen.getByText('王德明 · 网吧义务监督 · 2 小时')).toBeInTheDocument();
    expect(db.activities).toHaveLength(1);
    expect(db.activities[0]).toMatchObject({
      area: 'INTERNET_CAFE_SUPERVISION',
      hours: 2,
      youthReached: 3,
      description: '在村网吧开展义务监督',
      volunteer: { id: 101 },
    });
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(db.activities[0].date).toBe(iso);
    expect(screen.getByRole('link', { name: /查看此人/ })).toHaveAttribute('href', '/volunteers/101');

    await user.click(screen.getByRole('button', { name: /再记一条/ }));
    expect(await screen.findByRole('list', { name: '选择五老' })).toBeInTheDocument();
  });

  it('asks for the area before saving and puts a server error on its field', async () => {
    server.use(
      http.post('*/api/v1/volunteers/:id/activities', () =>
        HttpResponse.json(
          {
            type: 'urn:ggw:problem:validation',
            title: '请求无效',
            status: 400,
            detail: '请修正标出的字段。',
            errors: [{ field: 'create.request.description', message: '最长 500 个字符' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp({
      path: '/activities/new?volunteerId=101',
      user: users.villageStaff,
      width: 390,
    });
    expect(await screen.findByTestId('picked-person')).toHaveTextContent('王德明');
    await user.type(screen.getByLabelText('活动内容'), '讲故事');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    const areaItem = screen.getByRole('group', { name: '领域' }).closest('.ant-form-item') as HTMLElement;
    expect(await within(areaItem).findByText('请点选一个领域')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '法制教育' }));
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await within(formItem('活动内容')).findByText('最长 500 个字符')).toBeInTheDocument();
    expect(db.activities).toHaveLength(0);
  });

  it('does not offer people who have withdrawn or died', async () => {
    const record = db.volunteers.get(101)!;
    record.detail = { ...record.detail, status: 'WITHDRAWN' };
    renderApp({ path: '/activities/new', user: users.villageStaff, width: 390 });
    expect(await screen.findByText('本单位还没有可以记录活动的五老')).toBeInTheDocument();
  });

  it('is refused to the read-only leader', async () => {
    renderApp({ path: '/activities/new', user: users.districtViewer });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    await changeLanguage('en');
    renderApp({ path: '/activities/new?volunteerId=101', user: users.villageStaff, width: 390 });
    await screen.findByTestId('picked-person');
    expect(await screen.findByRole('button', { name: 'Internet café supervision' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Save/ })).toBeInTheDocument();
  });
});
