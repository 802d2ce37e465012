import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/server';
import { DEFAULT_COMPARISON } from '../domain/comparison';
import { useComparisonStore } from '../state/comparison-store';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  // Markup a test put in the page itself (mountHtml), which cleanup does not know of.
  if (typeof document !== 'undefined') document.body.innerHTML = '';
  server.resetHandlers();
  useComparisonStore.setState(DEFAULT_COMPARISON);
  // URL sync writes the address and the saved comparison; the next test starts from neither.
  if (typeof window !== 'undefined') {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
  }
});
afterAll(() => server.close());
