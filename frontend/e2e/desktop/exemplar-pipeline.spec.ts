import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { apiAs, cityApi, unitByCode } from '../support/api';
import { docxImageCount, docxParagraphs } from '../support/docx';
import { login } from '../support/login';

const photo = fileURLToPath(new URL('../fixtures/exemplar-photo.jpg', import.meta.url));

/** A village's nomination with one photo, arranged through the API (2010: no year of the seed's report). */
async function nominated(village: APIRequestContext, unitId: number, title: string): Promise<number> {
  const upload = await village.post('/api/v1/files', {
    multipart: {
      unitId: String(unitId),
      file: { name: '小组活动.jpg', mimeType: 'image/jpeg', buffer: readFileSync(photo) },
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const fileId = ((await upload.json()) as { id: number }).id;
  const created = await village.post('/api/v1/exemplars', {
    data: {
      unitId,
      category: 'OTHER',
      year: 2010,
      title,
      subjectName: '平台村四自小组',
      body: {
        blocks: [
          { type: 'HEADING', level: 1, text: '基本情况' },
          { type: 'PARAGRAPH', text: '小组带动青年农民学技术、闯市场，三年增收四成。' },
          { type: 'IMAGE', fileId, caption: '小组在田间学技术' },
        ],
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: number }).id;
}

async function decide(page: Page, user: string, id: number, decision: RegExp, after: string) {
  await login(page, user, `/exemplars/${id}`);
  const review = page.getByRole('region', { name: '审核' });
  await review.getByRole('button', { name: decision }).click();
  await expect(page.getByTestId('exemplar-detail').getByText(after, { exact: true })).toBeVisible();
}

test('the township forwards and the district approves a village’s exemplar; its booklet downloads with the write-up and the photo; the city reads it and records adoption', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `平台村“四自小组”带富记 ${Date.now()}`;
  const district = await apiAs('district.leader');
  const village = await apiAs('village.staff');
  const unit = await unitByCode(district, '220802100201');
  const id = await nominated(village, unit.id, title);

  // The township (平台镇) forwards, in its own browser.
  const township = await browser.newPage();
  await decide(township, 'township.staff', id, /^报\s*区$/, '待区审核');
  await township.close();

  // The district approves.
  const page = await browser.newPage();
  await decide(page, 'district.leader', id, /^通\s*过$/, '已通过');

  // A booklet of it, downloaded from the booklets page and opened.
  const bookletTitle = `汇编 ${Date.now()}`;
  const booklet = await district.post('/api/v1/booklets', {
    data: { title: bookletTitle, foreword: '为推广基层经验，汇编成册。', exemplarIds: [id] },
  });
  expect(booklet.status(), await booklet.text()).toBe(201);
  await page.goto('/exemplars/booklets');
  const item = page.getByRole('listitem').filter({ hasText: bookletTitle });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('button', { name: /下载 Word/ }).click(),
  ]);
  const file = test.info().outputPath('booklet.docx');
  await download.saveAs(file);
  const text = docxParagraphs(file).join('\n');
  expect(text).toContain(bookletTitle);
  expect(text).toContain(title);
  expect(text).toContain('小组带动青年农民学技术、闯市场，三年增收四成。');
  expect(text).toContain('小组在田间学技术');
  expect(docxImageCount(file)).toBe(1);

  // Submitted to the city from the exemplar's page.
  await page.goto(`/exemplars/${id}`);
  await page.getByRole('button', { name: '报送市关工委' }).click();
  await expect(page.getByText('等待市关工委答复')).toBeVisible();

  // The city's system reads it (write-up, photo, category, unit — no ID number, no phone) and records adoption.
  const city = await cityApi();
  const read = await city.get(`/api/v1/city/exemplars/${id}`);
  expect(read.status(), await read.text()).toBe(200);
  const body = await read.text();
  const exemplar = JSON.parse(body) as {
    title: string;
    category: string;
    categoryName: string;
    photos: unknown[];
    unit: { code: string };
  };
  expect(exemplar.title).toBe(title);
  expect(exemplar.category).toBe('OTHER');
  expect(exemplar.categoryName).toBe('其他');
  expect(exemplar.unit.code).toBe('220802100201');
  expect(exemplar.photos).toHaveLength(1);
  expect(body).not.toMatch(/idNumber|phone/i);
  const adoption = await city.post(`/api/v1/city/exemplars/${id}/adoption`, {
    data: { adopted: true, book: '《基层关工委经验选编》' },
  });
  expect(adoption.status(), await adoption.text()).toBe(200);

  // The district sees the city's answer.
  await page.reload();
  await expect(page.getByText('已被采用：《基层关工委经验选编》')).toBeVisible();
  await page.close();
});
