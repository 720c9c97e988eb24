import { expect, type Page } from '@playwright/test';
import { demoPassword } from './env';

/** Opens `path`, signs in on Keycloak's (Chinese) login page and waits for the app shell. */
export async function login(page: Page, username: string, path = '/') {
  await page.goto(path);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(demoPassword);
  await page.locator('#kc-login').click();
  await expect(page.getByText('关工委工作平台').first()).toBeVisible();
}
