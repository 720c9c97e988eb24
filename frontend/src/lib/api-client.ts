import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import type { Problem } from '@/api/types';
import { ApiError, NetworkError } from './api-error';
import { currentLanguage } from './i18n';

type TokenSource = () => Promise<string | undefined>;

let tokenSource: TokenSource = () => Promise.resolve(undefined);

/** The auth provider registers how to get a fresh access token (kept in memory only). */
export function setTokenSource(source: TokenSource) {
  tokenSource = source;
}

const headers: Middleware = {
  async onRequest({ request }) {
    const token = await tokenSource();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // Resolve fetch at call time so MSW (tests) can intercept it.
  fetch: (request) => globalThis.fetch(request),
});
api.use(headers);

interface FetchResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object') return body as Problem;
  return { status, title: typeof body === 'string' && body ? body : `HTTP ${status}` };
}

/** Awaits an openapi-fetch call and returns its data, or throws ApiError / NetworkError. */
export async function call<D>(request: Promise<FetchResult<D>>): Promise<D> {
  let result: FetchResult<D>;
  try {
    result = await request;
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const { data, error, response } = result;
  if (!response.ok) {
    // A gateway answering for a server that is down is a network problem to the user.
    if ([502, 503, 504].includes(response.status) && !error) throw new NetworkError(response.status);
    throw new ApiError(response.status, toProblem(response.status, error));
  }
  return data as D;
}
