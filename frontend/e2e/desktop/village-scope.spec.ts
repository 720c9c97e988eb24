import { expect, test } from '@playwright/test';
import { apiAs, childrenOf, unitByCode } from '../support/api';
import { login } from '../support/login';

const ownCode = '220802100201';
let otherVillageId: number;
let siblingNames: string[];

test.beforeAll(async () => {
  const api = await apiAs('district.leader');
  otherVillageId = (await unitByCode(api, '220802101201')).id;
  const township = await unitByCode(api, '220802100');
  siblingNames = (await childrenOf(api, township.id)).filter((u) => u.code !== ownCode).map((u) => u.name);
  expect(siblingNames.length).toBeGreaterThan(0);
  await api.dispose();
});

test('village.staff sees only its own village, none of the other 平台镇 villages', async ({ page }) => {
  await login(page, 'village.staff', '/org-units');

  const card = page.getByTestId('org-unit-card');
  await expect(card.getByText(ownCode, { exact: true })).toBeVisible();
  await expect(page.getByRole('tree').getByRole('treeitem')).toHaveCount(1);
  await expect(page.getByText('平台镇', { exact: true })).toHaveCount(0);
  for (const name of siblingNames) {
    await expect(page.getByText(name, { exact: true }), name).toHaveCount(0);
  }
});

test('a typed URL of another village shows the not-found page', async ({ page }) => {
  await login(page, 'village.staff', `/org-units/${otherVillageId}`);

  await expect(page.getByText('未找到', { exact: true })).toBeVisible();
  await expect(page.getByTestId('org-unit-card')).toHaveCount(0);
});
