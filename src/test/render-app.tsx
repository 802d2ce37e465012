import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../app/app';

/** Renders the whole app with a fresh query client that does not retry, so failures show at once. */
export function renderApp() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { queryClient, ...render(<App queryClient={queryClient} />) };
}
