import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useComparisonStore } from '../../state/comparison-store';
import { CONFIRMATION_MS, SharePanel } from './share-panel';

function stubClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

afterEach(() => {
  vi.useRealTimers();
  stubClipboard(undefined);
});

describe('Copy link', () => {
  it('copies the address and confirms for a few seconds', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubClipboard({ writeText });
    window.history.replaceState(null, '', '/?cur=EUR&v=1');
    render(<SharePanel />);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?cur=EUR&v=1`);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    act(() => {
      vi.advanceTimersByTime(CONFIRMATION_MS + 10);
    });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('without a clipboard, shows the link selected in a read-only field', async () => {
    stubClipboard(undefined);
    render(<SharePanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: /copy the link from this field/ });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
  });

  it('when writing is refused, falls back to the field too', async () => {
    stubClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) });
    render(<SharePanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('textbox', { name: /copy the link/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says when custom prices are too many for a link', () => {
    const routes = Array.from({ length: 40 }, (_, i) => ({
      id: `c${i}`,
      modelId: 'gpt-4.1',
      providerName: `Reseller number ${i} with a long name`,
      prices: { input: 1, output: 4 },
      currency: 'USD',
    }));
    render(<SharePanel />);
    expect(screen.queryByText(/Link too long/)).not.toBeInTheDocument();
    act(() => useComparisonStore.getState().setCustom({ routes, models: [] }));
    expect(
      screen.getByText('Link too long to carry your custom prices; export them as JSON instead.'),
    ).toBeInTheDocument();
  });
});
