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
