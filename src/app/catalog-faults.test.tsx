/**
 * The fault suite: every way the catalog can arrive broken. Each case must end in a clear
 * message or warning while the rest of the app keeps working, and nothing may go uncaught:
 * a React error boundary or an unhandled rejection would show up in console.error or on window.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOG_TIMEOUT_MS } from '../catalog/api';
import { fixtureIndex, fixtureModels } from '../mocks/fixture-catalog';
import { server } from '../mocks/server';
import { useComparisonStore } from '../state/comparison-store';
import { renderApp } from '../test/render-app';
import { SLOW_AFTER_MS } from './catalog-loading';

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`rejection: ${String(event.reason)}`);

beforeEach(() => {
  uncaught.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    uncaught.push(`console.error: ${args.map(String).join(' ')}`);
  });
  useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
  vi.useRealTimers();
  expect(uncaught, 'no error may go uncaught').toEqual([]);
});

const onIndex = (resolver: Parameters<typeof http.get>[1]) => server.use(http.get('*/catalog/index.json', resolver));

async function expectCatalogAlert(text: string | RegExp) {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The model catalog could not be loaded');
  expect(alert).toHaveTextContent(text);
  expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  return alert;
}

/** The first view works: both fixture models are costed ($0.44 / $2.00 and $2 / $8 at the default traffic). */
async function expectWorkingComparison() {
  const table = await screen.findByRole('table', { name: 'Monthly cost' });
  expect(await within(table).findByText('$852.00')).toBeInTheDocument();
  expect(await within(table).findByText('$3,600')).toBeInTheDocument();
}

describe('the catalog index fails', () => {
  it('404: says so, and a retry that succeeds brings the comparison', async () => {
    let calls = 0;
    onIndex(() => (++calls === 1 ? new HttpResponse('not here', { status: 404 }) : undefined));
    renderApp();
    const alert = await expectCatalogAlert('The server answered 404 for catalog index.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectWorkingComparison();
  });

  it('a network failure: says the server cannot be reached', async () => {
    onIndex(() => HttpResponse.error());
    renderApp();
    await expectCatalogAlert('Could not reach the server for catalog index.');
  });

  it('a server that never answers: gives up after the time limit with a retry', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let calls = 0;
    onIndex(async () => {
      if (++calls === 1) await delay('infinite');
      return undefined;
    });
    renderApp();
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the model catalog…');
    await act(() => vi.advanceTimersByTimeAsync(CATALOG_TIMEOUT_MS + 100));
    const alert = await expectCatalogAlert(`did not answer within ${CATALOG_TIMEOUT_MS / 1000} s`);
    vi.useRealTimers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectWorkingComparison();
  });

  it('a 5-second delay: a loading state that says the server is slow, then the comparison', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onIndex(async () => {
      await delay(5_000);
      return undefined;
    });
    renderApp();
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Loading the model catalog…');
    expect(status).not.toHaveTextContent('slow');
    await act(() => vi.advanceTimersByTimeAsync(SLOW_AFTER_MS + 100));
    expect(screen.getByRole('status')).toHaveTextContent('The server is slow to answer.');
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    vi.useRealTimers();
    await expectWorkingComparison();
    expect(screen.queryByText(/Loading the model catalog/)).not.toBeInTheDocument();
  });

  it('truncated JSON: says the file may be truncated', async () => {
    const text = JSON.stringify(fixtureIndex);
    onIndex(() => new HttpResponse(text.slice(0, Math.floor(text.length / 2)), { status: 200 }));
    renderApp();
    await expectCatalogAlert(/not valid JSON \([\d,]+ bytes received; the file may be truncated\)/);
  });

  it('an unknown schema version: names both versions', async () => {
    onIndex(() => HttpResponse.json({ ...fixtureIndex, meta: { ...fixtureIndex.meta, schemaVersion: 99 } }));
    renderApp();
    await expectCatalogAlert(/schema version 99, but this version of Versus reads version 1/);
  });

  it('a catalog of the wrong shape: says what is wrong', async () => {
    onIndex(() => HttpResponse.json({ models: 'all of them' }));
    renderApp();
    await expectCatalogAlert('The catalog index is not in the expected shape');
  });
});

describe('bad entries inside a usable catalog', () => {
  it('routes with missing, negative or non-numeric prices are skipped with a warning; the cheapest good route is used', async () => {
    const alpha = fixtureModels[0]!;
    const good = alpha.routes[0]!;
    const { prices: _prices, ...withoutPrices } = good;
    const bad = [
      { ...withoutPrices, id: 'bad/missing' },
      { ...good, id: 'bad/negative', prices: { input: -0.01, output: 0.01 } },
      { ...good, id: 'bad/nan', prices: { input: 'NaN', output: 0.01 } },
      { ...good, id: 'bad/null', prices: { input: null, output: 0.01 } },
    ];
    server.use(
      http.get('*/catalog/models/alpha-1.json', () =>
        HttpResponse.json({ ...alpha, routes: [...bad, ...alpha.routes] }),
      ),
    );
    renderApp();
    await expectWorkingComparison();
    const warning = await screen.findByText('4 catalog entries were skipped because their data was invalid.');
    await userEvent.click(warning);
    const details = warning.closest('details') as HTMLElement;
    for (const id of ['bad/missing', 'bad/negative', 'bad/nan', 'bad/null'])
      expect(within(details).getByText(new RegExp(id))).toBeInTheDocument();
  });

  it('a model file that fails leaves the other model costed and says which one failed', async () => {
    server.use(http.get('*/catalog/models/beta-2.json', () => new HttpResponse('gone', { status: 500 })));
    renderApp();
    const table = await screen.findByRole('table', { name: 'Monthly cost' });
    expect(await within(table).findByText('$852.00')).toBeInTheDocument();
    expect(await screen.findAllByText(/The server answered 500 for data of model "beta-2"/)).not.toHaveLength(0);
  });

  it('names holding HTML or script are shown as text and never run', async () => {
    const hostile = '<img src=x onerror="window.__versusPwned=1"><script>window.__versusPwned=2</script>Evil';
    const alpha = fixtureModels[0]!;
    onIndex(() =>
      HttpResponse.json({
        ...fixtureIndex,
        models: fixtureIndex.models.map((m) => (m.id === 'alpha-1' ? { ...m, name: hostile } : m)),
      }),
    );
    server.use(http.get('*/catalog/models/alpha-1.json', () => HttpResponse.json({ ...alpha, name: hostile })));
    const { container } = renderApp();
    const table = await screen.findByRole('table', { name: 'Monthly cost' });
    expect(await within(table).findByText('$852.00')).toBeInTheDocument();
    expect(within(table).getAllByText(hostile, { exact: false }).length).toBeGreaterThan(0);
    expect(container.querySelector('img[src="x"], script')).toBeNull();
    expect((window as unknown as Record<string, unknown>).__versusPwned).toBeUndefined();
  });
});
