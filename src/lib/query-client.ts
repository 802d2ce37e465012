import { QueryClient } from '@tanstack/react-query';

/** The catalog is static files: retry once on a flaky network, then let the user decide. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
}
