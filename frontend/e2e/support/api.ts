import { type APIRequestContext, expect, request } from '@playwright/test';
import { baseURL, demoPassword, keycloakURL } from './env';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: string;
}

/** An API client signed in as a demo user (password grant on the test-only client `ggw-test`). */
export async function apiAs(username: string): Promise<APIRequestContext> {
  const kc = await request.newContext();
  const token = await kc.post(`${keycloakURL}/realms/ggw/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'ggw-test', username, password: demoPassword },
  });
  expect(token.ok(), await token.text()).toBeTruthy();
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  await kc.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${accessToken}` } });
}

/** An API client for the city's system: a client-credentials token of the confidential client `city-system` (README). */
export async function cityApi(): Promise<APIRequestContext> {
  const kc = await request.newContext();
  const token = await kc.post(`${keycloakURL}/realms/ggw/protocol/openid-connect/token`, {
    form: {
      grant_type: 'client_credentials',
      client_id: 'city-system',
      client_secret: process.env.GGW_E2E_CITY_SECRET ?? 'city-system-secret',
    },
  });
  expect(token.ok(), await token.text()).toBeTruthy();
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  await kc.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${accessToken}` } });
}

async function units(api: APIRequestContext, query: Record<string, string>): Promise<UnitRow[]> {
  const response = await api.get('/api/v1/org-units', { params: { limit: '200', ...query } });
  expect(response.ok(), await response.text()).toBeTruthy();
  return ((await response.json()) as { items: UnitRow[] }).items;
}

/** The unit with exactly this code, found by search. */
export async function unitByCode(api: APIRequestContext, code: string): Promise<UnitRow> {
  const unit = (await units(api, { q: code })).find((u) => u.code === code);
  expect(unit, `unit ${code}`).toBeDefined();
  return unit!;
}

export function childrenOf(api: APIRequestContext, parentId: number): Promise<UnitRow[]> {
  return units(api, { parentId: String(parentId) });
}
