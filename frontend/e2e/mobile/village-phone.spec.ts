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

test('the menu button and the home page’s actions are at least 44 px tall for a finger', async ({ page }) => {
  await login(page, 'village.staff');
  for (const target of [
    page.getByRole('button', { name: '菜单' }),
    page.getByRole('link', { name: '记活动', exact: true }),
    page.getByRole('link', { name: /查看组织架构/ }),
  ]) {
    const box = await target.boundingBox();
    expect(box, String(target)).not.toBeNull();
    expect(box!.height, String(target)).toBeGreaterThanOrEqual(44);
    expect(box!.width, String(target)).toBeGreaterThanOrEqual(44);
  }
});
