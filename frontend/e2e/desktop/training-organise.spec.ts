import { expect, test } from '@playwright/test';
import { chinaToday } from '../support/dates';
import { login } from '../support/login';

// Issue 11: a township organises a session for its villages (下管一级) with the audience preview, publishes it and
// shows the check-in code and its QR code. The session is in the current year: the seed report's 2010 figures stay.
test('township.staff organises a business training for its villages’ 常务副主任 with the audience preview and publishes it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const today = chinaToday();
  const title = `E2E 平台镇村常务副主任业务培训 ${Date.now()}`;
  await login(page, 'township.staff', '/trainings/new');

  await page.getByLabel('培训类型').click();
  await page.locator('.ant-select-item-option[title="业务培训"]').click();
  // the dates before the name: the Enter that closes the picker submits the form, which stops at the empty name
  const dates = page.getByLabel('培训日期');
  await dates.click();
  await page.keyboard.type(today);
  await page.keyboard.press('Enter');
  await page.keyboard.type(today);
  await page.keyboard.press('Enter');
  await page.getByLabel('培训名称').fill(title);
  await page.getByRole('checkbox', { name: '常务副主任' }).check();
  // villages are the default kind of unit for a township's audience
  await expect(page.getByRole('checkbox', { name: '村', exact: true })).toBeChecked();

  await page.getByRole('button', { name: '预览参训对象' }).click();
  const count = page.getByTestId('preview-count');
  await expect(count).toHaveText(/按规则共 \d+ 人/);
  const n = Number((await count.textContent())?.match(/\d+/)?.[0]);
  expect(n).toBeGreaterThan(0);

  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText(title)).toBeVisible();
  await page.getByRole('button', { name: '发布并确定名单' }).click();
  await expect(page.getByTestId('check-in-code')).toHaveText(/^\d{6}$/);
  const code = (await page.getByTestId('check-in-code').textContent())!;
  // the frozen audience is the previewed one
  await expect(page.getByText(`0/${n} 人`)).toBeVisible();
  const qr = page.getByTestId('check-in-qr');
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute(
    'data-url',
    new RegExp(`/trainings/check-in\\?session=\\d+&code=${code}$`),
  );
});
