import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { useComparisonStore } from '../../state/comparison-store';
import { VerdictLine } from './verdict-line';

describe('VerdictLine', () => {
  it('states the cheaper model and the benchmark leader once both models are in, and follows the traffic', async () => {
    useComparisonStore.setState({ modelIds: ['beta-2', 'alpha-1'] });
    renderPanel((index) => <VerdictLine index={index} />);
    const line = await screen.findByTestId('verdict');
    expect(line).toHaveTextContent(
      /^Verdict: Alpha 1 costs \d+% less than Beta 2 at your traffic \(\$[\d,.]+ vs \$[\d,.]+ a month\)/,
    );
    expect(line).toHaveTextContent('Alpha 1 leads on the one shared benchmark, MMLU-Pro.');

    const before = line.textContent;
    const { traffic } = useComparisonStore.getState();
    act(() => useComparisonStore.setState({ traffic: { ...traffic, requests: traffic.requests * 3 } }));
    expect(screen.getByTestId('verdict').textContent).not.toBe(before);
  });

  it('shows nothing for a single model', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1'] });
    const { container } = renderPanel((index) => <VerdictLine index={index} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container).toBeEmptyDOMElement();
  });
});
