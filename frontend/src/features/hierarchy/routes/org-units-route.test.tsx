import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { users } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

describe('组织架构 page', () => {
  it('shows the tree with the district opened and the detail of the unit', async () => {
    renderApp({ path: '/org-units/1' });

    const tree = await screen.findByRole('tree');
    expect(await within(tree).findByText('平台镇')).toBeInTheDocument();
    expect(within(tree).getByText('海明街道')).toBeInTheDocument();
    expect(within(tree).getByText('德顺蒙古族乡')).toBeInTheDocument();

    const card = await screen.findByTestId('org-unit-card');
    expect(within(card).getByRole('heading', { name: '洮北区' })).toBeInTheDocument();
    expect(within(card).getByText('220802')).toBeInTheDocument();
    expect(within(card).getByText('区/县')).toBeInTheDocument(); // kind in Chinese
    // children table
    expect(await screen.findByRole('link', { name: '区教育局' })).toBeInTheDocument();
  });

  it('deep-links to a unit: breadcrumbs from the district and its ancestors opened in the tree', async () => {
    renderApp({ path: '/org-units/1001' });

    const card = await screen.findByTestId('org-unit-card');
    expect(within(card).getByRole('heading', { name: '平台村' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '洮北区' })).toHaveAttribute('href', '/org-units/1');
    expect(within(card).getByRole('link', { name: '平台镇' })).toHaveAttribute('href', '/org-units/100');
    const tree = screen.getByRole('tree');
    expect(await within(tree).findByText('永丰村')).toBeInTheDocument();
  });

  it('shows 未找到 for a unit that does not exist or is out of scope', async () => {
    renderApp({ path: '/org-units/1002', user: users.villageStaff });
    expect(await screen.findByText('未找到')).toBeInTheDocument();
    expect(screen.queryByTestId('org-unit-card')).not.toBeInTheDocument();
  });

  it('shows 未找到 for an id that cannot be one', async () => {
    renderApp({ path: '/org-units/not-a-number' });
    expect(await screen.findByText('未找到')).toBeInTheDocument();
  });

  it('puts a server-side field error (400 problem) on the matching form field', async () => {
    const { user } = renderApp({ path: '/org-units/100' });

    await user.click(await screen.findByRole('button', { name: /新建下级单位/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('名称'), '新村');
    await user.type(within(dialog).getByLabelText('代码'), '2208X');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    const codeItem = within(dialog).getByLabelText('代码').closest('.ant-form-item') as HTMLElement;
    expect(await within(codeItem).findByText('只能包含数字')).toBeInTheDocument();
    const nameItem = within(dialog).getByLabelText('名称').closest('.ant-form-item') as HTMLElement;
    expect(within(nameItem).queryByRole('alert')).not.toBeInTheDocument();
    // A field error is not repeated as an alert above the form.
    expect(within(dialog).queryByText('请修正标出的字段。')).not.toBeInTheDocument();
  });

  it('shows a duplicate code (409 with a field) on the code field, in English after switching', async () => {
    const { user } = renderApp({ path: '/org-units/100' });
    await user.click(await screen.findByText('English'));
    await user.click(await screen.findByRole('button', { name: /New sub-unit/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name'), 'New village');
    await user.type(within(dialog).getByLabelText('Code'), '220802100201');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const codeItem = within(dialog).getByLabelText('Code').closest('.ant-form-item') as HTMLElement;
    expect(
      await within(codeItem).findByText('Code 220802100201 is already used by 平台村'),
    ).toBeInTheDocument();
  });

  it('creates a village and lists it under its township', async () => {
    const { user } = renderApp({ path: '/org-units/100' });
    await user.click(await screen.findByRole('button', { name: /新建下级单位/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('名称'), '新兴村');
    await user.type(within(dialog).getByLabelText('代码'), '220802100203');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByRole('link', { name: '新兴村' })).toHaveAttribute('href', '/org-units/1004');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('offers no management actions to a read-only district leader', async () => {
    renderApp({ path: '/org-units/1', user: users.districtViewer });
    await screen.findByTestId('org-unit-card');
    expect(screen.queryByRole('button', { name: /新建下级单位/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /停\s*用/ })).not.toBeInTheDocument();
  });

  it('finds units by name or code', async () => {
    const { user } = renderApp({ path: '/org-units' });
    await user.type(await screen.findByRole('searchbox', { name: '搜索单位名称或代码' }), '永丰');
    expect(await screen.findByRole('link', { name: /永丰村/ })).toHaveAttribute('href', '/org-units/1002');
  });
});

describe('组织架构 on a phone (390 px)', () => {
  it('shows a village account its own unit card and no tree', async () => {
    renderApp({ path: '/org-units', user: users.villageStaff, width: 390 });
    const card = await screen.findByTestId('org-unit-card');
    expect(within(card).getByRole('heading', { name: '平台村' })).toBeInTheDocument();
    expect(within(card).getByText('220802100201')).toBeInTheDocument();
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
  });

  it('lists the children as large links instead of a table', async () => {
    renderApp({ path: '/org-units/100', width: 390 });
    const link = await screen.findByRole('link', { name: /永丰村/ });
    expect(link).toHaveAttribute('href', '/org-units/1002');
    expect(screen.queryByRole('columnheader', { name: '名称' })).not.toBeInTheDocument();
  });
});
