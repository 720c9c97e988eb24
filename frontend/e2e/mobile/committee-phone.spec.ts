import { expect, type Page, test } from '@playwright/test';
import { login } from '../support/login';

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test('village.staff sees its own team as large cards at 390 px and can open the proposal form', async ({
  page,
}) => {
  await login(page, 'village.staff');
  await page.getByRole('button', { name: '菜单' }).tap();
  // The phone menu opens only the current page's group (none on 首页): unfold 班子建设 first.
  const menu = page.getByRole('navigation', { name: '菜单' });
  await menu.getByRole('button', { name: '班子建设' }).tap();
  await menu.getByRole('link', { name: '本单位班子' }).tap();
  await expect(page).toHaveURL(/\/committees\/mine$/);

  const card = page.getByTestId('committee-card');
  await expect(card.getByRole('region', { name: '主任', exact: true })).toBeVisible();
  await expect(card.getByRole('region', { name: '常务副主任', exact: true })).toBeVisible();
  // Village staff read and propose; filling seats is the township's and the district's.
  await expect(card.getByRole('button', { name: /补\s*充/ })).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  const propose = card.getByRole('button', { name: '提议调整' });
  if ((await propose.count()) > 0) {
    await propose.first().tap();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('调整理由')).toBeVisible();
    await expectNoHorizontalScroll(page);
    // Nothing is written: the form is closed again.
    await dialog.getByRole('button', { name: /取\s*消/ }).tap();
    await expect(dialog).toHaveCount(0);
  }
});

test('district.leader drills into a township on 覆盖情况 at 390 px, and Back returns to the district', async ({
  page,
}) => {
  await login(page, 'district.leader', '/committees/coverage');
  await expect(page.getByTestId('coverage-unit')).toHaveText('洮北区');
  const township = page.getByRole('listitem', { name: '平台镇', exact: true });
  await expect(township).toContainText('缺额');
  await expect(township).toContainText('换届逾期');
  await township.getByRole('button', { name: '查看下级' }).tap();
  await expect(page.getByTestId('coverage-unit')).toHaveText('平台镇');
  await expect(page).toHaveURL(/unit=/);
  await expectNoHorizontalScroll(page);

  await page.goBack();
  await expect(page.getByTestId('coverage-unit')).toHaveText('洮北区');
  await expect(page).not.toHaveURL(/unit=/);
});

test('district.leader looks for a person for a vacancy on a phone by searching the register', async ({
  page,
}) => {
  await login(page, 'district.leader', '/committees/vacancies');
  const first = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /补\s*充/ }) })
    .first();
  await first.getByRole('button', { name: /补\s*充/ }).tap();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('推荐人选')).toBeVisible();
  const search = drawer.getByRole('searchbox', { name: '搜索姓名、电话或身份证号' });
  await search.fill('查无此人甲乙');
  await expect(drawer.getByText(/五老队伍中没有找到“查无此人甲乙”/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  // A suggested person's name typed back finds them on the server.
  await search.fill('');
  await expect(drawer.getByText('推荐人选')).toBeVisible();
  const name = (await drawer.getByRole('radio').first().getAttribute('aria-label')) ?? '';
  expect(name).not.toBe('');
  await search.fill(name);
  await expect(drawer.getByText('搜索结果')).toBeVisible();
  await expect(drawer.getByRole('radio', { name }).first()).toBeVisible();
});
