import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { useComparisonStore } from '../../state/comparison-store';
import { RequestSnippetPanel } from './request-snippet-panel';

describe('RequestSnippetPanel', () => {
  it('builds a snippet for the chosen route and language and copies it with a visible confirmation', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderPanel((index) => <RequestSnippetPanel index={index} />);
    const region = screen.getByRole('region', { name: 'Request snippet' });

    const route = await within(region).findByRole('combobox', { name: 'Route' });
    await within(route).findByRole('option', { name: 'Beta 2 on Big Cloud (beta/beta-2)' });
    const code = () => within(region).getByRole('tabpanel').querySelector('code')?.textContent ?? '';
    expect(code()).toContain("curl 'https://api.cheap.example/v1/chat/completions'");
    expect(code()).toContain('$CHEAP_CLOUD_API_KEY');

    await user.selectOptions(route, 'Beta 2 on Big Cloud (beta/beta-2)');
    await user.click(within(region).getByRole('tab', { name: 'Python (openai SDK)' }));
    expect(within(region).getByRole('tab', { name: 'Python (openai SDK)' })).toHaveAttribute('aria-selected', 'true');
    expect(code()).toContain('base_url="https://big.example/openai/v1"');
    expect(code()).toContain('model="beta/beta-2",');

    await user.keyboard('{ArrowRight}');
    expect(within(region).getByRole('tab', { name: 'TypeScript (openai SDK)' })).toHaveFocus();
    expect(code()).toContain("import OpenAI from 'openai';");

    await user.click(within(region).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(code());
    expect(within(region).getByRole('status')).toHaveTextContent('Copied to the clipboard');
  });

  it('says so when no compared model has a usable route', async () => {
    useComparisonStore.setState({ modelIds: ['gamma-small', 'gamma-small'] });
    renderPanel((index) => <RequestSnippetPanel index={index} />);
    expect(await screen.findByText(/None of the compared models has a route/)).toBeVisible();
  });
});
