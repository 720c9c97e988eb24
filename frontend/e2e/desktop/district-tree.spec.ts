import { expect, test } from '@playwright/test';
import { login } from '../support/login';

const streets = ['海明', '长庆', '瑞光', '明仁', '铁东', '新立', '幸福', '新华', '城南', '保平'].map(
  (n) => `${n}街道`,
);
const townships = [
  '平台镇',
  '平安镇',
  '青山镇',
  '林海镇',
  '洮河镇',
  '岭下镇',
  '东风乡',
  '三合乡',
  '金祥乡',
  '东胜乡',
  '德顺蒙古族乡',
];

test('district.leader sees the whole district: 11 乡镇 and 10 街道 under 洮北区', async ({ page }) => {
  await login(page, 'district.leader', '/org-units');

  const tree = page.getByRole('tree');
  // A tree item's accessible name also carries its expand icon's label, so match the text.
  await expect(tree.getByText('洮北区', { exact: true })).toBeVisible();
  for (const name of [...townships, ...streets]) {
    await expect(tree.getByText(name, { exact: true }), name).toBeVisible();
  }

  // The detail panel shows the district and lists the same units as children.
  const card = page.getByTestId('org-unit-card');
  await expect(card.getByRole('heading', { name: '洮北区' })).toBeVisible();
  await expect(card.getByText('220802', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '德顺蒙古族乡' })).toBeVisible();
  await expect(page.getByRole('link', { name: '海明街道' })).toBeVisible();
});

test('a township opens from the tree with its villages', async ({ page }) => {
  await login(page, 'district.leader', '/org-units');
  await page.getByRole('tree').getByText('平台镇', { exact: true }).click();

  await expect(page).toHaveURL(/\/org-units\/\d+$/);
  const card = page.getByTestId('org-unit-card');
  await expect(card.getByRole('heading', { name: '平台镇' })).toBeVisible();
  await expect(card.getByRole('link', { name: '洮北区' })).toBeVisible(); // breadcrumb
  await expect(page.getByRole('cell', { name: '220802100201' })).toBeVisible();
});

test("the home page is the leaders' dashboard with the district's lines and a chart of its townships", async ({
  page,
}) => {
  await login(page, 'district.leader');

  await expect(page.getByTestId('dashboard-unit')).toHaveText('洮北区');
  await expect(page.getByTestId('line-COMMITTEES')).toBeVisible();
  // ECharts draws on a canvas, loaded only with the dashboard's chart.
  await expect(page.locator('.ant-card').filter({ hasText: '各单位比较' }).locator('canvas')).toBeVisible();
});
