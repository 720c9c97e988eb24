import { expect, type Page, test } from '@playwright/test';
import { login } from '../support/login';

// A phone, as in the mobile project (this file runs with the seed figures, before other specs change them).
test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test('a leader reads the dashboard on a phone: the report’s figures, a drill-down and Back, nothing wider than the screen', async ({
  page,
}) => {
  await login(page, 'district.leader', '/?year=all');
  await expect(page.getByTestId('dashboard-unit')).toHaveText('洮北区');
  const committees = page.getByTestId('line-COMMITTEES');
  await expect(committees.getByRole('listitem', { name: '补充进班子人数' })).toContainText('28');
  await expect(committees.getByRole('listitem', { name: '调整常务副主任人数' })).toContainText('32');
  await expectNoHorizontalScroll(page);

  // A column of cards: the lines one under the other, each as wide as the screen allows.
  const volunteers = page.getByTestId('line-VOLUNTEERS');
  await expect(volunteers).toBeVisible();
  const first = (await committees.boundingBox())!;
  const second = (await volunteers.boundingBox())!;
  expect(Math.abs(first.x - second.x)).toBeLessThan(2);
  expect(first.x + first.width).toBeLessThanOrEqual(390);
  expect(Math.abs(second.y - first.y)).toBeGreaterThan(Math.min(first.height, second.height) - 1);

  await page.getByTestId('ranking').getByText('平台镇', { exact: true }).tap();
  await expect(page.getByTestId('dashboard-unit')).toHaveText('平台镇');
  await expectNoHorizontalScroll(page);
  await page.goBack();
  await expect(page.getByTestId('dashboard-unit')).toHaveText('洮北区');
});
