import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModels } from '../../mocks/fixture-catalog';
import { server } from '../../mocks/server';
import { useComparisonStore } from '../../state/comparison-store';
import { renderPanel } from '../../test/render-panel';
import { SelfHostingPanel } from './self-hosting-panel';

const source = fixtureIndex.sources[0]?.id ?? '';
const note = '2-bit quantization needs approximately 375GB';

describe('SelfHostingPanel', () => {
  it('has a row per precision, stated sizes with their source and wording, and the GPUs of every type that hold it', async () => {
    const alpha = fixtureModels.find((m) => m.id === 'alpha-1');
    server.use(
      http.get('*/catalog/models/alpha-1.json', () =>
        HttpResponse.json({
          ...alpha,
          weights: [
            { precision: 'INT4', gb: 630, source },
            { precision: '2-bit', gb: 375, source, note },
          ],
        }),
      ),
    );
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    renderPanel((index) => <SelfHostingPanel index={index} />);
    const table = await screen.findByRole('table', { name: 'Self-hosting estimate' });
    const row = async (precision: string) =>
      (await within(table).findByRole('cell', { name: precision })).closest('tr') as HTMLElement;

    // Alpha 1 has 1T parameters: FP16 and FP8 / INT8 come from the count, INT4 and 2-bit from the source.
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[0]?.textContent),
    ).toEqual(['FP16', 'FP8 / INT8', 'INT4', '2-bit']);
    const twoBit = await row('2-bit');
    expect(twoBit).toHaveTextContent('375 GB');
    expect(twoBit).toHaveTextContent('450 GB'); // with the 20 % overhead
    expect(twoBit).toHaveTextContent('6 × H100 80 GB');
    expect(twoBit).toHaveTextContent('4 × H200 141 GB');
    await userEvent.click(within(twoBit).getByRole('button', { name: 'Source: 2-bit weights, Alpha 1' }));
    expect(twoBit).toHaveTextContent(`“${note}”`);
    expect(await row('FP8 / INT8')).toHaveTextContent('from parameter count');
    expect(screen.getByText(/No estimate for Beta 2 \(weights not published\)/)).toBeVisible();
  });
});
