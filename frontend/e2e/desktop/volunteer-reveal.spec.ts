import { expect, test } from '@playwright/test';
import { login } from '../support/login';

/**
 * Issue 3, "done when": a masked ID is revealed only by an allowed role, and the reveal is in the
 * audit log (who and whose, never the value).
 */
test('district admin reveals a masked ID and finds the reveal in the audit log, without the value', async ({
  page,
}) => {
  await login(page, 'district.leader', '/volunteers');
  const first = page.getByRole('table').getByRole('link').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/\/volunteers\/\d+$/);
  const volunteerId = /\/volunteers\/(\d+)$/.exec(page.url())?.[1] ?? '';

  const idNumber = page.getByTestId('id-number');
  await expect(idNumber).toHaveText(/^\d{6}\*{8}[\dX]{4}$/);
  await page.getByRole('button', { name: '查看完整信息' }).click();
  await expect(page.getByText('已记录查看日志')).toBeVisible();
  await expect(idNumber).toHaveText(/^\d{17}[\dX]$/);
  const full = (await idNumber.textContent()) ?? '';

  await page.goto('/audit');
  await page.getByRole('combobox', { name: '对象类型' }).click();
  await page.getByTitle('五老', { exact: true }).click();
  await page.getByLabel('对象标识').fill(volunteerId);
  const row = page.getByRole('row').filter({ hasText: '查看完整信息' }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText('王建国'); // district.leader, by the name colleagues know
  await expect(page.getByRole('table')).not.toContainText(full);
});

test('the district viewer reads a person masked and is offered no reveal', async ({ page }) => {
  await login(page, 'district.viewer', '/volunteers');
  const first = page.getByRole('table').getByRole('link').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/\/volunteers\/\d+$/);
  await expect(page.getByTestId('id-number')).toHaveText(/^\d{6}\*{8}[\dX]{4}$/);
  await expect(page.getByRole('button', { name: '查看完整信息' })).toHaveCount(0);
});
