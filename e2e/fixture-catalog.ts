/**
 * Serves the test fixture catalog (src/mocks/fixture-catalog.ts, the same data the msw handlers
 * serve in unit tests and in mock mode) instead of the bundled one.
 */
import type { Page } from '@playwright/test';
import { fixtureIndex, fixtureModels } from '../src/mocks/fixture-catalog';

export async function serveFixtureCatalog(page: Page): Promise<void> {
  await page.route('**/catalog/index.json', (route) => route.fulfill({ json: fixtureIndex }));
  await page.route('**/catalog/models/*.json', (route) => {
    const id = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '').replace(
      /\.json$/,
      '',
    );
    const model = fixtureModels.find((m) => m.id === id);
    return model ? route.fulfill({ json: model }) : route.fulfill({ status: 404, body: 'not found' });
  });
}
