import { HttpResponse } from 'msw';
import type { paths } from '@/api/schema';
import type { Problem } from '@/api/types';

// Small helpers shared by the fakes of the API (handlers.ts and its feature files).

/** An MSW path for a path of the contract: a renamed or removed endpoint fails to compile. */
export function url(path: keyof paths): string {
  return `*${path.replace(/\{(\w+)\}/g, ':$1')}`;
}

export function english(request: Request) {
  return request.headers.get('Accept-Language')?.startsWith('en') ?? false;
}

export function problem(status: number, title: string, detail: string, errors?: Problem['errors']) {
  return HttpResponse.json<Problem>(
    { type: `https://ggw.example/problems/${status}`, title, status, detail, errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
