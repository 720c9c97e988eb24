import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // 4xx answers will not change on retry; network trouble might.
        retry: (count, error) => !isApiError(error) && count < 2,
      },
      mutations: { retry: false },
    },
  });
}
