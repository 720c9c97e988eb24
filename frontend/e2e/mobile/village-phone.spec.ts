import { expect, type Page, test } from '@playwright/test';
import { login } from '../support/login';

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test('village.staff sees its unit card at 390 px without horizontal scrolling', async ({ page }) => {
  await login(page, 'village.staff');

  const card = page.getByTestId('org-unit-card');
  await expect(card.getByText('220802100201', { exact: true })).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.getByRole('link', { name: /查看组织架构/ }).tap();
  await expect(page).toHaveURL(/\/org-units\/\d+$/);
  await expect(page.getByTestId('org-unit-card').getByText('220802100201', { exact: true })).toBeVisible();
  await expect(page.getByRole('tree')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
});

test('the menu opens from the header on a phone', async ({ page }) => {
  await login(page, 'village.staff');
  await page.getByRole('button', { name: '菜单' }).tap();
  const menu = page.getByRole('navigation', { name: '菜单' });
  await expect(menu.getByText('五老队伍')).toBeVisible();
  await expect(menu.getByText('组织架构')).toHaveCount(0);
  await expect(menu.getByText('账号管理')).toHaveCount(0);
});
