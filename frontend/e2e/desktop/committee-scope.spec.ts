import { expect, test } from '@playwright/test';
import { apiAs, childrenOf, unitByCode } from '../support/api';
import { chinaToday } from '../support/dates';
import { login } from '../support/login';

const ownTownshipCode = '220802100'; // 平台镇, township.staff's unit
const otherTownshipCode = '220802101';
let otherTownshipId: number;
let otherVillageId: number;
let ownNames: string[];
let arrangedVillageId: number;

test.beforeAll(async () => {
  const api = await apiAs('district.leader');
  const own = await unitByCode(api, ownTownshipCode);
  ownNames = [own.name, ...(await childrenOf(api, own.id)).map((u) => u.name)];
  // Arrange a vacancy of our own: a new village has no team yet, so every required seat of it is open.
  const stamp = Date.now() % 1_000_000_000;
  const created = await api.post('/api/v1/org-units', {
    data: { parentId: own.id, code: `E2EV${stamp}`, name: `缺额测试村${stamp}`, kind: 'VILLAGE' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const village = (await created.json()) as { id: number; name: string };
  arrangedVillageId = village.id;
  ownNames.push(village.name);
  const other = await unitByCode(api, otherTownshipCode);
  otherTownshipId = other.id;
  otherVillageId = (await childrenOf(api, other.id))[0].id;
  await api.dispose();
});

test('a typed URL of another township’s team shows the not-found page', async ({ page }) => {
  await login(page, 'township.staff', `/committees/${otherTownshipId}`);
  await expect(page.getByText('未找到', { exact: true })).toBeVisible();
  await expect(page.getByTestId('committee-card')).toHaveCount(0);

  await page.goto(`/committees/${otherVillageId}`);
  await expect(page.getByText('未找到', { exact: true })).toBeVisible();
  await expect(page.getByTestId('committee-card')).toHaveCount(0);
});

test('the vacancy list holds only the township’s own units', async ({ page }) => {
  await login(page, 'township.staff', '/committees/vacancies');
  const table = page.locator('.ant-table-tbody');
  // The township has at least the arranged vacancy: rows must be there, each of the township's own units.
  await expect(table.locator('tr.ant-table-row').first()).toBeVisible();
  const units = await table.locator('tr.ant-table-row td:first-child').allTextContents();
  for (const name of units) expect(ownNames, name).toContain(name);
});

test('the API refuses the township another township’s team, its vacancies and a fill', async () => {
  const api = await apiAs('township.staff');
  expect((await api.get(`/api/v1/committees/${otherTownshipId}`)).status()).toBe(404);
  const others = await api.get('/api/v1/vacancies', { params: { unitId: String(otherTownshipId) } });
  expect(others.status()).toBe(404);
  const fill = await api.post(`/api/v1/committees/${otherVillageId}/vacancies/MEMBER/fill`, {
    data: { volunteerId: 1, startedOn: chinaToday() },
  });
  expect(fill.status()).toBe(404);
  const own = await api.get('/api/v1/vacancies', { params: { limit: '200' } });
  expect(own.ok(), await own.text()).toBeTruthy();
  const { items } = (await own.json()) as { items: { unit: { name: string } }[] };
  expect(items.length).toBeGreaterThan(0);
  for (const v of items) expect(ownNames).toContain(v.unit.name);
  const arranged = await api.get('/api/v1/vacancies', { params: { unitId: String(arrangedVillageId) } });
  expect(arranged.status()).toBe(200);
  expect(((await arranged.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  await api.dispose();
});
