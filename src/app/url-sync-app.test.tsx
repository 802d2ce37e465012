import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useComparisonStore } from '../state/comparison-store';
import { STORAGE_KEY } from '../state/url-sync';
import { renderApp } from '../test/render-app';

const combobox = (slot: number) => screen.findByRole('combobox', { name: `Model ${slot}` });

describe('the app and the address bar', () => {
  it('opens the comparison a link describes', async () => {
    window.history.replaceState(null, '', '/?m=beta-2,gamma-small,alpha-1&cur=EUR&v=1');
    renderApp();
    expect(await combobox(1)).toHaveValue('Beta 2');
    expect(await combobox(2)).toHaveValue('Gamma Small');
    expect(await combobox(3)).toHaveValue('Alpha 1');
    expect(useComparisonStore.getState().currency).toBe('EUR');
    expect(screen.queryByRole('status', { name: 'Link notice' })).not.toBeInTheDocument();
  });

  it('shows what a link could not use until dismissed, and renders no markup from it', async () => {
    window.history.replaceState(null, '', '/?m=alpha-1,<b>bold</b>&r=1e400');
    renderApp();
    const notice = await screen.findByRole('status', { name: 'Link notice' });
    expect(notice).toHaveTextContent('Unknown model id “<b>bold</b>” ignored.');
    expect(notice).toHaveTextContent('Requests per month “1e400” is out of range; using 1,000,000.');
    expect(notice.querySelector('b')).toBeNull();
    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Link notice' })).not.toBeInTheDocument();
  });

  it('writes each pick to the address and the saved comparison', async () => {
    window.history.replaceState(null, '', '/?m=alpha-1,beta-2&v=1');
    renderApp();
    const second = await combobox(2);
    await userEvent.clear(second);
    await userEvent.type(second, 'gamma');
    await userEvent.click(await screen.findByRole('option', { name: /^Gamma Small/ }));
    await waitFor(() => expect(window.location.search).toBe('?m=alpha-1,gamma-small&v=1'));
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe('m=alpha-1,gamma-small&v=1');
  });
});

describe('opening a link over one’s own prices', () => {
  it('offers to add them to the linked comparison', async () => {
    const own =
      'c=eyJyIjpbeyJpIjoiYzEiLCJtIjoiYWxwaGEtMSIsInAiOiJPdXIgZGVhbCIsImMiOiJVU0QiLCIkIjp7ImkiOjAuMiwibyI6MX19XX0&v=1';
    window.localStorage.setItem(STORAGE_KEY, own);
    window.history.replaceState(null, '', '/?m=alpha-1,beta-2&v=1');
    renderApp();
    const notice = await screen.findByRole('status', { name: 'Link notice' });
    expect(notice).toHaveTextContent('This link does not include your own prices and models (1 price).');
    expect(useComparisonStore.getState().custom.routes).toEqual([]);
    await userEvent.click(within(notice).getByRole('button', { name: 'Add my prices to this comparison' }));
    expect(useComparisonStore.getState().custom.routes).toMatchObject([
      { id: 'c1', modelId: 'alpha-1', providerName: 'Our deal' },
    ]);
    expect(screen.queryByRole('status', { name: 'Link notice' })).not.toBeInTheDocument();
  });
});
