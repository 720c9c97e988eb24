import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

describe('操作日志 page', () => {
  it('says in words what was done to which record, and shows before and after field by field', async () => {
    const { user } = renderApp({ path: '/audit' });
    expect(await screen.findByText('区关工委 王主任')).toBeInTheDocument();
    const row = screen.getByText('区关工委 王主任').closest('tr') as HTMLElement;
    expect(within(row).getByText('修改')).toBeInTheDocument();
    expect(within(row).getByText('单位')).toBeInTheDocument();
    expect(within(row).queryByText('UPDATE')).not.toBeInTheDocument();
    expect(within(row).queryByText('OrgUnit')).not.toBeInTheDocument();

    // The demo loader is named as what it is; every action in words.
    const loader = screen.getByRole('cell', { name: '演示数据' }).closest('tr') as HTMLElement;
    expect(within(loader).getByText('完成导入')).toBeInTheDocument();
    const checkIn = screen.getByText('township.staff').closest('tr') as HTMLElement;
    expect(within(checkIn).getByText('签到')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: /展开行|expand/i }));

    expect(await screen.findByRole('columnheader', { name: '修改前' })).toBeInTheDocument();
    const name = screen.getByText('name').closest('tr') as HTMLElement;
    expect(within(name).getByText('永丰屯')).toBeInTheDocument();
    expect(within(name).getByText('永丰村')).toBeInTheDocument();
    expect(within(name).getByText('已修改')).toBeInTheDocument();
    const code = screen.getByText('code').closest('tr') as HTMLElement;
    expect(within(code).queryByText('已修改')).not.toBeInTheDocument();
  });

  it('on a phone shows one card per event in words, the record before and after folded', async () => {
    const { user } = renderApp({ path: '/audit', width: 390 });
    const card = (await screen.findByText(/区关工委 王主任 · 修改 · 单位/)).closest(
      '[role="listitem"]',
    ) as HTMLElement;
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText(/UPDATE|OrgUnit/)).not.toBeInTheDocument();
    await user.click(within(card).getByText('查看修改前后'));
    expect(await within(card).findByRole('columnheader', { name: '修改前' })).toBeInTheDocument();
    expect(within(card).getByText('永丰屯')).toBeInTheDocument();
  });

  it('filters by the record type chosen by its Chinese name', async () => {
    const { user } = renderApp({ path: '/audit' });
    await screen.findByText('区关工委 王主任');
    await user.click(screen.getByRole('combobox', { name: '对象类型' }));
    await user.click(await screen.findByTitle('五老'));
    await waitFor(() => expect(screen.queryByText('区关工委 王主任')).not.toBeInTheDocument());
  });
});
