import { expect, test } from '@playwright/test';
import { apiAs, unitByCode } from '../support/api';
import { login } from '../support/login';

let townshipId: number;

test.beforeAll(async () => {
  const api = await apiAs('district.leader');
  townshipId = (await unitByCode(api, '220802100')).id;
  await api.dispose();
});

test('creating a village with a code already in use shows the server error on the code field', async ({
  page,
}) => {
  await login(page, 'district.leader', `/org-units/${townshipId}`);
  await expect(page.getByTestId('org-unit-card').getByRole('heading', { name: '平台镇' })).toBeVisible();

  await page.getByRole('button', { name: '新建下级单位' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // On a busy machine the dropdown may still be sliding in when clicked: retry until 村 is chosen.
  const kindItem = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('类型') });
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await expect(async () => {
    if (!(await dropdown.isVisible())) await kindItem.getByRole('combobox').click();
    await dropdown.locator('.ant-select-item-option[title="村"]').click({ timeout: 3_000 });
    await expect(kindItem).toContainText('村', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await dialog.getByLabel('名称').fill('重复代码测试村');
  await dialog.getByLabel('代码').fill('220802100201');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();

  const codeField = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('代码') });
  await expect(codeField.locator('.ant-form-item-explain-error')).toContainText('220802100201');
  // The unit was not created: the dialog stays open and the name is still free.
  await expect(dialog).toBeVisible();
});
