import { expect, type Locator, test } from '@playwright/test';
import { docxParagraphs } from '../support/docx';
import { login } from '../support/login';

/** The value shown for one figure of a line card (its list item is named by the figure). */
function figure(line: Locator, label: string) {
  return line.getByRole('listitem', { name: label });
}

test('the leaders’ dashboard shows the report’s figures since 2009, drills down with Back, and opens a figure’s list', async ({
  page,
}) => {
  await login(page, 'district.leader', '/?year=all');
  await expect(page.getByTestId('dashboard-unit')).toHaveText('洮北区');
  await expect(page.getByTestId('dashboard-as-of')).toContainText('统计期间 2009-01-01 至');

  // "28 people filled into teams since 2009", "32 executive vice-directors adjusted".
  const committees = page.getByTestId('line-COMMITTEES');
  await expect(figure(committees, '补充进班子人数')).toContainText('28');
  await expect(figure(committees, '调整常务副主任人数')).toContainText('32');

  // A township from the ranking: the URL names it, the way back is in the breadcrumb, Back returns.
  await page.getByTestId('ranking').getByText('平台镇', { exact: true }).click();
  await expect(page.getByTestId('dashboard-unit')).toHaveText('平台镇');
  await expect(page).toHaveURL(/[?&]unit=\d+/);
  await page.goBack();
  await expect(page.getByTestId('dashboard-unit')).toHaveText('洮北区');

  // A figure opens the list behind it.
  const volunteers = page.getByTestId('line-VOLUNTEERS');
  const onRegister = volunteers.getByRole('link', { name: /^在册五老/ }).first();
  await onRegister.click();
  await expect(page).toHaveURL(/\/volunteers/);
});

test('the 2010 business training round reads 144 trained of 147 required', async ({ page }) => {
  await login(page, 'district.leader', '/?year=2010');
  const trainings = page.getByTestId('line-TRAININGS');
  await expect(figure(trainings, '业务培训应训人数')).toContainText('147');
  await expect(figure(trainings, '业务培训实训人数')).toContainText('144');
});

test('the downloaded work report says what the dashboard says', async ({ page }) => {
  await login(page, 'district.leader', '/?year=all');
  const committees = page.getByTestId('line-COMMITTEES');
  await expect(figure(committees, '补充进班子人数')).toContainText('28');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /工作总结/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const text = docxParagraphs(await download.path()).join('\n');
  expect(text).toContain('洮北区关心下一代工作委员会');
  expect(text).toContain('补充进班子人数：28');
  expect(text).toContain('调整常务副主任人数：32');
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the dashboard is a column of cards with the report’s figures; a drill-down and Back keep their place', async ({
    page,
  }) => {
    await login(page, 'district.leader', '/?year=all');
    await expect(page.getByTestId('dashboard-unit')).toHaveText('洮北区');
    const committees = page.getByTestId('line-COMMITTEES');
    await expect(figure(committees, '补充进班子人数')).toContainText('28');
    await expect(figure(committees, '调整常务副主任人数')).toContainText('32');

    // One card under the other, each within the screen, and nothing wider than the screen.
    const volunteers = page.getByTestId('line-VOLUNTEERS');
    await expect(volunteers).toBeVisible();
    const first = await committees.boundingBox();
    const second = await volunteers.boundingBox();
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(Math.abs(first!.x - second!.x)).toBeLessThan(2);
    expect(first!.x + first!.width).toBeLessThanOrEqual(390);
    expect(Math.abs(second!.y - first!.y)).toBeGreaterThan(Math.min(first!.height, second!.height) - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByTestId('ranking').getByText('平台镇', { exact: true }).click();
    await expect(page.getByTestId('dashboard-unit')).toHaveText('平台镇');
    await expect(page).toHaveURL(/[?&]unit=\d+/);
    await page.goBack();
    await expect(page.getByTestId('dashboard-unit')).toHaveText('洮北区');
    await expect(figure(page.getByTestId('line-COMMITTEES'), '补充进班子人数')).toContainText('28');
  });
});
