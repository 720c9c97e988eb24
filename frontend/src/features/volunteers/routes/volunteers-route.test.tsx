import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@/testing/db';
import { users } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

function formItem(label: string) {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

describe('五老队伍 list', () => {
  it('is in the menu and lists the people in scope with masked numbers only', async () => {
    renderApp({ path: '/volunteers' });
    const menu = await screen.findByRole('menu', { name: '菜单' });
    expect(within(menu).getByText('五老队伍')).toBeInTheDocument();

    expect(await screen.findByRole('link', { name: '王德明' })).toHaveAttribute('href', '/volunteers/101');
    expect(screen.getByText('220802********1239')).toBeInTheDocument();
    expect(screen.getByText('138****5678')).toBeInTheDocument();
    expect(screen.getByText('李淑芬')).toBeInTheDocument();
    expect(screen.queryByText('220802195001011239')).not.toBeInTheDocument();
    expect(screen.queryByText('13812345678')).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '身份证号' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /新增五老/ })).toBeInTheDocument();
  });

  it('shows a village account its own people as large cards on a phone', async () => {
    renderApp({ path: '/volunteers', user: users.villageStaff, width: 390 });
    const card = await screen.findByRole('listitem', { name: '王德明' });
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/volunteers/101');
    expect(within(card).getByText('平台村 · 老教师')).toBeInTheDocument();
    expect(within(card).getByText('发挥作用中')).toBeInTheDocument();
    expect(within(card).getByText(/138\*\*\*\*5678/)).toBeInTheDocument();
    // 永丰村 is outside the village's scope; no table on a phone.
    expect(screen.queryByText('李淑芬')).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /新增五老/ })).toBeInTheDocument();
  });

  it('loads the next page with 加载更多', async () => {
    const template = db.volunteers.get(101)!;
    for (let i = 0; i < 55; i++) {
      const id = 200 + i;
      db.volunteers.set(id, { ...template, detail: { ...template.detail, id, name: `老人${i + 1}` } });
    }
    const { user } = renderApp({ path: '/volunteers' });
    await screen.findByRole('link', { name: '王德明' });
    expect(screen.queryByRole('link', { name: '老人55' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /加载更多/ }));
    expect(await screen.findByRole('link', { name: '老人55' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: /加载更多/ })).not.toBeInTheDocument());
  });

  it('filters by name', async () => {
    const { user } = renderApp({ path: '/volunteers' });
    await screen.findByRole('link', { name: '王德明' });
    await user.type(screen.getByRole('searchbox', { name: '搜索姓名、电话或身份证号' }), '李');
    await waitFor(() => expect(screen.queryByRole('link', { name: '王德明' })).not.toBeInTheDocument());
    expect(await screen.findByRole('link', { name: '李淑芬' })).toBeInTheDocument();
  });

  it('shows how many are on the register and narrows the list to a status with one tap, kept in the URL', async () => {
    const { user, router } = renderApp({ path: '/volunteers' });
    const totals = await screen.findByTestId('volunteer-totals');
    expect(await within(totals).findByText(/在册 3 人/)).toBeInTheDocument();
    await screen.findByRole('link', { name: '王德明' });

    await user.click(within(totals).getByText('已登记 1'));

    await waitFor(() => expect(screen.queryByRole('link', { name: '王德明' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: '李淑芬' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=REGISTERED');
  });

  it('opens with the filters of its URL, as after Back from a person', async () => {
    renderApp({ path: '/volunteers?status=CONTACTED' });
    expect(await screen.findByRole('link', { name: '赵国庆' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '王德明' })).not.toBeInTheDocument();
  });

  it('folds the filters on a phone behind one button, with a title and the total first', async () => {
    const { user } = renderApp({ path: '/volunteers?status=ACTIVE', user: users.villageStaff, width: 390 });
    expect(await screen.findByRole('heading', { name: '五老队伍' })).toBeInTheDocument();
    expect(
      await within(await screen.findByTestId('volunteer-totals')).findByText(/在册 1 人/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /筛选 \(1\)/ }));

    expect(screen.getByRole('searchbox', { name: '搜索姓名、电话或身份证号' })).toBeInTheDocument();
  });

  it('draws the phone list without antd: its own selects filter on the server, 加载更多 adds the next page', async () => {
    const template = db.volunteers.get(101)!;
    for (let i = 0; i < 55; i++) {
      const id = 300 + i;
      db.volunteers.set(id, { ...template, detail: { ...template.detail, id, name: `村民${i + 1}` } });
    }
    const { user, router } = renderApp({ path: '/volunteers', user: users.villageStaff, width: 390 });
    await screen.findByRole('listitem', { name: '王德明' });
    expect(document.querySelector('[class*="ant-"]')).toBeNull();
    expect(screen.queryByRole('listitem', { name: '村民55' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /加载更多/ }));
    expect(await screen.findByRole('listitem', { name: '村民55' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '筛选' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '类别' }), '老干部');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: '王德明' })).not.toBeInTheDocument());
    expect(await screen.findByText('暂无五老')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?category=CADRE');
    expect(document.querySelector('[class*="ant-"]')).toBeNull();
  });

  it('offers the read-only district leader no 新增五老 button', async () => {
    renderApp({ path: '/volunteers', user: users.districtViewer });
    await screen.findByRole('link', { name: '王德明' });
    expect(screen.queryByRole('button', { name: /新增五老/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /新增五老/ })).not.toBeInTheDocument();
  });

  it('answers the viewer typing /volunteers/new with the 403 page', async () => {
    renderApp({ path: '/volunteers/new', user: users.districtViewer });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });

  it('shows English labels after switching the language', async () => {
    const { user } = renderApp({ path: '/volunteers' });
    await screen.findByRole('link', { name: '王德明' });
    await user.click(screen.getByText('English'));
    const menu = await screen.findByRole('menu', { name: 'Menu' });
    expect(within(menu).getByText('Five Elders')).toBeInTheDocument();
    expect(await screen.findByRole('columnheader', { name: 'ID number' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Add volunteer/ })).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('Retired teacher')).toBeInTheDocument();
  });
});

describe('五老 detail', () => {
  it('shows masked numbers, reveals the full ones in place with the logging note', async () => {
    const { user } = renderApp({ path: '/volunteers/101' });
    const detail = await screen.findByTestId('volunteer-detail');
    expect(within(detail).getByTestId('id-number')).toHaveTextContent('220802********1239');
    expect(within(detail).getByTestId('phone')).toHaveTextContent('138****5678');
    expect(screen.queryByText('已记录查看日志')).not.toBeInTheDocument();

    await user.click(within(detail).getByRole('button', { name: /查看完整信息/ }));

    expect(await within(detail).findByText('已记录查看日志')).toBeInTheDocument();
    expect(within(detail).getByTestId('id-number')).toHaveTextContent('220802195001011239');
    expect(within(detail).getByTestId('phone')).toHaveTextContent('13812345678');
    expect(within(detail).getByText('平台镇平台村三组')).toBeInTheDocument();
  });

  it('changes the status with a note and shows it in the history', async () => {
    const { user } = renderApp({ path: '/volunteers/102' });
    expect(await screen.findByText('登记为已登记')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /变更状态/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox'));
    await user.click(await screen.findByTitle('已联系'));
    await user.type(within(dialog).getByLabelText('备注'), '登门走访');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('已登记 → 已联系')).toBeInTheDocument();
    expect(screen.getByText('登门走访')).toBeInTheDocument();
    expect(db.volunteers.get(102)?.detail.status).toBe('CONTACTED');
  });

  it('offers the viewer no reveal, status change or edit', async () => {
    renderApp({ path: '/volunteers/101', user: users.districtViewer });
    const detail = await screen.findByTestId('volunteer-detail');
    expect(within(detail).getByTestId('id-number')).toHaveTextContent('220802********1239');
    expect(screen.queryByRole('button', { name: /查看完整信息/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /变更状态/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /编\s*辑/ })).not.toBeInTheDocument();
  });

  it('shows 未找到 for a person out of scope or an id that cannot be one', async () => {
    renderApp({ path: '/volunteers/102', user: users.villageStaff });
    expect(await screen.findByText('未找到')).toBeInTheDocument();
  });

  it('shows 未找到 for an id that is not a number', async () => {
    renderApp({ path: '/volunteers/abc' });
    expect(await screen.findByText('未找到')).toBeInTheDocument();
  });
});

describe('新增五老 form', () => {
  it('checks the ID number as it is typed and shows the birth date and gender it holds', async () => {
    const { user } = renderApp({ path: '/volunteers/new', user: users.villageStaff });
    const input = await screen.findByLabelText('身份证号');

    await user.type(input, '110105194912310021');
    expect(
      await within(formItem('身份证号')).findByText('身份证号校验位不对，请核对是否抄错。'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('id-number-derived')).not.toBeInTheDocument();

    await user.clear(input);
    await user.type(input, '11010519491231002X');
    expect(await screen.findByTestId('id-number-derived')).toHaveTextContent('出生日期 1949-12-31 · 女');
    await waitFor(() =>
      expect(
        within(formItem('身份证号')).queryByText('身份证号校验位不对，请核对是否抄错。'),
      ).not.toBeInTheDocument(),
    );
  });

  it('registers a person in the village of a village account and lists them', async () => {
    const { user } = renderApp({ path: '/volunteers/new', user: users.villageStaff });
    await user.type(await screen.findByLabelText('姓名'), '测试老人');
    await user.type(screen.getByLabelText('身份证号'), '11010519491231002X');
    await user.click(screen.getByRole('checkbox', { name: '老教师' }));
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByRole('link', { name: '测试老人' })).toBeInTheDocument();
    expect(screen.getByText('110105********002X')).toBeInTheDocument();
    const created = [...db.volunteers.values()].find((v) => v.detail.name === '测试老人');
    expect(created?.detail.unit.id).toBe(1001);
    expect(created?.detail.categories).toEqual(['TEACHER']);
  });

  it('puts a duplicate ID number (409) on the ID field', async () => {
    const { user } = renderApp({ path: '/volunteers/new', user: users.villageStaff });
    await user.type(await screen.findByLabelText('姓名'), '重复的人');
    await user.type(screen.getByLabelText('身份证号'), '220802195001011239');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(
      await within(formItem('身份证号')).findByText(
        '身份证号 220802********1239 已经登记在册，不能重复登记。',
      ),
    ).toBeInTheDocument();
    expect(within(formItem('姓名')).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks to confirm a person under 50 and registers them after confirming', async () => {
    const { user } = renderApp({ path: '/volunteers/new', user: users.villageStaff });
    await user.type(await screen.findByLabelText('姓名'), '年轻人');
    await user.type(screen.getByLabelText('身份证号'), '220802199001011237');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText(/此人只有 36 岁/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: /确认登记/ }));

    expect(await screen.findByRole('link', { name: '年轻人' })).toBeInTheDocument();
  });

  it('edits a person with the full values read once', async () => {
    const { user } = renderApp({ path: '/volunteers/101/edit' });
    const name = await screen.findByLabelText('姓名');
    expect(screen.getByLabelText('身份证号')).toHaveValue('220802195001011239');
    await user.clear(name);
    await user.type(name, '王德明甲');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByRole('heading', { name: '王德明甲' })).toBeInTheDocument();
  });
});
