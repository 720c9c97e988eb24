import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Problem } from '@/api/types';
import { users } from '@/testing/fixtures';
import { problem, url } from '@/testing/http';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { CreateTrainingPlanRequest, TrainingPlan, TrainingType } from '../api/types';

const slow = { timeout: 90_000 };
const long = 240_000;
const year = new Date().getFullYear();
const types: TrainingType[] = [
  { code: 'POLITICAL', nameZh: '政治培训', nameEn: 'Political training' },
  { code: 'BUSINESS', nameZh: '业务培训', nameEn: 'Business training' },
];
const pingtai = { id: 100, code: '220802100', name: '平台镇', kind: 'TOWNSHIP' as const };

function plan(over: Partial<TrainingPlan>): TrainingPlan {
  return {
    id: 1,
    unit: pingtai,
    year,
    type: types[1],
    target: 12,
    held: 3,
    scheduled: 1,
    heldByMonth: [1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    progress: 0.25,
    note: null,
    version: 0,
    editable: true,
    ...over,
  };
}

describe('年度培训计划 on the sessions page', () => {
  it(
    'shows held of target with the months; a township sets a plan, the server’s word on the target lands on the field',
    async () => {
      let plans = [plan({})];
      const posted: CreateTrainingPlanRequest[] = [];
      server.use(
        http.get(url('/api/v1/training-types'), () => HttpResponse.json(types)),
        http.get(url('/api/v1/trainings'), () =>
          HttpResponse.json({ items: [], nextCursor: null, hasMore: false }),
        ),
        http.get(url('/api/v1/training-plans'), ({ request }) => {
          const q = new URL(request.url).searchParams;
          return HttpResponse.json(q.get('year') === String(year) && q.get('unitId') === '100' ? plans : []);
        }),
        http.post<never, CreateTrainingPlanRequest, TrainingPlan | Problem>(
          url('/api/v1/training-plans'),
          async ({ request }) => {
            const body = await request.json();
            posted.push(body);
            if (body.target > 100)
              return problem(400, '请求有误', '请求有误', [
                { field: 'target', message: '计划期数应为 1 到 100 期。' },
              ]);
            const made = plan({
              id: 2,
              type: types[0],
              target: body.target,
              held: 0,
              scheduled: 0,
              progress: 0,
            });
            plans = [...plans, made];
            return HttpResponse.json<TrainingPlan>(made, { status: 201 });
          },
        ),
      );
      const { user } = renderApp({ path: '/trainings', user: users.townshipStaff });
      const business = await screen.findByRole('listitem', { name: '业务培训' }, slow);
      expect(within(business).getByTestId('plan-BUSINESS')).toHaveTextContent('已办 3/12 期 · 另有 1 期待办');
      const months = within(business).getByRole('group', { name: '各月已办期数' });
      expect(months.children[2]).toHaveTextContent('3月 2');

      await user.click(screen.getByRole('button', { name: '设定计划' }));
      const dialog = await screen.findByRole('dialog', {}, slow);
      // the type already planned cannot be planned twice
      await user.click(within(dialog).getByRole('combobox', { name: '培训类型' }));
      expect(await screen.findByTitle('业务培训')).toHaveAttribute('aria-disabled', 'true');
      await user.click(screen.getByTitle('政治培训'));
      const target = within(dialog).getByRole('spinbutton', { name: '计划期数' });
      await user.clear(target);
      await user.type(target, '200');
      await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
      expect(await within(dialog).findByText('计划期数应为 1 到 100 期。')).toBeInTheDocument();

      await user.clear(target);
      await user.type(target, '6');
      await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(posted.at(-1)).toEqual({ unitId: 100, year, typeCode: 'POLITICAL', target: 6, note: null });
      expect(await screen.findByTestId('plan-POLITICAL', {}, slow)).toHaveTextContent('已办 0/6 期');
    },
    long,
  );
});
