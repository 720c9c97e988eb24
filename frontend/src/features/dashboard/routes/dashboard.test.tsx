import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { users } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import type { ChartRow } from '../components/children-chart';

// jsdom has no canvas: the chart becomes one button per bar, so a "bar click" can be tested.
vi.mock('../components/children-chart', () => ({
  default: ({ rows, onPick }: { rows: ChartRow[]; onPick: (i: number) => void }) => (
    <div data-testid="children-chart">
      {rows.map((r, i) => (
        <button key={r.name} type="button" onClick={() => onPick(i)}>
          {`bar ${r.name} ${r.value}`}
        </button>
      ))}
    </div>
  ),
}));

describe('领导驾驶舱 on the home page', () => {
  it('shows a district leader each line with its headline, change and the seed figures, as of a time', async () => {
    renderApp({ path: '/', user: users.districtViewer });
    expect(await screen.findByTestId('dashboard-unit')).toHaveTextContent('洮北区');
    const committees = screen.getByTestId('line-COMMITTEES');
    expect(within(committees).getByText('96.4%')).toBeInTheDocument();
    expect(within(committees).getByText('162 / 168')).toBeInTheDocument();
    const filled = within(committees).getByRole('listitem', { name: '补充进班子人数' });
    expect(within(filled).getByText('28')).toBeInTheDocument();
    expect(within(filled).getByLabelText('比上期 +8（上期 20）')).toBeInTheDocument();
    const volunteers = screen.getByTestId('line-VOLUNTEERS');
    expect(within(volunteers).getByText('7,845')).toBeInTheDocument();
    expect(screen.getByTestId('dashboard-as-of')).toHaveTextContent('数据截至');
    expect(
      screen.getByText('抓制度、抓培训、抓典型的数字尚未接入，接入后自动显示在这里。'),
    ).toBeInTheDocument();
    // The greeting page of village staff is not shown to leaders.
    expect(screen.queryByText('快捷入口')).not.toBeInTheDocument();
  });

  it('links a figure to the list behind it', async () => {
    const { user, router } = renderApp({ path: '/' });
    const volunteers = await screen.findByTestId('line-VOLUNTEERS');
    await user.click(within(volunteers).getByRole('link', { name: '在册五老 7,845' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/volunteers'));
    expect(router.state.location.search).toBe('');
  });

  it('shows every year since 2009 in one period, as the report counts "since 2009"', async () => {
    const { user, router } = renderApp({ path: '/' });
    await screen.findByTestId('dashboard-unit');
    await user.click(screen.getByRole('combobox', { name: '统计年度' }));
    await user.click(await screen.findByTitle('2009 年以来'));
    await waitFor(() => expect(router.state.location.search).toBe('?year=all'));
    await waitFor(() =>
      expect(screen.getByTestId('dashboard-as-of')).toHaveTextContent('统计期间 2009-01-01 至'),
    );
  });

  it('opens the list on the unit the leader drilled down to', async () => {
    const { user, router } = renderApp({ path: '/?unit=100' });
    await waitFor(() => expect(screen.getByTestId('dashboard-unit')).toHaveTextContent('平台镇'));
    const committees = screen.getByTestId('line-COMMITTEES');
    const links = within(committees).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toContain('/committees/coverage?unit=100');
    await user.click(within(screen.getByTestId('line-VOLUNTEERS')).getAllByRole('link')[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/volunteers'));
    expect(router.state.location.search).toBe('?unit=100');
  });

  it('drills down district → township → village in the URL, and Back returns', async () => {
    const { user, router } = renderApp({ path: '/' });
    await screen.findByTestId('dashboard-unit');
    // Ranked by the share of complete teams: 海明街道 (100%) before 平台镇 (93%).
    const rows = screen.getByTestId('ranking').querySelectorAll('tr[data-row-key]');
    expect(rows[0]).toHaveTextContent('海明街道');
    expect(rows[1]).toHaveTextContent('平台镇');

    await user.click(await screen.findByText('bar 平台镇 0.9333333333333333'));
    await waitFor(() => expect(screen.getByTestId('dashboard-unit')).toHaveTextContent('平台镇'));
    expect(router.state.location.search).toBe('?unit=100');
    await user.click(within(screen.getByTestId('ranking')).getByText('永丰村'));
    await waitFor(() => expect(screen.getByTestId('dashboard-unit')).toHaveTextContent('永丰村'));
    expect(screen.getByText('平台镇', { selector: 'a' })).toBeInTheDocument(); // the way back

    await router.navigate(-1);
    await waitFor(() => expect(screen.getByTestId('dashboard-unit')).toHaveTextContent('平台镇'));
    await router.navigate(-1);
    await waitFor(() => expect(screen.getByTestId('dashboard-unit')).toHaveTextContent('洮北区'));
  });

  it('lists what needs attention, linked to its list', async () => {
    renderApp({ path: '/' });
    const list = await screen.findByRole('region', { name: '需要关注' });
    expect(within(list).getByRole('link', { name: '永丰村：常务副主任空缺 270 天' })).toHaveAttribute(
      'href',
      '/committees/vacancies',
    );
  });

  it('tags the items of every line with their kind, in Chinese and in English', async () => {
    renderApp({ path: '/' });
    const list = await screen.findByRole('region', { name: '需要关注' });
    const bulletins = within(list).getByRole('link', {
      name: '永丰村：2 期《情况反映》下发超过 7 天仍未签收',
    });
    expect(bulletins).toHaveAttribute('href', '/rules/bulletins');
    expect(within(list).getByText('抓制度 · 情况反映未签收')).toBeInTheDocument();
    expect(within(list).getByText('抓培训 · 待岗位培训')).toBeInTheDocument();
    expect(within(list).getByText('抓班子 · 班子空缺')).toBeInTheDocument();
    cleanup();

    await changeLanguage('en');
    renderApp({ path: '/' });
    const english = await screen.findByRole('region', { name: 'Needs attention' });
    expect(within(english).getByText('Rules · bulletin not acknowledged')).toBeInTheDocument();
    expect(within(english).getByText('Training · on-boarding owed')).toBeInTheDocument();
    expect(
      within(english).getByRole('link', { name: '永丰村: 1 newcomers not yet on-boarded (by 31 December)' }),
    ).toHaveAttribute('href', '/trainings/coverage');
  });

  it('opens a township account on its township; a typed unit outside it answers not found', async () => {
    renderApp({ path: '/', user: users.townshipStaff });
    expect(await screen.findByTestId('dashboard-unit')).toHaveTextContent('平台镇');
    renderApp({ path: '/?unit=1', user: users.townshipStaff });
    expect(await screen.findByText('未找到')).toBeInTheDocument();
  });

  it('explains that a deactivated unit is no longer counted on its own', async () => {
    renderApp({ path: '/?unit=1003' });
    expect(await screen.findByText(/已停用，不再单独统计/)).toBeInTheDocument();
  });

  it('reads as a column of cards on a phone', async () => {
    renderApp({ path: '/', width: 390 });
    await screen.findByTestId('dashboard-unit');
    // Only the ranked figure is a column on a phone.
    expect(screen.getByTestId('ranking').querySelectorAll('thead th')).toHaveLength(3);
  });

  it('keeps the village staff their own home page with 记活动 one tap away', async () => {
    renderApp({ path: '/', user: users.villageStaff, width: 390 });
    expect(await screen.findByRole('link', { name: /记活动/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /本单位班子/ })).toHaveAttribute('href', '/committees/mine');
    expect(screen.queryByTestId('dashboard-unit')).not.toBeInTheDocument();
  });
});
