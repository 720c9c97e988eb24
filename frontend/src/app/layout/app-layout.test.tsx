import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '@/testing/db';
import { users } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

describe('app shell', () => {
  it('shows the product name, the user, their unit and the demo data tag', async () => {
    renderApp({ path: '/' });
    const header = await screen.findByRole('banner');
    expect(within(header).getByText('关工委工作平台')).toBeInTheDocument();
    expect(await within(header).findByText('演示数据')).toBeInTheDocument();
    expect(within(header).getByText('王主任')).toBeInTheDocument();
    expect(within(header).getByText('洮北区')).toBeInTheDocument();
  });

  it('names each page in the browser tab, a detail page after its menu entry', async () => {
    const { router } = renderApp({ path: '/volunteers' });
    await waitFor(() => expect(document.title).toBe('五老队伍 · 关工委工作平台'));
    await router.navigate('/volunteers/101');
    await waitFor(() => expect(document.title).toBe('五老队伍 · 关工委工作平台'));
    await router.navigate('/');
    await waitFor(() => expect(document.title).toBe('关工委工作平台'));
  });

  it('shows 账号管理 and 操作日志 to a district admin', async () => {
    renderApp({ path: '/' });
    const menu = await screen.findByRole('menu', { name: '菜单' });
    expect(within(menu).getByText('账号管理')).toBeInTheDocument();
    expect(within(menu).getByText('操作日志')).toBeInTheDocument();
  });

  it('hides 账号管理 and 操作日志 from users who are not district admins', async () => {
    renderApp({ path: '/', user: users.districtViewer });
    const menu = await screen.findByRole('menu', { name: '菜单' });
    expect(within(menu).getByText('组织架构')).toBeInTheDocument();
    expect(within(menu).queryByText('账号管理')).not.toBeInTheDocument();
    expect(within(menu).queryByText('操作日志')).not.toBeInTheDocument();
  });

  it('answers a typed URL the user may not open with the 403 page', async () => {
    renderApp({ path: '/accounts', user: users.villageStaff });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });

  it('answers an unknown path with the not-found page', async () => {
    renderApp({ path: '/no-such-page' });
    expect(await screen.findByText('未找到')).toBeInTheDocument();
  });

  it('switches the texts to English, remembers the choice and sends it to the server', async () => {
    const { user } = renderApp({ path: '/org-units/1' });
    await screen.findByRole('menu', { name: '菜单' });

    await user.click(screen.getByText('English'));

    const menu = await screen.findByRole('menu', { name: 'Menu' });
    expect(within(menu).getByText('Organisation')).toBeInTheDocument();
    expect(within(menu).getByText('Accounts')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Log out/ })).toBeInTheDocument();
    expect(await screen.findByText('Sub-units (4)')).toBeInTheDocument();
    expect(localStorage.getItem('ggw.language')).toBe('en');

    await user.click(screen.getByRole('link', { name: '平台镇' }));
    await screen.findByRole('heading', { name: '平台镇' });
    expect(db.lastLanguage).toBe('en');
  });

  it('shows a retry page when the API cannot be reached, and recovers on retry', async () => {
    server.use(http.get('*/api/v1/me', () => HttpResponse.error(), { once: true }));
    const { user } = renderApp({ path: '/' });

    expect(await screen.findByText('无法连接服务器')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /重\s*试/ }));
    await waitFor(() => expect(screen.queryByText('无法连接服务器')).not.toBeInTheDocument());
    expect(await screen.findByRole('menu', { name: '菜单' })).toBeInTheDocument();
  });

  it('on a phone, keeps the menu in a sheet opened from the header, without antd', async () => {
    const { user } = renderApp({ path: '/', user: users.villageStaff, width: 390 });
    await screen.findByText('平台村', { selector: 'h3' });
    expect(screen.queryByRole('navigation', { name: '菜单' })).not.toBeInTheDocument();
    // The phone shell and the village home are plain elements: nothing of antd is drawn.
    expect(document.querySelector('[class*="ant-"]')).toBeNull();

    await user.click(screen.getByRole('button', { name: '菜单' }));
    const menu = await screen.findByRole('navigation', { name: '菜单' });
    expect(within(menu).getByRole('link', { name: '五老队伍' })).toHaveAttribute('href', '/volunteers');
    expect(within(menu).getByRole('link', { name: '记活动' })).toBeInTheDocument();
    expect(within(menu).getByRole('link', { name: '首页' })).toHaveAttribute('aria-current', 'page');
    expect(within(menu).queryByText('账号管理')).not.toBeInTheDocument();

    await user.click(within(menu).getByRole('link', { name: '五老队伍' }));
    expect(screen.queryByRole('navigation', { name: '菜单' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '五老队伍' })).toBeInTheDocument();
  });

  it('on a phone, opens only the group of the current page; the others fold', async () => {
    const { user } = renderApp({ path: '/committees/mine', user: users.villageStaff, width: 390 });
    await user.click(await screen.findByRole('button', { name: '菜单' }));
    const menu = await screen.findByRole('navigation', { name: '菜单' });

    const committees = within(menu).getByRole('button', { name: '班子建设' });
    expect(committees).toHaveAttribute('aria-expanded', 'true');
    expect(within(menu).getByRole('link', { name: '本单位班子' })).toHaveAttribute('aria-current', 'page');
    const trainings = within(menu).getByRole('button', { name: '培训' });
    expect(trainings).toHaveAttribute('aria-expanded', 'false');
    expect(within(menu).queryByRole('link', { name: '培训签到' })).not.toBeInTheDocument();

    await user.click(trainings);
    expect(within(menu).getByRole('link', { name: '培训签到' })).toBeInTheDocument();
    expect(within(menu).queryByRole('link', { name: '本单位班子' })).not.toBeInTheDocument();

    // Tab stays in the sheet: from its last control back to its first.
    screen.getByRole('button', { name: '退出登录' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: '关闭菜单' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: '关闭菜单' }));
    expect(screen.queryByRole('navigation', { name: '菜单' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '菜单' })).toHaveFocus();
  });

  it('on a phone, switches the language from the menu sheet and remembers it', async () => {
    const { user } = renderApp({ path: '/', user: users.villageStaff, width: 390 });
    await user.click(await screen.findByRole('button', { name: '菜单' }));
    const languages = await screen.findByRole('group', { name: '语言' });
    expect(within(languages).getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(languages).getByRole('button', { name: 'English' }));

    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('ggw.language')).toBe('en');
  });

  it('gives village staff the menu of their work: no one-node tree, no coverage of one team', async () => {
    renderApp({ path: '/', user: users.villageStaff });
    const menu = await screen.findByRole('menu', { name: '菜单' });
    expect(within(menu).getByText('五老队伍')).toBeInTheDocument();
    expect(within(menu).queryByText('组织架构')).not.toBeInTheDocument();
    expect(within(menu).queryByText('覆盖情况')).not.toBeInTheDocument();
    // The tree stays reachable from the unit card's link.
    renderApp({ path: '/org-units/1001', user: users.villageStaff });
    expect(await screen.findAllByRole('heading', { name: '平台村' })).not.toHaveLength(0);
  });
});
