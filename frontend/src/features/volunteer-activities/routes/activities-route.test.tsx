import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { users } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

describe('活动概况', () => {
  it('heads the table of the units below 下级单位, not 活动地点', async () => {
    renderApp({ path: '/activities', user: users.districtAdmin });
    const byUnit = (await screen.findByText('按下级单位')).closest('.ant-table-wrapper') as HTMLElement;
    expect(byUnit).not.toBeNull();
    const headers = within(byUnit)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers[0]).toBe('下级单位');
    expect(headers).not.toContain('活动地点');
  });
});
