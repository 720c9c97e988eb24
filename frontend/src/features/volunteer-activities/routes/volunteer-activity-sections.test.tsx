import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Activity, CareRecord } from '@/features/volunteer-activities/api/types';
import { db } from '@/testing/db';
import { users } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

const platform = { id: 1001, code: '220802100201', name: '平台村', kind: 'VILLAGE' as const };

function seedActivity(overrides: Partial<Activity> = {}): Activity {
  const activity: Activity = {
    id: 501,
    volunteer: { id: 101, name: '王德明' },
    date: '2026-04-01',
    area: 'LEGAL_EDUCATION',
    hours: 1.5,
    youthReached: 40,
    unit: platform,
    description: '在村小学讲法制课',
    version: 0,
    createdAt: '2026-04-01T08:00:00Z',
    createdBy: 'village.staff',
    updatedAt: '2026-04-01T08:00:00Z',
    updatedBy: 'village.staff',
    ...overrides,
  };
  db.activities.push(activity);
  return activity;
}

function seedCare(overrides: Partial<CareRecord> = {}): CareRecord {
  const record: CareRecord = {
    id: 301,
    volunteerId: 101,
    date: '2026-01-20',
    kind: 'FESTIVAL',
    description: '春节前登门慰问',
    givenBy: '镇关工委',
    createdAt: '2026-01-20T08:00:00Z',
    createdBy: 'township.staff',
    ...overrides,
  };
  db.careRecords.push(record);
  return record;
}

function formItem(label: string) {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

/** Role queries and pointer checks are slow inside antd lists under jsdom: go by label and click directly. */
async function confirmDelete(item: HTMLElement) {
  fireEvent.click(within(item).getByLabelText('删除'));
  const popup = await waitFor(() => {
    const found = document.querySelector('.ant-popconfirm') as HTMLElement | null;
    expect(found).not.toBeNull();
    return found!;
  });
  fireEvent.click(within(popup).getByText(/^删\s*除$/));
}

describe('五老 detail: 活动记录 and 关爱记录', () => {
  it('lists the person’s activities newest first', async () => {
    seedActivity();
    seedActivity({
      id: 502,
      date: '2026-04-20',
      area: 'CARE',
      description: '看望留守儿童',
      hours: 2,
      youthReached: 3,
    });
    renderApp({ path: '/volunteers/101' });
    expect(await screen.findByRole('tab', { name: '活动记录' })).toHaveAttribute('aria-selected', 'true');
    const items = await screen.findAllByRole('listitem', { name: /2026-04/ });
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      '2026-04-20 关爱帮扶',
      '2026-04-01 法制教育',
    ]);
    expect(within(items[1]).getByText('1.5 小时 · 青少年 40 人 · 平台村')).toBeInTheDocument();
    expect(within(items[1]).getByText('在村小学讲法制课')).toBeInTheDocument();
  });

  it('adds an activity in a modal on a desktop', async () => {
    const { user } = renderApp({ path: '/volunteers/101' });
    await user.click(await screen.findByRole('button', { name: /记一条活动/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('领域'));
    await user.click(await screen.findByTitle('网吧义务监督'));
    await user.type(within(dialog).getByLabelText('活动内容'), '网吧义务监督，劝离未成年人 2 名');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('网吧义务监督，劝离未成年人 2 名')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(db.activities[0]).toMatchObject({
      area: 'INTERNET_CAFE_SUPERVISION',
      hours: 1,
      youthReached: 0,
      unit: { id: 1001 },
    });
  });

  it('puts the server’s field errors on the modal’s fields', async () => {
    server.use(
      http.post('*/api/v1/volunteers/:id/activities', () =>
        HttpResponse.json(
          {
            type: 'urn:ggw:problem:validation',
            title: '请求无效',
            status: 400,
            detail: '请修正标出的字段。',
            errors: [{ field: 'hours', message: '时长须大于 0、不超过 24 小时，最多一位小数' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp({ path: '/volunteers/101' });
    await user.click(await screen.findByRole('button', { name: /记一条活动/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('领域'));
    await user.click(await screen.findByTitle('法制教育'));
    await user.type(within(dialog).getByLabelText('活动内容'), '讲座');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(
      await within(formItem('时长（小时）')).findByText('时长须大于 0、不超过 24 小时，最多一位小数'),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('corrects an activity with the version it read; a stale version shows the server’s reason', async () => {
    seedActivity();
    const { user } = renderApp({ path: '/volunteers/101' });
    const item = await screen.findByRole('listitem', { name: '2026-04-01 法制教育' });
    fireEvent.click(within(item).getByLabelText('修改'));
    const dialog = await screen.findByRole('dialog');
    const description = within(dialog).getByLabelText('活动内容');
    expect(description).toHaveValue('在村小学讲法制课');
    await user.clear(description);
    await user.type(description, '在村小学讲宪法');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('在村小学讲宪法')).toBeInTheDocument();
    expect(db.activities[0]).toMatchObject({ description: '在村小学讲宪法', version: 1 });

    // Someone else changes it meanwhile.
    db.activities[0] = { ...db.activities[0], version: 5 };
    fireEvent.click(
      within(screen.getByRole('listitem', { name: '2026-04-01 法制教育' })).getByLabelText('修改'),
    );
    const again = await screen.findByRole('dialog');
    await user.click(within(again).getByRole('button', { name: /保\s*存/ }));
    expect(await within(again).findByText('这条记录已被他人修改，请刷新后重试。')).toBeInTheDocument();
  });

  it('deletes an activity after confirming', async () => {
    seedActivity();
    renderApp({ path: '/volunteers/101' });
    const item = await screen.findByRole('listitem', { name: '2026-04-01 法制教育' });
    await confirmDelete(item);
    expect(await screen.findByText('还没有活动记录')).toBeInTheDocument();
    expect(db.activities).toHaveLength(0);
  });

  it('adds and deletes care records', async () => {
    seedCare();
    const { user } = renderApp({ path: '/volunteers/101' });
    await user.click(await screen.findByRole('tab', { name: '关爱记录' }));
    const seeded = await screen.findByRole('listitem', { name: '2026-01-20 节日慰问' });
    expect(within(seeded).getByText('镇关工委')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /添加关爱记录/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('关爱方式'));
    await user.click(await screen.findByTitle('健康关怀'));
    await user.type(within(dialog).getByLabelText('关爱单位或人'), '村卫生室');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('村卫生室')).toBeInTheDocument();
    expect(db.careRecords.map((r) => r.kind)).toEqual(['FESTIVAL', 'HEALTH']);

    await confirmDelete(screen.getByRole('listitem', { name: '2026-01-20 节日慰问' }));
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: '2026-01-20 节日慰问' })).not.toBeInTheDocument(),
    );
    expect(db.careRecords.map((r) => r.kind)).toEqual(['HEALTH']);
  });

  it('offers the read-only leader no add or delete', async () => {
    seedActivity();
    seedCare();
    const { user } = renderApp({ path: '/volunteers/101', user: users.districtViewer });
    await screen.findByRole('listitem', { name: '2026-04-01 法制教育' });
    expect(screen.queryByRole('button', { name: /记一条活动/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '关爱记录' }));
    await screen.findByRole('listitem', { name: '2026-01-20 节日慰问' });
    expect(screen.queryByRole('button', { name: /添加关爱记录/ })).not.toBeInTheDocument();
  });

  it('offers no new activity for a deceased person, nor a care record', async () => {
    const record = db.volunteers.get(101)!;
    record.detail = { ...record.detail, status: 'DECEASED' };
    const { user } = renderApp({ path: '/volunteers/101' });
    expect(await screen.findByText('还没有活动记录')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /记一条活动/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '关爱记录' }));
    expect(await screen.findByText('还没有关爱记录')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /添加关爱记录/ })).not.toBeInTheDocument();
  });

  it('sends village staff on a phone to the big logging page with the person chosen', async () => {
    const { user } = renderApp({ path: '/volunteers/101', user: users.villageStaff, width: 390 });
    const link = await screen.findByRole('link', { name: /记一条活动/ });
    expect(link).toHaveAttribute('href', '/activities/new?volunteerId=101');
    await user.click(link);
    expect(await screen.findByTestId('picked-person')).toHaveTextContent('王德明');
  });
});

describe('活动概况', () => {
  it('shows the figures of the scope and the latest activities with the people’s names', async () => {
    seedActivity();
    seedActivity({
      id: 502,
      date: '2026-04-20',
      area: 'CARE',
      hours: 2,
      youthReached: 3,
      description: '看望留守儿童',
    });
    renderApp({ path: '/activities' });
    expect(await screen.findByRole('heading', { name: '活动概况' })).toBeInTheDocument();
    const figures = await screen.findByText('活动概况 · 洮北区');
    const card = figures.closest('.ant-card') as HTMLElement;
    expect(within(card).getAllByText('3.5').length).toBeGreaterThan(0);
    expect(within(card).getAllByText('43').length).toBeGreaterThan(0);
    const recent = await screen.findByRole('listitem', { name: '2026-04-20 关爱帮扶' });
    expect(within(recent).getByRole('link', { name: '王德明' })).toHaveAttribute('href', '/volunteers/101');
  });
});
