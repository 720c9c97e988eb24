import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { users } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

describe('账号管理 page', () => {
  it('lists accounts with Chinese role labels and loads more on demand', async () => {
    const { user } = renderApp({ path: '/accounts' });

    expect(await screen.findByText('user01')).toBeInTheDocument();
    const row = screen.getByText('user01').closest('tr') as HTMLElement;
    expect(within(row).getByText('区关工委管理员')).toBeInTheDocument();
    expect(within(row).getByText('平台村')).toBeInTheDocument();
    expect(screen.queryByText('user51')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /加载更多/ }));
    expect(await screen.findByText('user51')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /加载更多/ })).not.toBeInTheDocument();
  });

  it('on a phone lists accounts as cards with the role, the unit and the actions in view', async () => {
    renderApp({ path: '/accounts', width: 390 });
    const card = (await screen.findByText('用户名：user01')).closest('[role="listitem"]') as HTMLElement;
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(card).getByText(/区关工委管理员 · 平台村/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /编\s*辑/ })).toBeInTheDocument();
  });

  it('offers the four roles with their Chinese names when creating an account', async () => {
    const { user } = renderApp({ path: '/accounts' });
    await user.click(await screen.findByRole('button', { name: /新建账号/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('角色'));
    for (const label of ['区关工委管理员', '区领导(只读)', '乡镇/街道工作人员', '村/社区工作人员']) {
      expect(await screen.findByTitle(label)).toBeInTheDocument();
    }
  });

  it('is closed to a township account', async () => {
    renderApp({ path: '/accounts', user: users.villageStaff });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });
});
