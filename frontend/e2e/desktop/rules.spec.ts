import { expect, test } from '@playwright/test';
import { apiAs } from '../support/api';
import { chinaYear } from '../support/dates';
import { docxParagraphs } from '../support/docx';
import { login } from '../support/login';
import { acknowledgeAndRecord } from '../support/rules-flow';

test('a village acknowledges a bulletin and records a meeting with a photo; the district sees both at once', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  await acknowledgeAndRecord(browser, page);
});

test('the district compares the April 2009 and July 2013 versions of a rule clause by clause', async ({
  page,
}) => {
  await login(page, 'district.leader', '/rules?on=2013-07-01');
  const rule = page.getByRole('article', { name: '例会制度' });
  await rule.getByRole('button', { name: '版本与修订' }).click();
  const drawer = page.getByRole('dialog', { name: '版本历史与修订对照' });
  const diff = drawer.getByRole('table', { name: '修订对照' });
  await expect(diff.getByRole('columnheader', { name: '第 1 版（2009-04-01）' })).toBeVisible();
  await expect(diff.getByRole('columnheader', { name: '第 3 版（2013-07-01）' })).toBeVisible();
  await expect(drawer.getByText(/修改 [1-9]\d* 条/)).toBeVisible();
});

test('the finished 2013 inspection shows every unit ranked, those that fell short and the workbook', async ({
  page,
}) => {
  const district = await apiAs('district.leader');
  const rounds = (await (await district.get('/api/v1/inspections')).json()) as {
    id: number;
    year: number;
    status: string;
  }[];
  const round = rounds.find((r) => r.year === 2013 && r.status === 'FINAL');
  expect(round, 'the demo 2013 round').toBeDefined();
  await district.dispose();

  await login(page, 'district.leader', `/rules/inspections?round=${round!.id}`);
  await expect(
    page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: '检查' }) }),
  ).toContainText('已结束');
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().locator('td').first()).toHaveText('1');
  const counts = page.getByText(/未达标 \d+ 个单位，共 \d+ 个/);
  await expect(counts).toBeVisible();
  const [, short, total] = /未达标 (\d+) 个单位，共 (\d+) 个/.exec(await counts.innerText())!;
  expect(Number(short)).toBeGreaterThan(0);
  await expect(rows).toHaveCount(Number(total));

  await page.getByRole('switch', { name: '只看未达标单位' }).click();
  await expect(page).toHaveURL(/shortfall=1/);
  await expect(rows).toHaveCount(Number(short));
  for (const row of await rows.all()) await expect(row.getByText('未达标')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 Excel/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
});

test('the rulebook in force downloads as a Word document that carries the rules', async ({
  page,
}, testInfo) => {
  await login(page, 'district.leader', '/rules?on=2013-07-01');
  await expect(page.getByRole('article', { name: '例会制度' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载 Word/ }).click();
  const file = testInfo.outputPath('rulebook.docx');
  await (await download).saveAs(file);
  const text = docxParagraphs(file).join('\n');
  for (const title of ['工作制度', '例会制度', '请假制度', '关爱帮扶制度']) expect(text).toContain(title);
  expect(text).toContain('第一条');
});

test('a township opens a year-end inspection of its own units from the page', async ({ page }) => {
  const township = await apiAs('township.staff');
  const rounds = (await (await township.get('/api/v1/inspections')).json()) as {
    year: number;
    owner: { name: string };
  }[];
  await township.dispose();
  // A year the township has not inspected yet, so the test can run again on the same data.
  const taken = new Set(rounds.filter((r) => r.owner.name === '平台镇').map((r) => r.year));
  let year = chinaYear() - 1;
  while (taken.has(year)) year--;

  await login(page, 'township.staff', '/rules/inspections');
  await page.getByRole('button', { name: '开展年终检查' }).click();
  const dialog = page.getByRole('dialog', { name: '开展年终检查' });
  await dialog.getByLabel('检查年度').fill(String(year));
  await dialog.getByLabel('每项制度满分').fill('5');
  await dialog.getByRole('button', { name: '开始检查' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/round=\d+/);
  await expect(
    page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: '检查' }) }),
  ).toContainText(`${year}`);
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
});
