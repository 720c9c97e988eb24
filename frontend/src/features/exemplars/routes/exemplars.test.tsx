import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { users } from '@/testing/fixtures';
import { url } from '@/testing/http';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { Exemplar, ExemplarSummary, NominateExemplar, UpdateExemplar } from '../api/types';

const village = { id: 1001, code: '220802100201', name: '平台村', kind: 'VILLAGE' as const };

function exemplar(over: Partial<Exemplar> = {}): Exemplar {
  return {
    id: 7,
    unit: village,
    nominatingUnit: village,
    category: 'FOUR_SELF_GROUP',
    year: 2013,
    title: '平台村四自小组带富记',
    subjectName: '平台村四自小组',
    volunteerId: null,
    body: {
      blocks: [
        { type: 'HEADING', level: 1, text: '基本情况' },
        { type: 'PARAGRAPH', text: '<script>alert(1)</script>带动三十户' },
      ],
    },
    photos: [],
    status: 'SUBMITTED',
    awaiting: 'TOWNSHIP',
    townshipReview: true,
    nominatedAt: '2013-04-01T01:00:00Z',
    nominatedBy: 'village.staff',
    approvedAt: null,
    meetings: [],
    city: { submittedOn: null, adopted: null, decidedOn: null, book: null, note: null },
    history: [
      {
        id: 1,
        action: 'NOMINATE',
        level: null,
        fromStatus: null,
        toStatus: 'SUBMITTED',
        comment: null,
        actedAt: '2013-04-01T01:00:00Z',
        actedBy: 'village.staff',
        actedByName: '张会计',
      },
    ],
    version: 0,
    ...over,
  } as Exemplar;
}

function summary(e: Exemplar): ExemplarSummary {
  return {
    id: e.id,
    unit: e.unit,
    category: e.category,
    year: e.year,
    title: e.title,
    subjectName: e.subjectName,
    status: e.status,
    awaiting: e.awaiting,
    nominatedAt: e.nominatedAt,
    presented: false,
    city: e.city,
    version: e.version,
  } as ExemplarSummary;
}

describe('抓典型 exemplars', () => {
  it('shows the township its queue; forwarding moves the exemplar to the district; the write-up stays plain text', async () => {
    let current = exemplar();
    let queried: URLSearchParams | undefined;
    const reviews: unknown[] = [];
    server.use(
      http.get(url('/api/v1/exemplars'), ({ request }) => {
        queried = new URL(request.url).searchParams;
        return HttpResponse.json({
          items: current.status === 'SUBMITTED' ? [summary(current)] : [],
          nextCursor: null,
        });
      }),
      http.get(url('/api/v1/exemplars/{id}'), () => HttpResponse.json(current)),
      http.post(url('/api/v1/exemplars/{id}/reviews'), async ({ request }) => {
        reviews.push(await request.json());
        current = exemplar({ status: 'FORWARDED', awaiting: 'DISTRICT' });
        return HttpResponse.json(current);
      }),
    );
    const { user } = renderApp({ path: '/exemplars/reviews', user: users.townshipStaff });
    await user.click(await screen.findByRole('link', { name: '平台村四自小组带富记' }));
    expect(queried?.get('awaiting')).toBe('TOWNSHIP');

    const detail = await screen.findByTestId('exemplar-detail');
    expect(within(detail).getByText('待乡镇审核')).toBeInTheDocument();
    expect(within(detail).getByText('<script>alert(1)</script>带动三十户')).toBeInTheDocument();
    const review = within(detail).getByRole('region', { name: '审核' });
    await user.click(within(review).getByRole('button', { name: /报\s*区/ }));

    await waitFor(() => expect(within(detail).getByText('待区审核')).toBeInTheDocument());
    expect(reviews).toEqual([{ decision: 'FORWARD' }]);
    expect(within(detail).queryByRole('region', { name: '审核' })).not.toBeInTheDocument();
  });

  it('lets a village clerk nominate from a 390 px phone; the write-up is sent as paragraphs', async () => {
    let sent: NominateExemplar | undefined;
    server.use(
      http.post(url('/api/v1/exemplars'), async ({ request }) => {
        sent = (await request.json()) as NominateExemplar;
        return HttpResponse.json(exemplar({ id: 9, title: sent.title }), { status: 201 });
      }),
      http.get(url('/api/v1/exemplars/{id}'), () =>
        HttpResponse.json(exemplar({ id: 9, title: '平台村四自小组' })),
      ),
      http.get(url('/api/v1/exemplar-quotas'), ({ request }) =>
        HttpResponse.json([
          {
            unit: { id: 1, code: '220802', name: '洮北区', kind: 'DISTRICT' },
            year: Number(new URL(request.url).searchParams.get('year')),
            category: 'FOUR_SELF_GROUP',
            quota: 11,
            used: 3,
          },
        ]),
      ),
    );
    const { user } = renderApp({ path: '/exemplars/new', user: users.villageStaff, width: 390 });
    await screen.findByText('推荐典型', { selector: '.ant-card-head-title' });
    await user.click(screen.getByLabelText('类别'));
    await user.click(await screen.findByTitle('四自小组'));
    // The district's quota for the year is shown while nominating.
    expect(await screen.findByText(`${new Date().getFullYear()}年名额：已报 3 / 11`)).toBeInTheDocument();
    await user.type(screen.getByLabelText('典型对象'), '平台村四自小组');
    await user.type(screen.getByLabelText('标题'), '平台村四自小组');
    await user.type(screen.getByLabelText('事迹材料'), '第一段{Enter}{Enter}第二段');
    await user.click(screen.getByRole('button', { name: '提交推荐' }));

    await screen.findByTestId('exemplar-detail');
    expect(sent?.unitId).toBe(1001);
    expect(sent?.category).toBe('FOUR_SELF_GROUP');
    expect(sent?.body.blocks).toEqual([
      { type: 'PARAGRAPH', text: '第一段' },
      { type: 'PARAGRAPH', text: '第二段' },
    ]);
  });

  it('lets the village correct a returned write-up and send it back into review', async () => {
    let current = exemplar({
      status: 'RETURNED',
      awaiting: null,
      version: 3,
      body: { blocks: [{ type: 'PARAGRAPH', text: '旧的材料' }] } as Exemplar['body'],
    });
    let saved: UpdateExemplar | undefined;
    let resubmitted = false;
    server.use(
      http.get(url('/api/v1/exemplars/{id}'), () => HttpResponse.json(current)),
      http.put(url('/api/v1/exemplars/{id}'), async ({ request }) => {
        saved = (await request.json()) as UpdateExemplar;
        current = { ...current, body: saved.body, version: 4 };
        return HttpResponse.json(current);
      }),
      http.post(url('/api/v1/exemplars/{id}/resubmission'), () => {
        resubmitted = true;
        current = { ...current, status: 'SUBMITTED', awaiting: 'TOWNSHIP' };
        return HttpResponse.json(current);
      }),
    );
    const { user } = renderApp({ path: '/exemplars/7', user: users.villageStaff, width: 390 });
    const detail = await screen.findByTestId('exemplar-detail');
    await user.click(within(detail).getByRole('link', { name: '修改材料' }));
    const text = await screen.findByLabelText('事迹材料');
    expect(text).toHaveValue('旧的材料');
    await user.clear(text);
    await user.type(text, '一、新的情况{Enter}{Enter}补充了数据');
    await user.click(screen.getByRole('button', { name: '保存修改' }));

    const again = await screen.findByTestId('exemplar-detail');
    expect(saved?.version).toBe(3);
    expect(saved?.body.blocks).toEqual([
      { type: 'HEADING', level: 1, text: '一、新的情况' },
      { type: 'PARAGRAPH', text: '补充了数据' },
    ]);
    await user.click(within(again).getByRole('button', { name: '重新报送' }));
    await waitFor(() => expect(within(again).getByText('待乡镇审核')).toBeInTheDocument());
    expect(resubmitted).toBe(true);
  });

  it('offers the read-only leader no review buttons and no nomination', async () => {
    server.use(
      http.get(url('/api/v1/exemplars/{id}'), () =>
        HttpResponse.json(exemplar({ status: 'FORWARDED', awaiting: 'DISTRICT' })),
      ),
    );
    renderApp({ path: '/exemplars/7', user: users.districtViewer });
    const detail = await screen.findByTestId('exemplar-detail');
    expect(within(detail).getByText('等待区关工委审核')).toBeInTheDocument();
    expect(within(detail).queryByRole('button', { name: '通过' })).not.toBeInTheDocument();
    const menu = screen.getByRole('menu', { name: '菜单' });
    expect(within(menu).getByText('典型库')).toBeInTheDocument();
    expect(within(menu).queryByText('推荐典型')).not.toBeInTheDocument();
    expect(within(menu).queryByText('典型审核')).not.toBeInTheDocument();
  });
});
