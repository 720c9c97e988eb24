import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

describe('操作日志 page', () => {
  it('says in words what was done to which record, and shows before and after field by field', async () => {
    const { user } = renderApp({ path: '/audit' });
    expect(await screen.findByText('district.leader')).toBeInTheDocument();
    const row = screen.getByText('district.leader').closest('tr') as HTMLElement;
    expect(within(row).getByText('修改')).toBeInTheDocument();
    expect(within(row).getByText('单位')).toBeInTheDocument();
    expect(within(row).queryByText('UPDATE')).not.toBeInTheDocument();
    expect(within(row).queryByText('OrgUnit')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /展开行|expand/i }));

    expect(await screen.findByRole('columnheader', { name: '修改前' })).toBeInTheDocument();
    const name = screen.getByText('name').closest('tr') as HTMLElement;
    expect(within(name).getByText('永丰屯')).toBeInTheDocument();
    expect(within(name).getByText('永丰村')).toBeInTheDocument();
    expect(within(name).getByText('已修改')).toBeInTheDocument();
    const code = screen.getByText('code').closest('tr') as HTMLElement;
    expect(within(code).queryByText('已修改')).not.toBeInTheDocument();
  });

  it('filters by the record type chosen by its Chinese name', async () => {
    const { user } = renderApp({ path: '/audit' });
    await screen.findByText('district.leader');
    await user.click(screen.getByRole('combobox', { name: '对象类型' }));
    await user.click(await screen.findByTitle('五老'));
    await waitFor(() => expect(screen.queryByText('district.leader')).not.toBeInTheDocument());
  });
});
