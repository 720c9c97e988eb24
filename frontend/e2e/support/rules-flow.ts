import { type Browser, expect, type Page } from '@playwright/test';
import { apiAs } from './api';
import { chinaYear } from './dates';
import { login } from './login';
import { bulletinToVillage, ensureVillageMeetingRule, meetingPhoto } from './rules';

/** The district's count of meetings held this year, read from its dashboard's rules card. */
async function meetingsHeld(page: Page): Promise<number> {
  await page.goto(`/?year=${chinaYear()}`);
  const figure = page.getByTestId('line-RULES').getByRole('listitem', { name: '召开例会次数' });
  await expect(figure).toBeVisible();
  const text = (await figure.innerText()).replace(/\s+/g, ' ');
  const value = /召开例会次数 ([\d,]+)/.exec(text)?.[1];
  expect(value, text).toBeDefined();
  return Number(value!.replace(/,/g, ''));
}

/**
 * A village acknowledges a bulletin and records a meeting with a photo on `village` (a phone or a desktop), while
 * the district, on a desktop of its own, sees the receipt share and the meeting count change at once.
 */
export async function acknowledgeAndRecord(browser: Browser, village: Page) {
  const [district, township] = await Promise.all([apiAs('district.leader'), apiAs('township.staff')]);
  await ensureVillageMeetingRule(township);
  const title = `关于做好冬季关爱工作的通知（${Date.now()}）`;
  await bulletinToVillage(district, title);

  const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const leader = await desk.newPage();
  await login(leader, 'district.leader', '/rules/bulletins?box=SENT');
  const sentCard = leader.getByRole('article', { name: new RegExp(title.replace(/[()（）]/g, '.')) });
  await expect(sentCard.getByText('已签收 0 / 1')).toBeVisible();
  const before = await meetingsHeld(leader);

  await login(village, 'village.staff', '/rules/bulletins');
  const card = village.getByRole('article', { name: new RegExp(title.replace(/[()（）]/g, '.')) });
  // antd spaces a two-character label (签 收); 未签收单位 must not match.
  await card.getByRole('button', { name: /^签\s*收$/ }).click();
  await expect(card.getByText(/本单位已签收/)).toBeVisible();

  await leader.goto('/rules/bulletins?box=SENT');
  await expect(sentCard.getByText('已签收 1 / 1')).toBeVisible();

  await village.goto('/rules/evidence/new');
  await village.getByLabel('议题').fill('冬季关爱留守儿童');
  await village
    .locator('#evidence-photo')
    .setInputFiles({ name: '例会.png', mimeType: 'image/png', buffer: meetingPhoto() });
  await expect(village.getByText('例会.png')).toBeVisible();
  await village.getByRole('button', { name: '保存记录' }).click();
  await expect(village.getByText(/已保存/)).toBeVisible();

  await expect.poll(() => meetingsHeld(leader)).toBe(before + 1);
  await desk.close();
  await Promise.all([district.dispose(), township.dispose()]);
}
