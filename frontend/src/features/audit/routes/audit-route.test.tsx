import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

describe('操作日志 page', () => {
  it('shows before and after of an event as JSON in the expanded row', async () => {
    const { user } = renderApp({ path: '/audit' });
    expect(await screen.findByText('district.leader')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /展开行|expand/i }));

    expect(await screen.findByText('修改前')).toBeInTheDocument();
    expect(screen.getByText(/"name": "永丰屯"/)).toBeInTheDocument();
    expect(screen.getByText(/"name": "永丰村"/)).toBeInTheDocument();
  });
});
