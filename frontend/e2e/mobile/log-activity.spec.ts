import { expect, type Page, test } from '@playwright/test';
import { login } from '../support/login';

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test('village.staff logs an activity on a phone in a few taps and sees it on the person’s page', async ({
  page,
}) => {
  // Earlier runs left other entries: this text finds this run's only.
  const description = `网吧义务监督 e2e ${Date.now()}`;

  await login(page, 'village.staff');
  await page.getByRole('button', { name: '菜单' }).tap();
  await page.getByRole('navigation', { name: '菜单' }).getByText('记活动').tap();
  await expect(page).toHaveURL(/\/activities\/new$/);

  // The village's own people (demo data), as big buttons.
  const people = page.getByRole('list', { name: '选择五老' });
  const first = people.getByRole('listitem').first();
  await expect(first).toBeVisible();
  await expectNoHorizontalScroll(page);
  const name = (await first.getAttribute('aria-label')) ?? '';
  expect(name).not.toBe('');
  await first.tap();
  await expect(page.getByTestId('picked-person')).toHaveText(name);

  await page.getByRole('button', { name: '网吧义务监督' }).tap();
  const hours = page.locator('.ant-form-item').filter({ has: page.getByLabel('时长（小时）') });
  // 1 hour by default, half an hour a tap.
  await hours.getByRole('button', { name: '增加' }).tap();
  await hours.getByRole('button', { name: '增加' }).tap();
  const youth = page.locator('.ant-form-item').filter({ has: page.getByLabel('受益青少年（人）') });
  await youth.getByRole('button', { name: '增加' }).tap();
  await youth.getByRole('button', { name: '增加' }).tap();
  await page.getByLabel('活动内容').fill(description);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: /保\s*存/ }).tap();

  await expect(page.getByText('已记下')).toBeVisible();
  await expect(page.getByText(`${name} · 网吧义务监督 · 2 小时`)).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.getByRole('link', { name: /查看此人/ }).tap();
  await expect(page).toHaveURL(/\/volunteers\/\d+$/);
  await expect(page.getByRole('tab', { name: '活动记录' })).toBeVisible();
  const entry = page.getByRole('listitem').filter({ hasText: description });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('网吧义务监督');
  await expect(entry).toContainText('2 小时 · 青少年 2 人');
  await expectNoHorizontalScroll(page);
});
