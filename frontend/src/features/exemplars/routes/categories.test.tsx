import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { builtInCategories } from '@/testing/exemplar-handlers';
import { users } from '@/testing/fixtures';
import { url } from '@/testing/http';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { CategoryDefinition, CreateCategory } from '../api/types';

const district = { id: 1, code: '220802', name: '洮北区', kind: 'DISTRICT' as const };

function added(over: Partial<CategoryDefinition>): CategoryDefinition {
  return {
    code: 'MODEL_FAMILY',
    nameZh: '五好家庭',
    nameEn: 'Model families',
    subjectKinds: ['GROUP'],
    active: true,
    builtIn: false,
    unit: district,
    inUse: false,
    version: 0,
    ...over,
  };
}

describe('典型类别 exemplar categories', () => {
  it('lets the district add a category on a 390 px phone; built-in ones and one in use offer no delete', async () => {
    const register = [...builtInCategories, added({ code: 'HELPER_TEAM', nameZh: '帮教小组', inUse: true })];
    let sent: CreateCategory | undefined;
    server.use(
      http.get(url('/api/v1/exemplar-categories'), () => HttpResponse.json(register)),
      http.post(url('/api/v1/exemplar-categories'), async ({ request }) => {
        sent = (await request.json()) as CreateCategory;
        register.push(added({ code: sent.code, nameZh: sent.nameZh, subjectKinds: sent.subjectKinds }));
        return HttpResponse.json(register[register.length - 1], { status: 201 });
      }),
    );
    const { user } = renderApp({ path: '/exemplars/categories', user: users.districtAdmin, width: 390 });
    const five = await screen.findByTestId('category-FIVE_ELDERS');
    expect(within(five).getByText('内置')).toBeInTheDocument();
    expect(within(five).queryByRole('button')).not.toBeInTheDocument();
    const helper = screen.getByTestId('category-HELPER_TEAM');
    expect(within(helper).queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
    expect(within(helper).getByText('已在使用，可停用')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /增设类别/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('代码'), 'model_family');
    await user.type(within(dialog).getByLabelText('中文名称'), '五好家庭');
    await user.type(within(dialog).getByLabelText('英文名称'), 'Model families');
    await user.click(within(dialog).getByLabelText('单位'));
    await user.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));

    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({
      code: 'MODEL_FAMILY',
      nameZh: '五好家庭',
      nameEn: 'Model families',
      subjectKinds: ['UNIT', 'GROUP'],
    });
    expect(await screen.findByTestId('category-MODEL_FAMILY')).toBeInTheDocument();
    // A whole form typed key by key on the shared 2-core machine: it took 50 s there under a load of 25.
  }, 120_000);

  it('refuses the page to township staff', async () => {
    renderApp({ path: '/exemplars/categories', user: users.townshipStaff });
    await waitFor(() => expect(screen.queryByTestId('category-FIVE_ELDERS')).not.toBeInTheDocument());
  });
});
