import { test } from '@playwright/test';
import { acknowledgeAndRecord } from '../support/rules-flow';

test('on a phone a village acknowledges a bulletin and records a meeting with a photo; the district sees both at once', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  await acknowledgeAndRecord(browser, page);
});
