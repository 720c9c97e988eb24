import { expect, test } from '@playwright/test';
import { login } from '../support/login';

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

/**
 * A valid 身份证号 nobody else uses: 洮北区's region code, a birth date in 1950 (over 50, so no
 * confirmation is asked), a random order code and the GB 11643 check character.
 */
function freshIdNumber(): string {
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  const order = Math.floor(Math.random() * 1000);
  const first17 =
    `220802` +
    `1950${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}` +
    String(order).padStart(3, '0');
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return first17 + checkChars[sum % 11];
}

test('village.staff registers a 老教师 on a phone and finds them in the list, ID masked', async ({
  page,
}) => {
  const idNumber = freshIdNumber();
  const masked = `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`;
  const name = '测试老人';

  await login(page, 'village.staff');
  await page.getByRole('button', { name: '菜单' }).tap();
  await page.getByRole('navigation', { name: '菜单' }).getByText('五老队伍').tap();
  await expect(page).toHaveURL(/\/volunteers$/);

  await page.getByRole('link', { name: /新增五老/ }).tap();
  await expect(page).toHaveURL(/\/volunteers\/new$/);

  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('身份证号').fill(idNumber);
  await expect(page.getByTestId('id-number-derived')).toContainText('出生日期 1950-');
  // The village account's own village (220802100201) is the home unit already: no dropdown.
  const unitItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('所属单位') });
  await expect(unitItem).toContainText('220802100201');
  await page.getByRole('checkbox', { name: '老教师' }).check();
  await page.getByRole('button', { name: /保\s*存/ }).tap();

  await expect(page).toHaveURL(/\/volunteers$/);
  // Earlier runs left other 测试老人: the search (name, phone or ID number) finds this one only.
  // On a phone the filters are folded behind one button.
  await page.getByRole('button', { name: /筛选/ }).tap();
  await page.getByRole('searchbox', { name: '搜索姓名、电话或身份证号' }).fill(idNumber);
  const card = page.getByRole('listitem', { name }).filter({ hasText: masked });
  await expect(card).toHaveCount(1);
  await expect(card).toBeVisible();
  await expect(card).toContainText('老教师');
  await expect(card).not.toContainText(idNumber);
});
