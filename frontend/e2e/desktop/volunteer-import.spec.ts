import { expect, test } from '@playwright/test';
import { checkChar } from '../../src/features/volunteers/lib/check-id-number';
import { apiAs, childrenOf, unitByCode } from '../support/api';
import { login } from '../support/login';

/** 平台镇 */
const townshipCode = '220802100';
let township: string;
let village: string;

/**
 * A valid 身份证号 nobody has: the clearly fake region code 229996, a birth date in 1950 (over
 * 50, so no confirmation is asked), a random order code and the GB 11643 check character.
 */
function freshIdNumber(taken: Set<string>): string {
  for (;;) {
    const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
    const order = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
    const first17 = `2299961950${month}${day}${order}`;
    const id = first17 + checkChar(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

function wrongCheckDigit(id: string): string {
  const digits = '0123456789X';
  return id.slice(0, 17) + digits[(digits.indexOf(id[17]) + 1) % digits.length];
}

function randomMobile(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

test.beforeAll(async () => {
  const api = await apiAs('district.leader');
  const town = await unitByCode(api, townshipCode);
  township = town.name;
  // A village of 平台镇 whose name no other unit in the district has.
  for (const candidate of await childrenOf(api, town.id)) {
    if (candidate.kind !== 'VILLAGE') continue;
    const response = await api.get('/api/v1/org-units', { params: { q: candidate.name, limit: '200' } });
    const { items } = (await response.json()) as { items: { name: string }[] };
    if (items.filter((u) => u.name === candidate.name).length === 1) {
      village = candidate.name;
      break;
    }
  }
  expect(village, 'a village of 平台镇 with a unique name').toBeDefined();
  await api.dispose();
});

test('district.leader imports a census CSV with bad rows: the report names their rows, the valid rows are imported', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const taken = new Set<string>();
  const good = (name: string) => [name, freshIdNumber(taken), randomMobile(), township, village, '老教师'];
  // The header is row 1, so the first person is row 2.
  const rows = [
    good('导入测试甲'), // 2
    good('导入测试乙'), // 3
    ['导入测试错号', wrongCheckDigit(freshIdNumber(taken)), randomMobile(), township, village, '老干部'], // 4
    good('导入测试丙'), // 5
    good('导入测试丁'), // 6
    ['导入测试无村', freshIdNumber(taken), randomMobile(), township, '不存在村', '老战士'], // 7
    good('导入测试戊'), // 8
    good('导入测试己'), // 9
    ['导入测试错电话', freshIdNumber(taken), '12345', township, village, '老专家'], // 10
  ];
  const csv = [['姓名', '身份证号', '联系电话', '所属乡镇', '所在村/社区', '五老类别'], ...rows]
    .map((row) => row.join(','))
    .join('\r\n');
  const firstGoodId = rows[0][1];

  await login(page, 'district.leader', '/volunteers');
  await page.getByRole('link', { name: /批量导入/ }).click();
  await expect(page).toHaveURL(/\/volunteers\/imports$/);
  await page.getByRole('link', { name: /导入新文件/ }).click();
  await expect(page).toHaveURL(/\/volunteers\/imports\/new$/);

  await page.locator('input[type="file"]').setInputFiles({
    name: `五老名册-e2e-${Date.now()}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });

  // 核对列: every header of the file is recognised; the suggested mapping is accepted as it is.
  await expect(page).toHaveURL(/\/volunteers\/imports\/\d+$/, { timeout: 30_000 });
  await expect(page.getByText('表头在第 1 行', { exact: false })).toBeVisible();
  await expect(page.getByText('已自动识别')).toHaveCount(6);
  await page.getByRole('button', { name: '开始预检' }).click();

  // 预检: the server checks in the background; the page polls until the report is there.
  await expect(page.getByTestId('summary-rejected')).toContainText('3', { timeout: 90_000 });
  await expect(page.getByTestId('summary-toCreate')).toContainText('6');
  const issues = page.getByRole('list', { name: '未通过' });
  // Each rejection names the spreadsheet's own row (header = row 1) and column.
  await expect(issues.getByText(/^第 4 行 · B 列（身份证号）：/)).toBeVisible();
  await expect(issues.getByText(/^第 7 行 · E 列（所在村\/社区）：.*不存在村/)).toBeVisible();
  await expect(issues.getByText(/^第 10 行 · C 列（联系电话）：/)).toBeVisible();
  await expect(issues.getByText(/^第 (2|3|5|6|8|9) 行/)).toHaveCount(0);

  // 确认导入: all-or-nothing is not possible with rejected rows; import the valid ones.
  await page.getByRole('button', { name: '下一步：确认导入' }).click();
  await expect(page.getByRole('radio', { name: /全部导入/ })).toBeDisabled();
  const validRows = page.getByRole('radio', { name: /只导入合格的行/ });
  await expect(async () => {
    await validRows.check();
    await expect(validRows).toBeChecked({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole('button', { name: '开始导入' }).click();

  // 完成
  await expect(page.getByText('导入完成', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('result-created')).toContainText('6');
  await expect(page.getByTestId('result-skipped')).toContainText('3');

  // The register has them, masked.
  await page.getByRole('link', { name: '查看五老名册' }).click();
  await expect(page).toHaveURL(/\/volunteers$/);
  await page.getByRole('searchbox', { name: '搜索姓名、电话或身份证号' }).fill(firstGoodId);
  await expect(page.getByRole('link', { name: '导入测试甲' })).toBeVisible();
  await expect(page.getByText(`${firstGoodId.slice(0, 6)}********${firstGoodId.slice(14)}`)).toBeVisible();
});
