export const baseURL = process.env.GGW_E2E_BASE_URL ?? 'http://localhost:8082';
export const keycloakURL = process.env.GGW_E2E_KEYCLOAK_URL ?? 'http://localhost:8181';

/** Password of every demo user (local runs and tests only). */
export const demoPassword = 'Demo@2026';
