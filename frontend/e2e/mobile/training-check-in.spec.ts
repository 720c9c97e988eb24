import { expect, test } from '@playwright/test';
import { apiAs, unitByCode } from '../support/api';
import { chinaToday } from '../support/dates';
import { login } from '../support/login';

// Issue 11: a village account checks its people in on a 390×844 screen from the QR code's address, and the
// coverage moves at once. The session is made through the API by 平台镇 in the current year (2010's figures stay).
test('village.staff opens the QR address on a phone, checks its 常务副主任 in, and the township’s coverage moves at once', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const today = chinaToday();
  const year = today.slice(0, 4);
  const township = await apiAs('township.staff');
  const pingtai = await unitByCode(township, '220802100');
  const draft = await township.post('/api/v1/trainings', {
    data: {
      typeCode: 'BUSINESS',
      title: `E2E 平台镇常务副主任培训（手机签到）${Date.now()}`,
      organiserUnitId: pingtai.id,
      startsOn: today,
      endsOn: today,
      place: '平台镇党群服务中心',
      audience: {
        roles: ['EXECUTIVE_VICE_DIRECTOR'],
        unitKinds: ['VILLAGE'],
        withoutOnboarding: false,
        includeOrganiser: false,
      },
    },
  });
  expect(draft.status(), await draft.text()).toBe(201);
  const { summary, version } = (await draft.json()) as { summary: { id: number }; version: number };
  const published = await township.post(`/api/v1/trainings/${summary.id}/publish`, { data: { version } });
  expect(published.ok(), await published.text()).toBeTruthy();
  const { checkInCode } = (await published.json()) as { checkInCode: string };

  const coverage = async () => {
    const r = await township.get('/api/v1/training-coverage', {
      params: { from: `${year}-01-01`, to: `${year}-12-31`, type: 'BUSINESS' },
    });
    expect(r.ok(), await r.text()).toBeTruthy();
    return ((await r.json()) as { unit: { trained: number; required: number } }).unit;
  };
  const before = await coverage();

  // the address the QR code carries: the check-in page with the session and its code
  await login(page, 'village.staff', `/trainings/check-in?session=${summary.id}&code=${checkInCode}`);
  await expect(page.getByLabel('签到码')).toHaveValue(checkInCode);
  const item = page.getByRole('listitem').filter({ hasText: '本场培训' }).first();
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: /^签到 / }).click();
  await expect(item.getByText('已签到')).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);

  const after = await coverage();
  expect(after.required).toBe(before.required);
  expect(after.trained).toBe(before.trained + 1);
  await township.dispose();
});
