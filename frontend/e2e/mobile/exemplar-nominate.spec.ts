import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { login } from '../support/login';

const photo = fileURLToPath(new URL('../fixtures/exemplar-photo.jpg', import.meta.url));

// 2010: a year of no exemplar of the seed's report (2011–2013), so its figures stay as e2e/seed reads them.
test('village.staff nominates an exemplar with a photo from the camera on a 390 px phone; it waits for the township', async ({
  page,
}) => {
  const title = `平台村“四自小组”手机推荐 ${Date.now()}`;
  await login(page, 'village.staff', '/exemplars/new');
  await expect(page.getByText('推荐典型', { exact: true }).first()).toBeVisible();

  await page.getByLabel('类别').tap();
  await page.getByTitle('其他', { exact: true }).tap();
  await page.getByLabel('年度').fill('2010');
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('典型对象').fill('平台村四自小组');
  await page.getByLabel('事迹材料').fill('一、基本情况\n\n小组带动青年农民学技术、闯市场。');
  // The camera input: Playwright hands it the picture a phone would take.
  await page.locator('input[type=file][capture]').setInputFiles(photo);
  await expect(page.getByRole('button', { name: /拍照 \/ 选照片/ })).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByRole('img').first()).toBeVisible();
  const submit = page.getByRole('button', { name: '提交推荐' });
  expect((await submit.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await submit.tap();

  const detail = page.getByTestId('exemplar-detail');
  await expect(detail.getByText(title)).toBeVisible();
  await expect(detail.getByText('待乡镇审核')).toBeVisible();
  await expect(detail.getByText('等待乡镇（街道）审核')).toBeVisible();
  await expect(detail.getByRole('img').first()).toBeVisible();
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
});
