import type { Problem } from '@/api/types';

/** An HTTP error answer from the API, with its problem+json body when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** The API could not be reached at all (server down, network gone). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('Network error', { cause });
    this.name = 'NetworkError';
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}

/** The text to show a person for a failed call: the server's localised detail first. */
export function problemText(error: unknown): string | undefined {
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title ?? undefined;
  return undefined;
}
