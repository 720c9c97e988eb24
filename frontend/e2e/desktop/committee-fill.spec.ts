import { expect, type Page, test } from '@playwright/test';
import { apiAs } from '../support/api';
import { login } from '../support/login';

async function statistic(page: Page, testId: string): Promise<string> {
  const value = page.getByTestId(testId).locator('.ant-statistic-content-value');
  await expect(value).toHaveText(/\d/);
  return (await value.textContent()) ?? '';
}

async function coverageFromApi(): Promise<{ openVacancies: number; complete: number }> {
  const api = await apiAs('district.leader');
  const response = await api.get('/api/v1/committee-coverage');
  expect(response.ok(), await response.text()).toBeTruthy();
  const body = (await response.json()) as { unit: { subtree: { openVacancies: number; complete: number } } };
  await api.dispose();
  return body.unit.subtree;
}

test('district.leader fills the oldest vacancy from the suggested people and the coverage changes at once', async ({
  page,
}) => {
  const apiBefore = await coverageFromApi();
  expect(apiBefore.openVacancies, 'the demo district has open vacancies').toBeGreaterThan(0);

  await login(page, 'district.leader', '/committees/coverage');
  // Statistic groups thousands (1,234): keep the digits only.
  const vacanciesBefore = Number((await statistic(page, 'coverage-openVacancies')).replace(/\D/g, ''));
  const shareBefore = parseFloat(await statistic(page, 'coverage-share'));
  expect(vacanciesBefore).toBe(apiBefore.openVacancies);

  const menu = page.getByRole('menu', { name: '菜单' });
  await menu.getByText('缺额补充').click();
  await expect(page).toHaveURL(/\/committees\/vacancies$/);
  // The coverage page's table stays on the screen until the vacancies page has loaded: wait for the latter's own words.
  await expect(page.getByText(/按空缺时长排序/)).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const oldest = rows.first();
  const unitName = (await oldest.locator('td').nth(0).textContent()) ?? '';
  const roleName = (await oldest.locator('td').nth(1).textContent()) ?? '';
  const sameSeat = rows
    .filter({ hasText: unitName })
    .filter({ has: page.locator('td', { hasText: roleName }) });
  const sameSeatBefore = await sameSeat.count();

  await oldest.getByRole('button', { name: /补\s*充/ }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '推荐人选' });
  await expect(drawer).toContainText(`补充 ${unitName} · ${roleName}`);
  const candidates = drawer.locator('.ant-radio-wrapper');
  await expect(candidates.first()).toBeVisible();
  // Masked data only: a candidate line never shows an 18-character ID number or a phone.
  await expect(drawer).not.toContainText(/\d{17}[\dX]|1\d{10}/);
  const chosen = (await candidates.first().locator('strong').first().textContent()) ?? '';
  await candidates.first().click();
  await drawer.getByRole('button', { name: '确认补充' }).click();

  await expect(page.getByText(`已补充：${chosen} 任${roleName}`)).toBeVisible();
  await expect(sameSeat).toHaveCount(sameSeatBefore - 1);

  await menu.getByText('覆盖情况').click();
  await expect(page).toHaveURL(/\/committees\/coverage$/);
  await expect(page.getByTestId('coverage-openVacancies').locator('.ant-statistic-content-value')).toHaveText(
    (vacanciesBefore - 1).toLocaleString('en-US'),
  );
  expect(parseFloat(await statistic(page, 'coverage-share'))).toBeGreaterThanOrEqual(shareBefore);
  const apiAfter = await coverageFromApi();
  expect(apiAfter.openVacancies).toBe(apiBefore.openVacancies - 1);
});
