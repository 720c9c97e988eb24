import { expect, type Page, test } from '@playwright/test';
import { login } from '../support/login';

/**
 * Every page of every role's menu at 390 × 844, read the way a clerk on a phone meets it: nothing wider than
 * the screen, primary actions big enough for a finger, and only Chinese words — no i18n key, raw enum or
 * class name shown where a word belongs.
 */

const everyone = [
  '/',
  '/volunteers',
  '/activities',
  '/committees/mine',
  '/committees/vacancies',
  '/rules',
  '/rules/bulletins',
  '/rules/inspections',
  '/trainings/coverage',
  '/exemplars',
  '/exemplars/meetings',
  '/exemplars/booklets',
];
const aboveVillage = [
  '/org-units',
  '/committees/adjustments',
  '/committees/coverage',
  '/trainings',
  '/rules/editor',
];
const writers = [
  '/activities/new',
  '/trainings/check-in',
  '/rules/evidence/new',
  '/rules/consultations',
  '/exemplars/new',
  '/volunteers/new',
];
const planners = ['/trainings/new', '/exemplars/reviews'];
const districtAdmin = ['/committees/settings', '/accounts', '/audit', '/exemplars/categories'];

const pagesOf: Record<string, string[]> = {
  'district.leader': [...everyone, ...aboveVillage, ...writers, ...planners, ...districtAdmin],
  'district.viewer': [...everyone, ...aboveVillage],
  'township.staff': [...everyone, ...aboveVillage, ...writers, ...planners],
  'village.staff': [...everyone, ...writers],
};

/** Words in capitals that are words, not enums: file formats and the like. */
const ALLOWED_CAPITALS = new Set([
  'DOCX',
  'XLSX',
  'XLS',
  'CSV',
  'PDF',
  'URL',
  'API',
  'QR',
  'ID',
  'GB',
  'OK',
  'JPG',
  'PNG',
  'KB',
  'MB',
]);

const DEMO_USERNAMES = /^(district\.leader|district\.viewer|township\.staff|village\.staff)$/;

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0, { timeout: 15_000 });
}

async function problemsOf(page: Page): Promise<string[]> {
  const found: string[] = [];
  const { scrollWidth, innerWidth, text } = await page.evaluate(() => ({
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    innerWidth: window.innerWidth,
    text: document.body.innerText,
  }));
  if (scrollWidth > innerWidth) found.push(`the page is ${scrollWidth}px wide in a ${innerWidth}px screen`);

  for (const key of text.match(/\b[a-z][a-zA-Z]+(\.[a-z][a-zA-Z]*)+\b/g) ?? []) {
    // File names and the demo accounts' usernames (账号管理 lists them as what they are) look like keys too.
    if (/^[\w.-]+\.(docx|xlsx|xls|csv|jpg|png|pdf)$/i.test(key) || DEMO_USERNAMES.test(key)) continue;
    found.push(`an i18n key on the screen: ${key}`);
  }
  for (const word of text.match(/\b[A-Z][A-Z_]{2,}\b/g) ?? []) {
    if (!ALLOWED_CAPITALS.has(word)) found.push(`a raw enum on the screen: ${word}`);
  }
  for (const word of text.match(/\b(?:[A-Z][a-z]+){2,}(?:Dto|View|Entity|Exception|Resource)?\b/g) ?? []) {
    found.push(`a class name on the screen: ${word}`);
  }

  // A region wider than the screen that scrolls sideways inside the page (a table in a 340 px box): the
  // columns past its edge are out of sight with no hint, so lists on a phone are cards instead.
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('main *'))
      .filter((el) => {
        const overflowX = getComputedStyle(el).overflowX;
        return (
          (overflowX === 'auto' || overflowX === 'scroll') &&
          el.clientWidth > 0 &&
          el.scrollWidth > el.clientWidth + 1 &&
          el.getClientRects().length > 0
        );
      })
      .map((el) => `${el.scrollWidth}px in ${el.clientWidth}px (${el.className || el.tagName})`),
  );
  for (const region of wide) found.push(`a region scrolling sideways: ${region}`);

  const small = await page
    .locator('.ant-btn-primary:visible, .ggw-button-primary:visible')
    .evaluateAll((buttons) =>
      buttons
        .map((b) => ({ text: (b as HTMLElement).innerText.trim(), height: b.getBoundingClientRect().height }))
        .filter((b) => b.height > 0 && b.height < 44),
    );
  for (const b of small) found.push(`a primary action ${b.height}px tall: ${b.text || '(icon)'}`);
  return found;
}

for (const [user, pages] of Object.entries(pagesOf)) {
  test(`every page of ${user} fits a phone and speaks Chinese`, async ({ page }) => {
    test.setTimeout(30_000 + pages.length * 15_000);
    await login(page, user);
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      await settle(page);
      await expect(page.getByText('未找到')).toHaveCount(0);
      for (const p of await problemsOf(page)) problems.push(`${path}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
}
