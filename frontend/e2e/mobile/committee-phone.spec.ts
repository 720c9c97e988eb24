import { expect, type Page, test } from '@playwright/test';
import { login } from '../support/login';

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test('village.staff sees its own team as large cards at 390 px and can open the proposal form', async ({
  page,
}) => {
  await login(page, 'village.staff');
  await page.getByRole('button', { name: '菜单' }).tap();
  // The phone menu opens only the current page's group (none on 首页): unfold 班子建设 first.
  const menu = page.getByRole('navigation', { name: '菜单' });
  await menu.getByRole('button', { name: '班子建设' }).tap();
  await menu.getByRole('link', { name: '本单位班子' }).tap();
  await expect(page).toHaveURL(/\/committees\/mine$/);

  const card = page.getByTestId('committee-card');
  await expect(card.getByRole('region', { name: '主任', exact: true })).toBeVisible();
  await expect(card.getByRole('region', { name: '常务副主任', exact: true })).toBeVisible();
  // Village staff read and propose; filling seats is the township's and the district's.
  await expect(card.getByRole('button', { name: /补\s*充/ })).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  const propose = card.getByRole('button', { name: '提议调整' });
  if ((await propose.count()) > 0) {
    await propose.first().tap();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('调整理由')).toBeVisible();
    await expectNoHorizontalScroll(page);
    // Nothing is written: the form is closed again.
    await dialog.getByRole('button', { name: /取\s*消/ }).tap();
    await expect(dialog).toHaveCount(0);
  }
});
